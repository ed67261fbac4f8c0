using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MotCua.Data;
using MotCua.Domain.Dossiers;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Urging;

/// <summary>
/// One dossier's urge notices (R35): the Center's supervisors urge the competent agency with a reply
/// day; the agency answers with its written reason for the delay. Both stay on the control slip.
/// </summary>
[Authorize(Policy = Policies.Officer)]
public sealed class UrgeModel(MotCuaDbContext db, CurrentOfficer officer, LocalitySource localities, TimeProvider time)
    : DossierActionPage(db, officer, localities, time)
{
    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public DateOnly? ReplyBy { get; set; }

    [BindProperty]
    public string? Answer { get; set; }

    public string AgencyName { get; private set; } = "";

    /// <summary>The urges and their answers, oldest first, as the control slip has them.</summary>
    public IEnumerable<HistoryEntry> Notices => Dossier.History.Where(h => h.Action is DossierAction.Urge or DossierAction.AnswerUrge
        || (h.Action == DossierAction.ExplainOverdue && Dossier.History.Any(u => u.Action == DossierAction.Urge && u.Sequence < h.Sequence)));

    protected override async Task LoadMoreAsync(CancellationToken cancellationToken) =>
        AgencyName = await Urges.AgencyNameAsync(Db, Dossier.AgencyId, cancellationToken);

    public void OnGet() => ReplyBy = Urges.DefaultReplyBy(Now, Locality.Calendar);

    public Task<IActionResult> OnPostUrgeAsync()
    {
        if ((Urges.ReasonProblem(Reason, "Nội dung đôn đốc") ?? Urges.ReplyByProblem(ReplyBy, Locality.Calendar.LocalDate(Now))) is { } problem)
            return Task.FromResult(Invalid(problem));
        return Act(() => Dossier.Urge(Reason!.Trim(), ReplyBy!.Value, Officer.Actor, Now, Locality, AgencyName),
            $"Đã gửi văn bản đôn đốc đến {AgencyName}, hạn trả lời {Domain.VietnameseFormat.Date(ReplyBy!.Value)}.");
    }

    public Task<IActionResult> OnPostAnswerAsync()
    {
        if (Urges.ReasonProblem(Answer, "Lý do chậm") is { } problem)
            return Task.FromResult(Invalid(problem));
        return Act(() => Dossier.AnswerUrge(Answer!.Trim(), Officer.Actor, Now, Locality), "Đã gửi văn bản giải trình lý do chậm cho Trung tâm.");
    }

    /// <summary>Input that cannot be recorded: the form again with the message, as a 400.</summary>
    IActionResult Invalid(string problem)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Refuse(problem);
    }
}
