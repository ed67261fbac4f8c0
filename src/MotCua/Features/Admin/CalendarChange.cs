using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Time;

namespace MotCua.Features.Admin;

/// <summary>One open dossier whose due dates a calendar change would move (R48).</summary>
public sealed record MovedDossier(string Code, string Procedure, DueChange Change, decimal Shift);

/// <summary>An agency's dossiers that would move: all of them counted, the soonest due listed up to <see cref="CalendarChange.ListedPerAgency"/>.</summary>
public sealed record MovedInAgency(string AgencyId, string AgencyName, int Count, IReadOnlyList<MovedDossier> Listed)
{
    public int NotListed => Count - Listed.Count;
}

/// <summary>
/// What a calendar change does to open dossiers (R48), shared by the preview and the change itself
/// so that both look at the same dossiers and ask the same domain question
/// (<see cref="Dossier.DueChangeUnder"/>).
/// </summary>
public static class CalendarChange
{
    public const int ListedPerAgency = 20;

    /// <summary>
    /// The open dossiers a change to <paramref name="day"/> can move: a due date is counted over the
    /// working days up to it, so only a legal or step due date on or after that day moves. Read
    /// through the indexes on Due and StepDue, never the whole table.
    /// </summary>
    public static IQueryable<Dossier> MayMove(this IQueryable<Dossier> dossiers, DateOnly day, WorkingCalendar calendar)
    {
        var from = calendar.AtLocal(day, TimeOnly.MinValue);
        return dossiers.Where(d => d.Due != null
            && d.State != DossierState.ResultReady && d.State != DossierState.AtReturnDesk && d.State != DossierState.Returned
            && (d.Due >= from || d.StepDue >= from));
    }

    /// <summary>The dossiers whose due dates would move under <paramref name="candidate"/>, per agency; reads only, saves nothing.</summary>
    public static async Task<IReadOnlyList<MovedInAgency>> PreviewAsync(MotCuaDbContext db, DateOnly day, Locality candidate, CancellationToken cancellationToken)
    {
        var dossiers = await db.Dossiers.AsNoTrackingWithIdentityResolution()
            .Include(d => d.Procedure).Include(d => d.Version)
            .MayMove(day, candidate.Calendar)
            .ToListAsync(cancellationToken);
        var moved = dossiers
            .Select(d => (Dossier: d, Change: d.DueChangeUnder(candidate)))
            .Where(x => x.Change is not null)
            .Select(x => (x.Dossier.AgencyId, Row: new MovedDossier(x.Dossier.Code.ToString(), x.Dossier.Procedure.Name, x.Change!,
                x.Change!.ShiftInWorkingDays(candidate.Calendar))))
            .ToList();
        var agencyIds = moved.Select(m => m.AgencyId).Distinct().ToList();
        var names = await db.Units.AsNoTracking().Where(u => agencyIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        return moved
            .GroupBy(m => m.AgencyId)
            .Select(g => new MovedInAgency(g.Key, names.GetValueOrDefault(g.Key, g.Key), g.Count(),
                g.Select(m => m.Row).OrderBy(r => r.Change.OldDue ?? r.Change.OldStepDue).ThenBy(r => r.Code, StringComparer.Ordinal)
                    .Take(ListedPerAgency).ToList()))
            .OrderBy(a => a.AgencyName, StringComparer.Create(VietnameseFormat.Culture, ignoreCase: false))
            .ToList();
    }
}
