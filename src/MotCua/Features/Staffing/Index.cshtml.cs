using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Profiles;
using MotCua.Domain.Staffing;
using MotCua.Features.Register;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Staffing;

/// <summary>
/// The officers seconded to the Center (R30): who sits at which counter on a day, derived from the roster and the absences; the
/// agencies' primary and backup officers with their approval; the form to name an officer, checked against the profile's rules.
/// The Center sees all its agencies; an agency's leader sees and names its own officers.
/// </summary>
[Authorize(Policy = Policies.Staffing)]
public sealed class IndexModel(MotCuaDbContext db, StaffingDesk desk, Rosters rosters, CurrentOfficer officer) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "ngay")] public string? Day { get; set; }
    [BindProperty] public string? AgencyId { get; set; }
    [BindProperty] public string? OfficerId { get; set; }
    [BindProperty] public string? Role { get; set; }
    [BindProperty] public string? Position { get; set; }
    [BindProperty] public bool DelegatedApproval { get; set; }
    [BindProperty] public int? CounterId { get; set; }
    [BindProperty] public string? From { get; set; }
    [BindProperty] public string? Until { get; set; }

    public RosterOfDay? Roster { get; private set; }
    public IReadOnlyList<Secondment> Secondments { get; private set; } = [];
    public IReadOnlyList<Unit> Agencies { get; private set; } = [];
    public IReadOnlyList<Officer> Candidates { get; private set; } = [];
    public IReadOnlyList<Counter> Counters { get; private set; } = [];
    public OfficerRules Rules { get; private set; } = null!;
    public bool IsCenter => StaffingDesk.IsCenter(officer.Actor);
    public string? Problem { get; private set; }
    [TempData] public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var today = (await desk.LocalityAsync(cancellationToken)).Calendar.LocalDate(desk.Now);
        if (LocalDays.Problem(Day, "Ngày xem", today, out var day) is { } problem)
        {
            Problem = problem;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            day = today;
        }
        await LoadAsync(day, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var by = officer.Actor;
        var today = (await desk.LocalityAsync(cancellationToken)).Calendar.LocalDate(desk.Now);
        var centerId = await desk.CenterIdAsync(by, cancellationToken) ?? "";
        var (parsed, errors) = await new SecondmentInput(AgencyId, OfficerId, Role, Position, DelegatedApproval, CounterId, From, Until)
            .ParseAsync(db, centerId, today, cancellationToken);
        if (parsed is null)
        {
            errors.AddTo(ModelState);
            return await InvalidAsync("Chưa cử được cán bộ: xem các ô được đánh dấu.", StatusCodes.Status400BadRequest, today, cancellationToken);
        }
        var acted = await rosters.ProposeAsync(parsed, by, cancellationToken);
        if (acted is StaffingActed.Done { Record: Secondment made })
        {
            Done = $"Đã cử {made.OfficerName} ({made.Role.Vietnamese().ToLowerInvariant()}); chờ Trung tâm ghi nhận văn bản phê duyệt.";
            return Redirect($"/can-bo/{made.Id}");
        }
        return await InvalidAsync(acted.Message!, acted.Status, today, cancellationToken);
    }

    async Task<IActionResult> InvalidAsync(string problem, int status, DateOnly today, CancellationToken cancellationToken)
    {
        Problem = problem;
        Response.StatusCode = status;
        await LoadAsync(today, cancellationToken);
        return Page();
    }

    async Task LoadAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var by = officer.Actor;
        var locality = await desk.LocalityAsync(cancellationToken);
        Rules = locality.Profile.OfficerRules;
        var centerId = await desk.CenterIdAsync(by, cancellationToken);
        if (centerId is not null)
            Roster = await rosters.OnAsync(centerId, day, cancellationToken);
        Secondments = await desk.Secondments(by).AsNoTracking()
            .Where(s => s.State != SecondmentState.Ended && s.State != SecondmentState.Refused)
            .OrderBy(s => s.AgencyId).ThenBy(s => s.Role).ThenBy(s => s.OfficerName).ToListAsync(cancellationToken);
        Agencies = await rosters.AgenciesAsync(by, cancellationToken);
        Candidates = centerId is null ? [] : await rosters.CandidatesAsync(centerId, Agencies.Select(a => a.Id).ToList(), cancellationToken);
        Counters = await desk.Counters(by).AsNoTracking().OrderBy(c => c.Number).ToListAsync(cancellationToken);
        Day = LocalDays.Iso(day);
    }

    public string UnitName(string id) => Roster?.UnitNames.TryGetValue(id, out var name) == true ? name : id;
}
