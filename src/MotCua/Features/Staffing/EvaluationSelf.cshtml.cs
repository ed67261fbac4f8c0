using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain;
using MotCua.Domain.Staffing;
using MotCua.Platform;

namespace MotCua.Features.Staffing;

/// <summary>
/// The signed-in officer's own evaluations (R31): those still open to a self-assessment, with the form under the three headings
/// and the grade the officer proposes, and the ones the Center has sent. Nobody else's evaluation is reachable here.
/// </summary>
[Authorize(Policy = Policies.Officer)]
public sealed class EvaluationSelfModel(EvaluationDesk desk, CurrentOfficer officer) : PageModel
{
    [BindProperty] public int Id { get; set; }
    [BindProperty] public int? Seen { get; set; }
    [BindProperty] public string? RulesEthicsCommunication { get; set; }
    [BindProperty] public string? Results { get; set; }
    [BindProperty] public string? Feedback { get; set; }
    [BindProperty] public string? ProposedGrade { get; set; }

    public IReadOnlyList<OfficerAppraisal> Mine { get; private set; } = [];
    public string? Problem { get; private set; }
    [TempData] public string? Done { get; set; }

    public bool MayAssess(OfficerAppraisal a) => a.WhyNot(AppraisalCommand.SelfAssess, officer.Actor) is null;

    public int RowVersion(OfficerAppraisal a) => desk.RowVersion(a);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await ShowAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var by = officer.Actor;
        // Only the officer's own: anyone else's evaluation is not found.
        if (await desk.Appraisals(by).SingleOrDefaultAsync(a => a.Id == Id && a.OfficerId == by.Id, cancellationToken) is not { } appraisal)
            return NotFound();
        if (EvaluationInput.Grade(ProposedGrade) is not { } grade)
        {
            ModelState.AddModelError(nameof(ProposedGrade), EvaluationInput.GradeProblem("Mức tự xếp loại"));
            return await RefusedAsync("Chưa lưu được: chọn mức tự xếp loại.", StatusCodes.Status400BadRequest, cancellationToken);
        }
        var acted = await desk.ActAsync(appraisal, Seen, (a, at) => a.SelfAssess(RulesEthicsCommunication, Results, Feedback, grade, by, at), cancellationToken);
        if (acted is StaffingActed.Done)
        {
            Done = $"Đã lưu bản tự đánh giá {appraisal.PeriodVietnamese}.";
            return Redirect("/can-bo/tu-danh-gia");
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

    async Task ShowAsync(CancellationToken cancellationToken)
    {
        var by = officer.Actor;
        Mine = await desk.Appraisals(by).Where(a => a.OfficerId == by.Id).OrderByDescending(a => a.PeriodKey).Take(50).ToListAsync(cancellationToken);
    }
}
