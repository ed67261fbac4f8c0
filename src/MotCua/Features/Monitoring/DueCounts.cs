using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Dossiers;

namespace MotCua.Features.Monitoring;

/// <summary>
/// One agency's dossiers in one state, counted in the database by where they stand against their due date:
/// what <see cref="IndexModel.Classify"/> gives each one. The monitor and the satisfaction index (LAW §9.4 5.4) read it.
/// </summary>
public sealed record DueCount(string AgencyId, DossierState State, int Count, int Early, int OnTime, int Late, int Overdue, int Soon, int OnTrack)
{
    /// <summary>The counts by due status; the unfinished dossiers of a final state are not counted against a due date.</summary>
    public IEnumerable<(DueFilter Filter, int Count)> ByDue()
    {
        yield return (DueFilter.FinishedEarly, Early);
        yield return (DueFilter.FinishedOnTime, OnTime);
        yield return (DueFilter.FinishedLate, Late);
        var unfinished = Count - Early - OnTime - Late;
        if (State.IsFinal())
        {
            yield return (DueFilter.NotCounted, unfinished);
            yield break;
        }
        yield return (DueFilter.Overdue, Overdue);
        yield return (DueFilter.DueSoon, Soon);
        yield return (DueFilter.OnTrack, OnTrack);
        yield return (DueFilter.Paused, unfinished - Overdue - Soon - OnTrack);
    }

    /// <summary>Finished late, or still open past the due date: the dossiers "quá hạn".</summary>
    public int PastDue => Late + (State.IsFinal() ? 0 : Overdue);
}

public static class DueCounts
{
    /// <summary>The dossiers of <paramref name="query"/> by agency and state, in one grouped query.</summary>
    public static Task<List<DueCount>> CountAsync(IQueryable<Dossier> query, DateTimeOffset now, DateTimeOffset soonUntil, CancellationToken cancellationToken) =>
        query.GroupBy(d => new { d.AgencyId, d.State }).Select(g => new DueCount(
                g.Key.AgencyId,
                g.Key.State,
                g.Count(),
                g.Count(d => d.Timeliness == Timeliness.Early),
                g.Count(d => d.Timeliness == Timeliness.OnTime),
                g.Count(d => d.Timeliness == Timeliness.Late),
                g.Count(d => d.Timeliness == null && d.Due < now),
                g.Count(d => d.Timeliness == null && d.Due >= now && d.Due < soonUntil),
                g.Count(d => d.Timeliness == null && d.Due >= soonUntil)))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// The same counts over every dossier ever received, without reading them: the states and finished counts from the
    /// maintained <see cref="DossierStateCount"/>s, the due status of the unfinished dossiers from their own index.
    /// <paramref name="counts"/> and <paramref name="query"/> must carry the same filters.
    /// </summary>
    public static async Task<List<DueCount>> CountAsync(IQueryable<DossierStateCount> counts, IQueryable<Dossier> query, DateTimeOffset now,
        DateTimeOffset soonUntil, CancellationToken cancellationToken)
    {
        var stored = await counts.GroupBy(c => new { c.AgencyId, c.State })
            .Select(g => new { g.Key.AgencyId, g.Key.State, Count = g.Sum(c => c.Count), Early = g.Sum(c => c.Early), OnTime = g.Sum(c => c.OnTime), Late = g.Sum(c => c.Late) })
            .ToListAsync(cancellationToken);
        var unfinished = await query.Unfinished().GroupBy(d => new { d.AgencyId, d.State })
            .Select(g => new { g.Key.AgencyId, g.Key.State, Overdue = g.Count(d => d.Due < now), Soon = g.Count(d => d.Due >= now && d.Due < soonUntil), OnTrack = g.Count(d => d.Due >= soonUntil) })
            .ToDictionaryAsync(g => (g.AgencyId, g.State), cancellationToken);
        return stored.Where(s => s.Count > 0).Select(s =>
            {
                var u = unfinished.GetValueOrDefault((s.AgencyId, s.State));
                return new DueCount(s.AgencyId, s.State, s.Count, s.Early, s.OnTime, s.Late, u?.Overdue ?? 0, u?.Soon ?? 0, u?.OnTrack ?? 0);
            })
            .ToList();
    }
}
