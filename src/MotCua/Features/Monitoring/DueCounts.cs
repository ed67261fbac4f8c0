using Microsoft.EntityFrameworkCore;
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
}
