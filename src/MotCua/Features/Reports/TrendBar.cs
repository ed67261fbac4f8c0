using MotCua.Domain;
using MotCua.Domain.Reporting;

namespace MotCua.Features.Reports;

public sealed record TrendDay(DateOnly Day, int Received, int OnTime, int Late);

/// <summary>One bar group of the trend chart: a day, a week or a month of the period, whichever keeps the chart readable.</summary>
public sealed record TrendBar(string Label, DateOnly From, DateOnly To, int Received, int OnTime, int Late)
{
    public static IReadOnlyList<TrendBar> Buckets(ReportPeriod period, IEnumerable<TrendDay> days)
    {
        var length = period.To.DayNumber - period.From.DayNumber + 1;
        Func<DateOnly, DateOnly> start = length <= 31 ? d => d
            : length <= 190 ? d => d.AddDays(-(((int)d.DayOfWeek + 6) % 7))
            : d => new DateOnly(d.Year, d.Month, 1);
        var byStart = days.GroupBy(d => start(d.Day)).ToDictionary(g => g.Key, g => (Received: g.Sum(d => d.Received), OnTime: g.Sum(d => d.OnTime), Late: g.Sum(d => d.Late)));
        var bars = new List<TrendBar>();
        for (var first = start(period.From); first <= period.To;)
        {
            var next = length <= 31 ? first.AddDays(1) : length <= 190 ? first.AddDays(7) : first.AddMonths(1);
            var (received, onTime, late) = byStart.GetValueOrDefault(first);
            var label = length <= 31 ? first.ToString("dd/MM", VietnameseFormat.Culture)
                : length <= 190 ? $"Tuần {first.ToString("dd/MM", VietnameseFormat.Culture)}"
                : first.ToString("MM/yyyy", VietnameseFormat.Culture);
            bars.Add(new TrendBar(label, Max(first, period.From), Min(next.AddDays(-1), period.To), received, onTime, late));
            first = next;
        }
        return bars;
    }

    static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
    static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
