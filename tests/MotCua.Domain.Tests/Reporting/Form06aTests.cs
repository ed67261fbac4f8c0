using MotCua.Domain.Reporting;

namespace MotCua.Domain.Tests.Reporting;

public class Form06aTests
{
    [Theory]
    [InlineData(PeriodKind.Quarter, "2026-11-23", "2026-06-15", "2026-09-14", "Quý III/2026")]
    [InlineData(PeriodKind.Quarter, "2026-12-15", "2026-09-15", "2026-12-14", "Quý IV/2026")]
    [InlineData(PeriodKind.Quarter, "2026-03-10", "2025-09-15", "2025-12-14", "Quý IV/2025")]
    [InlineData(PeriodKind.Month, "2026-11-23", "2026-10-15", "2026-11-14", "Tháng 11/2026")]
    [InlineData(PeriodKind.Month, "2026-01-14", "2025-11-15", "2025-12-14", "Tháng 12/2025")]
    [InlineData(PeriodKind.SixMonths, "2026-11-23", "2025-12-15", "2026-06-14", "6 tháng đầu năm 2026")]
    [InlineData(PeriodKind.NineMonths, "2026-11-23", "2025-12-15", "2026-09-14", "9 tháng năm 2026")]
    [InlineData(PeriodKind.Year, "2026-11-23", "2024-12-15", "2025-12-14", "Năm 2025")]
    public void The_periods_cut_off_on_the_14th_as_the_reporting_decree_says_R38(PeriodKind kind, string today, string from, string to, string name)
    {
        var period = ReportPeriod.LastEnded(kind, DateOnly.Parse(today));
        Assert.Equal((DateOnly.Parse(from), DateOnly.Parse(to), name), (period.From, period.To, period.Name));
    }

    [Fact]
    public void A_range_must_run_forwards_and_not_past_five_years_R38()
    {
        Assert.NotNull(ReportPeriod.RangeProblem(new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 1)));
        Assert.NotNull(ReportPeriod.RangeProblem(new DateOnly(2020, 1, 1), new DateOnly(2026, 1, 1)));
        Assert.Null(ReportPeriod.RangeProblem(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 1)));
    }

    [Fact]
    public void A_line_is_worked_out_from_the_tally_and_its_invariants_hold_R38()
    {
        // Before: 10 received, 6 finished → 4 carried over. In the period: 5 online, 7 at the counter;
        // finished 3 early, 4 on time, 1 stopped, 2 late. Up to the end, 3 dossiers were overdue and 2 of those got finished; 1 open dossier is overdue.
        var line = Form06aLine.From(new PeriodSums(10, 6, 5, 7, 3, 4, 1, 2, OverdueFromToEnd: 3, OverdueUntilToEnd: 2, OpenOverdueAtEnd: 1));
        Assert.Equal([16, 5, 7, 4, 10, 3, 5, 2, 6, 4, 2], line.Columns);
        Assert.Empty(line.Broken());
    }

    [Fact]
    public void A_tally_that_disagrees_with_itself_is_reported_never_hidden_R38()
    {
        // More finished than ever received: the carried-over and in-progress columns go negative.
        var line = Form06aLine.From(new PeriodSums(2, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        Assert.Contains(line.Broken(), b => b.StartsWith("Cột (6) âm", StringComparison.Ordinal));
        Assert.Equal(["(3) = (7) + (11): 2 ≠ 0 + 1"], new Form06aLine(2, 1, 1, 0, 0, 0, 0, 0, 1, 1, 0).Broken());
    }
}
