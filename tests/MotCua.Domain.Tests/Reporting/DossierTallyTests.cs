using MotCua.Domain.Dossiers;
using MotCua.Domain.Reporting;

namespace MotCua.Domain.Tests.Reporting;

public class DossierTallyTests
{
    static readonly DateOnly Submitted = new(2026, 11, 2);
    static readonly DateOnly Due = new(2026, 11, 10);

    [Fact]
    public void A_dossier_never_received_counts_nothing_R38()
    {
        Assert.Empty(DossierTally.Of(new TallyFacts(Submitted, Received: false, null, null, null, 0)));
    }

    [Fact]
    public void An_open_dossier_counts_only_its_reception_on_its_submission_day_R38()
    {
        Assert.Equal([(Submitted, TallyMeasure.Received)], DossierTally.Of(new TallyFacts(Submitted, true, null, null, Due, 0)));
    }

    [Fact]
    public void A_late_dossier_is_overdue_from_its_due_day_until_the_day_it_finished_R49()
    {
        var finished = new DateOnly(2026, 11, 13);
        var cells = DossierTally.Of(new TallyFacts(Submitted, true, finished, Timeliness.Late, Due, 0)).ToList();
        Assert.Equal([(Submitted, TallyMeasure.Received), (finished, TallyMeasure.FinishedLate), (finished, TallyMeasure.IndexLate),
            (Due, TallyMeasure.OverdueFrom), (finished, TallyMeasure.OverdueUntil)], cells);
    }

    [Fact]
    public void Late_on_the_due_day_itself_was_never_overdue_at_a_day_end_R49()
    {
        var cells = DossierTally.Of(new TallyFacts(Submitted, true, Due, Timeliness.Late, Due, 0)).Select(c => c.Measure).ToList();
        Assert.DoesNotContain(TallyMeasure.OverdueFrom, cells);
        Assert.Contains(TallyMeasure.FinishedLate, cells);
    }

    [Fact]
    public void On_time_with_two_supplement_requests_is_late_for_the_national_index_only_R49()
    {
        var cells = DossierTally.Of(new TallyFacts(Submitted, true, Due, Timeliness.OnTime, Due, SupplementRequests: 2)).Select(c => c.Measure).ToList();
        Assert.Equal([TallyMeasure.Received, TallyMeasure.FinishedOnTime, TallyMeasure.IndexLate], cells);
        Assert.DoesNotContain(TallyMeasure.IndexLate, DossierTally.Of(new TallyFacts(Submitted, true, Due, Timeliness.OnTime, Due, 1)).Select(c => c.Measure));
    }

    [Fact]
    public void Stopped_or_closed_without_a_decision_counts_as_ended_R38()
    {
        var ended = new DateOnly(2026, 11, 5);
        Assert.Equal([(Submitted, TallyMeasure.Received), (ended, TallyMeasure.Ended)], DossierTally.Of(new TallyFacts(Submitted, true, ended, null, null, 1)));
    }

    [Fact]
    public void A_change_adds_the_new_facts_and_takes_back_the_old_ones()
    {
        var open = new TallyFacts(Submitted, true, null, null, Due, 0);
        var finished = open with { FinishedDay = Due, Timeliness = Timeliness.OnTime };
        Assert.Equal(new Dictionary<(DateOnly, TallyMeasure), int> { [(Due, TallyMeasure.FinishedOnTime)] = 1 }, DossierTally.Change(open, finished));
        Assert.Empty(DossierTally.Change(open, open with { DueDay = Due.AddDays(3) }));
        Assert.Equal(new Dictionary<(DateOnly, TallyMeasure), int> { [(Submitted, TallyMeasure.Received)] = 1 }, DossierTally.Change(null, open));
    }
}
