using MotCua.Domain.Dossiers;

namespace MotCua.Domain.Reporting;

/// <summary>What one column of the daily tally counts: an event in a received dossier's life, on the day it happened.</summary>
public enum TallyMeasure
{
    /// <summary>Received by the Center (counted on the day it was submitted, as the monitor filters periods).</summary>
    Received,
    FinishedEarly,
    FinishedOnTime,
    FinishedLate,
    /// <summary>Ended without a decision: stopped at the applicant's request or closed unsupplemented.</summary>
    Ended,
    /// <summary>Decided and late in the national index's eyes: late, or more than one supplement request (R49).</summary>
    IndexLate,
    /// <summary>A dossier finished late became overdue on its due day…</summary>
    OverdueFrom,
    /// <summary>…and stopped being overdue on the day it was finished.</summary>
    OverdueUntil,
}

/// <summary>The facts of a dossier the daily tally counts it by; days are the Center's local days.</summary>
public sealed record TallyFacts(DateOnly SubmittedDay, bool Received, DateOnly? FinishedDay, Timeliness? Timeliness, DateOnly? DueDay, int SupplementRequests);

/// <summary>
/// How one dossier counts in the daily tally the dashboard, the periodic report and the index read
/// (ADR 16). A change to a dossier adds what its new facts count and takes back what its old facts
/// counted, in the transaction of the change, so the tally never drifts from the dossiers.
/// </summary>
public static class DossierTally
{
    public static IEnumerable<(DateOnly Day, TallyMeasure Measure)> Of(TallyFacts facts)
    {
        if (!facts.Received)
            yield break;
        yield return (facts.SubmittedDay, TallyMeasure.Received);
        if (facts.FinishedDay is not { } finished)
            yield break;
        if (facts.Timeliness is not { } timeliness)
        {
            yield return (finished, TallyMeasure.Ended);
            yield break;
        }
        yield return (finished, timeliness switch
        {
            Timeliness.Early => TallyMeasure.FinishedEarly,
            Timeliness.OnTime => TallyMeasure.FinishedOnTime,
            _ => TallyMeasure.FinishedLate,
        });
        if (TimelinessRules.ForNationalIndex(timeliness, facts.SupplementRequests) == Timeliness.Late)
            yield return (finished, TallyMeasure.IndexLate);
        // Overdue over whole days only: a dossier finished late on its due day was never overdue at a day's end.
        if (timeliness == Timeliness.Late && facts.DueDay is { } due && due < finished)
        {
            yield return (due, TallyMeasure.OverdueFrom);
            yield return (finished, TallyMeasure.OverdueUntil);
        }
    }

    /// <summary>What a change from <paramref name="before"/> to <paramref name="after"/> adds to each day's measure (never zero entries).</summary>
    public static IReadOnlyDictionary<(DateOnly Day, TallyMeasure Measure), int> Change(TallyFacts? before, TallyFacts? after)
    {
        var change = new Dictionary<(DateOnly, TallyMeasure), int>();
        if (after is not null)
            foreach (var cell in Of(after))
                change[cell] = change.GetValueOrDefault(cell) + 1;
        if (before is not null)
            foreach (var cell in Of(before))
                change[cell] = change.GetValueOrDefault(cell) - 1;
        return change.Where(c => c.Value != 0).ToDictionary(c => c.Key, c => c.Value);
    }
}
