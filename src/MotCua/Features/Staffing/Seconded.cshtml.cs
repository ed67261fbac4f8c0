using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Staffing;
using MotCua.Features.Register;
using MotCua.Platform;

namespace MotCua.Features.Staffing;

/// <summary>
/// One seconded officer (R30): the secondment as named and approved; the Center records the chairman's approving decision or
/// refuses an officer below the standards (R61), seats the officer at a counter; the Center or the agency ends the secondment.
/// </summary>
[Authorize(Policy = Policies.Staffing)]
public sealed class SecondedModel(MotCuaDbContext db, StaffingDesk desk, CurrentOfficer officer) : PageModel
{
    [BindProperty] public int? RowVersion { get; set; }
    [BindProperty] public string? Decision { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public int? CounterId { get; set; }
    [BindProperty] public string? EndOn { get; set; }

    public Secondment Secondment { get; private set; } = null!;
    public string AgencyName { get; private set; } = "";
    public IReadOnlyList<Counter> Counters { get; private set; } = [];
    public bool IsCenter => StaffingDesk.IsCenter(officer.Actor);
    public string? Problem { get; private set; }
    [TempData] public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostApproveAsync(int id, CancellationToken cancellationToken) =>
        ActAsync(id, () => Text(Decision, "Văn bản phê duyệt", Secondment.MaxDecisionLength),
            (s, text, at) => s.Approve(text, officer.Actor, at), "Đã ghi nhận văn bản phê duyệt.", cancellationToken);

    public Task<IActionResult> OnPostRefuseAsync(int id, CancellationToken cancellationToken) =>
        ActAsync(id, () => Text(Reason, "Lý do", Secondment.MaxReasonLength),
            (s, text, at) => s.Refuse(text, officer.Actor, at), "Đã từ chối cán bộ được cử.", cancellationToken);

    public async Task<IActionResult> OnPostSeatAsync(int id, CancellationToken cancellationToken)
    {
        Counter? counter = null;
        if (CounterId is { } counterId && (counter = await desk.Counters(officer.Actor).SingleOrDefaultAsync(c => c.Id == counterId, cancellationToken)) is null)
            return await ProblemAsync(id, "Không có quầy này tại Trung tâm.", StatusCodes.Status400BadRequest, cancellationToken);
        return await ActAsync(id, () => ("", null), (s, _, _) => s.Seat(counter, officer.Actor),
            counter is null ? "Đã bỏ bố trí quầy." : $"Đã bố trí tại quầy {counter.Number}.", cancellationToken);
    }

    public async Task<IActionResult> OnPostEndAsync(int id, CancellationToken cancellationToken)
    {
        var today = (await desk.LocalityAsync(cancellationToken)).Calendar.LocalDate(desk.Now);
        if (LocalDays.Problem(EndOn, "Ngày thôi làm việc", today, out var on) is { } dayProblem)
            return await ProblemAsync(id, dayProblem, StatusCodes.Status400BadRequest, cancellationToken);
        return await ActAsync(id, () => Text(Reason, "Lý do", Secondment.MaxReasonLength),
            (s, text, _) => s.End(on, text, officer.Actor), $"Cán bộ thôi làm việc tại Trung tâm từ ngày {LocalDays.Text(on)}.", cancellationToken);
    }

    static (string Text, string? Problem) Text(string? value, string what, int max)
    {
        var text = value?.Trim() ?? "";
        return (text, text.Length > 0 ? FormText.Problem(text, what, max, multiline: true) : null);
    }

    async Task<IActionResult> ActAsync(int id, Func<(string Text, string? Problem)> read, Func<Secondment, string, DateTimeOffset, Outcome> act, string done,
        CancellationToken cancellationToken)
    {
        var found = await desk.Secondments(officer.Actor).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (found is null)
            return NotFound();
        var (text, problem) = read();
        if (problem is not null)
            return await ProblemAsync(id, problem, StatusCodes.Status400BadRequest, cancellationToken);
        var acted = await desk.ActAsync(found, RowVersion, (s, at) => act(s, text, at), cancellationToken);
        if (acted is StaffingActed.Done)
        {
            Done = done;
            return Redirect($"/can-bo/{id}");
        }
        return await ProblemAsync(id, acted.Message!, acted.Status, cancellationToken);
    }

    async Task<IActionResult> ProblemAsync(int id, string problem, int status, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        Problem = problem;
        Response.StatusCode = status;
        return Page();
    }

    async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var found = await desk.Secondments(officer.Actor).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (found is null)
            return false;
        Secondment = found;
        RowVersion = desk.RowVersion(found);
        AgencyName = await db.Units.Where(u => u.Id == found.AgencyId).Select(u => u.Name).SingleAsync(cancellationToken);
        Counters = await db.Counters.AsNoTracking().Where(c => c.CenterId == found.CenterId).OrderBy(c => c.Number).ToListAsync(cancellationToken);
        return true;
    }
}
