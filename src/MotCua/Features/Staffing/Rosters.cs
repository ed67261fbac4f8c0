using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Staffing;
using MotCua.Features.Register;

namespace MotCua.Features.Staffing;

/// <summary>A day's roster for the pages and the API: the seats and the agencies short of a backup where the profile wants one (R30).</summary>
public sealed record RosterOfDay(DateOnly Day, IReadOnlyList<Seat> Seats, IReadOnlyList<string> WithoutBackup, IReadOnlyDictionary<string, string> UnitNames);

/// <summary>The roster's reads and the naming of officers, over <see cref="StaffingDesk"/>.</summary>
public sealed class Rosters(MotCuaDbContext db, StaffingDesk desk)
{
    /// <summary>Who sits where on <paramref name="day"/>: the Center's counters, the secondments serving then and the absences touching that day only.</summary>
    public async Task<RosterOfDay> OnAsync(string centerId, DateOnly day, CancellationToken cancellationToken = default)
    {
        var locality = await desk.LocalityAsync(cancellationToken);
        var (start, end) = LocalDays.Span(locality.Calendar, day, day);
        var counters = await db.Counters.AsNoTracking().Where(c => c.CenterId == centerId).ToListAsync(cancellationToken);
        var serving = await db.Secondments.AsNoTracking()
            .Where(s => s.CenterId == centerId && (s.State == SecondmentState.Approved || (s.State == SecondmentState.Ended && s.EndedOn > day)))
            .ToListAsync(cancellationToken);
        var absences = await db.Absences.AsNoTracking()
            .Where(a => a.CenterId == centerId && a.To > start && a.From < end && (a.State == AbsenceState.Noted || a.State == AbsenceState.Approved))
            .ToListAsync(cancellationToken);
        var names = await UnitNamesAsync(cancellationToken);
        return new RosterOfDay(day, Roster.On(day, counters, serving, absences, locality.Calendar),
            Roster.WithoutBackup(day, serving, locality.Profile.OfficerRules), names);
    }

    public Task<Dictionary<string, string>> UnitNamesAsync(CancellationToken cancellationToken = default) =>
        db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);

    /// <summary>The agencies an actor may name officers for: all for the Center, the leader's own agency for a leader.</summary>
    public Task<List<Unit>> AgenciesAsync(Actor by, CancellationToken cancellationToken = default) =>
        db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.Agency && (StaffingDesk.IsCenter(by) || u.Id == by.UnitId))
            .OrderBy(u => u.Name).ToListAsync(cancellationToken);

    /// <summary>
    /// The accounts an agency may send: its own officers, and the Center's counter officers (a seconded officer often works under
    /// the Center's account, which is what scopes the dossiers they see).
    /// </summary>
    public async Task<List<Officer>> CandidatesAsync(string centerId, IReadOnlyCollection<string> agencyIds, CancellationToken cancellationToken = default)
    {
        var reception = nameof(Role.Reception);
        var counterOfficers = from o in db.Users
                              join ur in db.UserRoles on o.Id equals ur.UserId
                              join r in db.Roles on ur.RoleId equals r.Id
                              where o.UnitId == centerId && r.Name == reception
                              select o;
        return await db.Users.AsNoTracking().Where(o => agencyIds.Contains(o.UnitId))
            .Union(counterOfficers.AsNoTracking())
            .OrderBy(o => o.FullName).ToListAsync(cancellationToken);
    }

    /// <summary>Names an officer for the Center: checked against the profile's officer rules and the officer's other secondments.</summary>
    public async Task<StaffingActed> ProposeAsync(SecondmentInput.Parsed input, Actor by, CancellationToken cancellationToken = default)
    {
        if (await desk.CenterIdAsync(by, cancellationToken) is not { } centerId)
            return new StaffingActed.NotFound();
        var locality = await desk.LocalityAsync(cancellationToken);
        var others = await db.Secondments.AsNoTracking().Where(s => s.OfficerId == input.Officer.Id).ToListAsync(cancellationToken);
        return await desk.AddAsync(Secondment.Propose(centerId, input.Agency.Id, input.Agency.Name, input.Agency.Kind == UnitKind.Agency,
            input.Officer.Id, input.Officer.FullName, input.Role, input.Position, input.DelegatedApproval, input.CounterId, input.From, input.Until,
            others, locality.Profile.OfficerRules, by, desk.Now), cancellationToken);
    }
}
