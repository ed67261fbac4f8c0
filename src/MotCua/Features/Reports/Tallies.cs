using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Reporting;
using MotCua.Domain.Time;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Reports;

/// <summary>
/// Reads the daily tally (ADR 16) in the officer's scope: the Center sees every agency, an agency
/// itself. A period costs two grouped sums over the tally's days and one count of the open dossiers
/// already overdue at its end, whatever the number of dossiers.
/// </summary>
public static class Tallies
{
    /// <summary>The states in which a dossier is still being handled and its due date runs.</summary>
    public static readonly DossierState[] Open = [DossierState.Received, DossierState.InProcessing, DossierState.Consulting, DossierState.SupplementRequested];

    public static IQueryable<DossierDayCount> VisibleTo(this IQueryable<DossierDayCount> counts, CurrentOfficer officer) => officer.Role switch
    {
        Role.Reception or Role.CenterStaff or Role.CenterDirector => counts,
        Role.Processor or Role.AgencyLeader => counts.Where(c => c.AgencyId == officer.UnitId),
        _ => counts.Where(c => false),
    };

    /// <summary>The period's sums per agency and procedure, for the lines of a report.</summary>
    public static async Task<Dictionary<(string Agency, string Procedure), PeriodSums>> SumAsync(MotCuaDbContext db, CurrentOfficer officer,
        DateOnly from, DateOnly to, WorkingCalendar calendar, string? agency, CancellationToken cancellationToken)
    {
        var counts = db.DossierDayCounts.VisibleTo(officer);
        if (!string.IsNullOrEmpty(agency))
            counts = counts.Where(c => c.AgencyId == agency);
        var before = await counts.Where(c => c.Day < from)
            .GroupBy(c => new { c.AgencyId, c.ProcedureCode })
            .Select(g => new
            {
                g.Key.AgencyId, g.Key.ProcedureCode,
                Received = g.Sum(c => c.Received),
                Finished = g.Sum(c => c.FinishedEarly + c.FinishedOnTime + c.FinishedLate + c.Ended),
                OverdueFrom = g.Sum(c => c.OverdueFrom), OverdueUntil = g.Sum(c => c.OverdueUntil),
            })
            .ToListAsync(cancellationToken);
        var within = await counts.Where(c => c.Day >= from && c.Day <= to)
            .GroupBy(c => new { c.AgencyId, c.ProcedureCode, Online = c.Channel == Channel.Online })
            .Select(g => new
            {
                g.Key.AgencyId, g.Key.ProcedureCode, g.Key.Online,
                Received = g.Sum(c => c.Received), Early = g.Sum(c => c.FinishedEarly), OnTime = g.Sum(c => c.FinishedOnTime),
                Ended = g.Sum(c => c.Ended), Late = g.Sum(c => c.FinishedLate), IndexLate = g.Sum(c => c.IndexLate),
                OverdueFrom = g.Sum(c => c.OverdueFrom), OverdueUntil = g.Sum(c => c.OverdueUntil),
            })
            .ToListAsync(cancellationToken);
        var overdue = await OpenOverdueAsync(db, officer, calendar.AtLocal(to.AddDays(1), TimeOnly.MinValue), agency, cancellationToken);

        var sums = new Dictionary<(string, string), PeriodSums>();
        void Add((string, string) key, PeriodSums add) => sums[key] = sums.GetValueOrDefault(key, PeriodSums.Zero) + add;
        foreach (var b in before)
            Add((b.AgencyId, b.ProcedureCode), PeriodSums.Zero with
            {
                ReceivedBefore = b.Received, FinishedBefore = b.Finished, OverdueFromToEnd = b.OverdueFrom, OverdueUntilToEnd = b.OverdueUntil,
            });
        foreach (var w in within)
            Add((w.AgencyId, w.ProcedureCode), PeriodSums.Zero with
            {
                ReceivedOnline = w.Online ? w.Received : 0, ReceivedOther = w.Online ? 0 : w.Received,
                Early = w.Early, OnTime = w.OnTime, Ended = w.Ended, Late = w.Late, IndexLate = w.IndexLate, OverdueFromToEnd = w.OverdueFrom, OverdueUntilToEnd = w.OverdueUntil,
            });
        foreach (var (key, count) in overdue)
            Add(key, PeriodSums.Zero with { OpenOverdueAtEnd = count });
        return sums;
    }

    /// <summary>
    /// The open dossiers whose due date had passed at <paramref name="end"/>, per agency and procedure: few, and counted from the index of
    /// the unfinished dossiers alone (a dossier not finished has no timeliness either: saying so lets the database use that index).
    /// </summary>
    static async Task<Dictionary<(string, string), int>> OpenOverdueAsync(MotCuaDbContext db, CurrentOfficer officer, DateTimeOffset end, string? agency,
        CancellationToken cancellationToken)
    {
        var open = db.Dossiers.VisibleTo(officer).Unfinished().Where(d => Open.Contains(d.State) && d.Due < end && d.FinishedAt == null);
        if (!string.IsNullOrEmpty(agency))
            open = open.Where(d => d.AgencyId == agency);
        return (await open.GroupBy(d => new { d.AgencyId, Procedure = EF.Property<string>(d, "ProcedureCode") })
                .Select(g => new { g.Key.AgencyId, g.Key.Procedure, Count = g.Count() })
                .ToListAsync(cancellationToken))
            .ToDictionary(g => (g.AgencyId, g.Procedure), g => g.Count);
    }
}
