using MotCua.Domain.Codes;

namespace MotCua.Domain.Tests.Codes;

public class DossierCodeSequenceTests
{
    const string Agency = "000.00.15.H22";
    static readonly DateOnly July1 = new(2025, 7, 1);
    static readonly DateOnly July2 = new(2025, 7, 2);

    [Fact]
    public void Numbers_start_at_one_and_follow_each_other_R50()
    {
        var sequence = new DossierCodeSequence();
        Assert.Equal("000.00.15.H22-250701-0001", sequence.Next(Agency, July1).ToString());
        Assert.Equal("000.00.15.H22-250701-0002", sequence.Next(Agency, July1).ToString());
    }

    [Fact]
    public void Sequence_resets_per_day_and_per_agency_R50()
    {
        var sequence = new DossierCodeSequence();
        sequence.Next(Agency, July1);
        sequence.Next(Agency, July1);
        Assert.Equal(1, sequence.Next(Agency, July2).Sequence);
        Assert.Equal(1, sequence.Next("H22.123.45", July1).Sequence);
        Assert.Equal(3, sequence.Next(Agency, July1).Sequence);
    }

    [Fact]
    public void Eight_counters_at_once_get_80000_distinct_numbers_without_gaps_R50()
    {
        const int threads = 8, each = 10_000;
        var sequence = new DossierCodeSequence();
        var issued = new DossierCode[threads][];
        using var start = new Barrier(threads);
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            var mine = new DossierCode[each];
            for (var i = 0; i < each; i++)
                mine[i] = sequence.Next(Agency, July1);
            issued[t] = mine;
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());

        var codes = issued.SelectMany(c => c).ToList();
        Assert.Equal(threads * each, codes.Select(c => c.ToString()).Distinct().Count());
        Assert.Equal(Enumerable.Range(1, threads * each).Select(n => (long)n), codes.Select(c => c.Sequence).Order());
        // Each thread saw its own numbers rise: a counter never goes back.
        Assert.All(issued, mine => Assert.True(mine.Zip(mine.Skip(1)).All(p => p.First.Sequence < p.Second.Sequence)));
    }

    [Fact]
    public void Seeding_continues_after_the_last_number_issued_R50()
    {
        var sequence = new DossierCodeSequence();
        sequence.Seed(Agency, July1, 9999);
        Assert.Equal("000.00.15.H22-250701-10000", sequence.Next(Agency, July1).ToString());
        Assert.Equal(1, sequence.Next(Agency, July2).Sequence);
    }

    [Fact]
    public void Seeding_never_moves_a_counter_back_R50()
    {
        var sequence = new DossierCodeSequence();
        for (var i = 0; i < 5; i++)
            sequence.Next(Agency, July1);
        sequence.Seed(Agency, July1, 2);
        Assert.Equal(6, sequence.Next(Agency, July1).Sequence);
    }

    [Fact]
    public void Seeding_while_counters_allocate_never_reissues_R50()
    {
        var sequence = new DossierCodeSequence();
        var issued = new System.Collections.Concurrent.ConcurrentBag<long>();
        Parallel.For(0, 4, worker =>
        {
            for (var i = 0; i < 5_000; i++)
            {
                if (worker == 0 && i % 100 == 0)
                    sequence.Seed(Agency, July1, i);
                else
                    issued.Add(sequence.Next(Agency, July1).Sequence);
            }
        });
        Assert.Equal(issued.Count, issued.Distinct().Count());
    }

    [Fact]
    public void Refuses_a_bad_agency_date_or_seed_R50()
    {
        var sequence = new DossierCodeSequence();
        Assert.Throws<ArgumentException>(() => sequence.Next("", July1));
        Assert.Throws<ArgumentException>(() => sequence.Next("H22-X", July1));
        Assert.Throws<ArgumentOutOfRangeException>(() => sequence.Next(Agency, new DateOnly(1999, 12, 31)));
        Assert.Throws<ArgumentOutOfRangeException>(() => sequence.Seed(Agency, July1, -1));
    }
}
