using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Domain;
using MotCua.Domain.Staffing;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Staffing;

/// <summary>
/// One absence (R30, R61): who recorded it and when, the Center's decision on a request to recall the officer (a refusal says
/// why), and a substitute named afterwards. Each action is posted with the row version the page was drawn from and applied
/// through <see cref="AbsenceDesk"/>; outside the actor's scope: 404.
/// </summary>
[Authorize(Policy = Policies.Staffing)]
public sealed class AbsenceModel(AbsenceDesk absences, StaffingDesk desk, CurrentOfficer officer) : PageModel
{
    [FromRoute(Name = "id")] public int Id { get; set; }
    /// <summary>The row version the form was drawn from.</summary>
    [BindProperty] public int? Seen { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public string? SubstituteId { get; set; }

    public Absence Absence { get; private set; } = null!;
    public int RowVersion => desk.RowVersion(Absence);
    public string AgencyName { get; private set; } = "";
    /// <summary>The agency's other officers serving at the Center, who may stand in.</summary>
    public IReadOnlyList<Secondment> Candidates { get; private set; } = [];
    public bool MayDecide => Absence.State == AbsenceState.Requested && StaffingDesk.IsCenter(officer.Actor);
    public bool MayNameSubstitute => Absence.State != AbsenceState.Refused && Candidates.Count > 0;
    public string? Problem { get; private set; }
    [TempData] public string? Done { get; set; }

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (!await LoadAsync(context.HttpContext.RequestAborted))
        {
            context.Result = NotFound();
            return;
        }
        await next();
    }

    async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await absences.FindAsync(Id, officer.Actor, cancellationToken) is not { } absence)
            return false;
        Absence = absence;
        AgencyName = (await absences.UnitNamesAsync([absence.AgencyId], cancellationToken)).GetValueOrDefault(absence.AgencyId, absence.AgencyId);
        Candidates = (await absences.ServingAsync(officer.Actor, cancellationToken))
            .Where(s => s.AgencyId == absence.AgencyId && s.Id != absence.SecondmentId).ToList();
        return true;
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostApproveAsync(CancellationToken cancellationToken) =>
        await DecideAsync(approve: true, "Đã đồng ý cử cán bộ đi làm nhiệm vụ khác.", cancellationToken);

    public async Task<IActionResult> OnPostRefuseAsync(CancellationToken cancellationToken) =>
        await DecideAsync(approve: false, "Đã từ chối: cán bộ tiếp tục làm việc tại Trung tâm.", cancellationToken);

    public async Task<IActionResult> OnPostSubstituteAsync(CancellationToken cancellationToken)
    {
        if (AbsenceForm.Id(SubstituteId) is not { } substitute)
            return Invalid(nameof(SubstituteId), "Chọn người thay thế trong danh sách.");
        var (acted, errors) = await absences.NameSubstituteAsync(Absence, Seen, substitute, officer.Actor, cancellationToken);
        if (acted is null)
            return Invalid(nameof(SubstituteId), errors[0].Message);
        return await ActedAsync(acted, "Đã cử người thay thế.", cancellationToken);
    }

    async Task<IActionResult> DecideAsync(bool approve, string done, CancellationToken cancellationToken)
    {
        var note = Note?.Trim();
        if (FormText.Problem(note, approve ? "Ý kiến của Trung tâm" : "Lý do từ chối", Absence.MaxReasonLength, multiline: true) is { } problem)
            return Invalid(nameof(Note), problem);
        return await ActedAsync(await absences.DecideAsync(Absence, Seen, approve, note, officer.Actor, cancellationToken), done, cancellationToken);
    }

    async Task<IActionResult> ActedAsync(StaffingActed acted, string done, CancellationToken cancellationToken)
    {
        if (acted is StaffingActed.Done)
        {
            Done = done;
            return Redirect($"/can-bo/vang-mat/{Id}");
        }
        Problem = acted.Message;
        Response.StatusCode = acted.Status;
        // The absence as it now stands in the database, not as the refused action left it.
        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    IActionResult Invalid(string field, string message)
    {
        ModelState.AddModelError(field, message);
        Problem = "Chưa thực hiện được: xem ô được đánh dấu.";
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
