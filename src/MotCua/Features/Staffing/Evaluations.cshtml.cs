using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain;
using MotCua.Domain.Staffing;
using MotCua.Platform;

namespace MotCua.Features.Staffing;

/// <summary>
/// The officers' evaluations of a period (R31, R62). The Center sees the period it works on (or the one chosen), its deadline,
/// each officer who served in it with the evaluation's state, and starts an evaluation; an agency's leader sees the evaluations
/// sent about its officers and records the year's rating it decided.
/// </summary>
[Authorize(Policy = Policies.Staffing)]
public sealed class EvaluationsModel(EvaluationDesk desk, CurrentOfficer officer) : PageModel
{
    [FromQuery(Name = "ky")] public string? PeriodKey { get; set; }

    public EvaluationPeriod Period { get; private set; } = null!;
    public EvaluationPeriod Previous { get; private set; } = null!;
    public EvaluationPeriod Next { get; private set; } = null!;
    public string Bases { get; private set; } = "";
    public bool IsCenter => StaffingDesk.IsCenter(officer.Actor);
    public IReadOnlyList<(Secondment Officer, OfficerAppraisal? Appraisal)> Officers { get; private set; } = [];
    public IReadOnlyList<OfficerAppraisal> Sent { get; private set; } = [];
    public string? Problem { get; private set; }
    [TempData] public string? Done { get; set; }

    public bool MayRate(OfficerAppraisal a) => a.WhyNot(AppraisalCommand.RecordAgencyRating, officer.Actor) is null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await ShowAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostStartAsync(int secondmentId, CancellationToken cancellationToken)
    {
        if (!await ShowAsync(cancellationToken))
            return NotFound();
        var acted = await desk.StartAsync(secondmentId, Period, officer.Actor, cancellationToken);
        if (acted is StaffingActed.Done { Record: OfficerAppraisal started })
        {
            Done = $"Đã lập phiếu đánh giá {started.OfficerName} {started.PeriodVietnamese}.";
            return Redirect($"/can-bo/danh-gia/{started.Id}");
        }
        return await RefusedAsync(acted.Message!, acted.Status, cancellationToken);
    }

    public async Task<IActionResult> OnPostRateAsync(int id, int? seen, string? grade, string? decision, string? decidedOn, CancellationToken cancellationToken)
    {
        if (!await ShowAsync(cancellationToken))
            return NotFound();
        if (await desk.FindAsync(id, officer.Actor, cancellationToken) is not { } appraisal)
            return NotFound();
        if (EvaluationInput.Grade(grade) is not { } chosen)
            return await RefusedAsync(EvaluationInput.GradeProblem("Kết quả xếp loại"), StatusCodes.Status400BadRequest, cancellationToken);
        if (EvaluationInput.DayProblem(decidedOn, "Ngày văn bản xếp loại", out var day) is { } problem)
            return await RefusedAsync(problem, StatusCodes.Status400BadRequest, cancellationToken);
        var acted = await desk.RateAsync(appraisal, seen, chosen, decision, day, officer.Actor, cancellationToken);
        if (acted is StaffingActed.Done)
        {
            Done = $"Đã ghi kết quả xếp loại năm {appraisal.Year} của {appraisal.OfficerName}: {chosen.Vietnamese()}.";
            return Redirect("/can-bo/danh-gia" + (PeriodKey is null ? "" : $"?ky={Uri.EscapeDataString(PeriodKey)}"));
        }
        return await RefusedAsync(acted.Message!, acted.Status, cancellationToken);
    }

    async Task<IActionResult> RefusedAsync(string message, int status, CancellationToken cancellationToken)
    {
        Problem = message;
        Response.StatusCode = status;
        await ShowAsync(cancellationToken);
        return Page();
    }

    async Task<bool> ShowAsync(CancellationToken cancellationToken)
    {
        var (period, locality) = await desk.PeriodAsync(PeriodKey, cancellationToken);
        if (period is null)
            return false;
        var profile = locality.Profile.OfficerEvaluation;
        (Period, Previous, Next) = (period, period.Previous(profile, locality.Calendar), period.Next(profile, locality.Calendar));
        Bases = string.Join("; ", profile.Bases.Select(b => b.Vietnamese()));
        var by = officer.Actor;
        if (IsCenter)
        {
            var serving = (await desk.Staffing.Secondments(by).AsNoTracking()
                    .Where(s => s.State == SecondmentState.Approved || s.State == SecondmentState.Ended)
                    .OrderBy(s => s.AgencyId).ThenBy(s => s.OfficerName)
                    .ToListAsync(cancellationToken))
                .Where(s => OfficerAppraisal.ServedDuring(s, period))
                .ToList();
            var key = period.Key;
            var appraisals = await desk.Appraisals(by).AsNoTracking().Where(a => a.PeriodKey == key).ToListAsync(cancellationToken);
            Officers = serving.Select(s => (s, appraisals.FirstOrDefault(a => a.SecondmentId == s.Id))).ToList();
        }
        else
            Sent = await desk.Appraisals(by).AsNoTracking().OrderByDescending(a => a.PeriodKey).ThenBy(a => a.OfficerName).Take(200).ToListAsync(cancellationToken);
        return true;
    }
}
