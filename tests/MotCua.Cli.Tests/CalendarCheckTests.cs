using System.Text.Json;
using System.Text.RegularExpressions;

namespace MotCua.Cli.Tests;

public partial class CalendarCheckTests
{
    [GeneratedRegex(@"^(\d{4})\s+(\d{2}|Cả năm)\s+(\d+)$")]
    private static partial Regex Row();

    /// <summary>Year → month (0 for the year's total) → working days, as printed.</summary>
    static Dictionary<int, Dictionary<int, int>> Table(string stdout)
    {
        var table = new Dictionary<int, Dictionary<int, int>>();
        foreach (var line in stdout.Split('\n'))
        {
            if (Row().Match(line.TrimEnd()) is not { Success: true } row)
                continue;
            var year = int.Parse(row.Groups[1].Value);
            var month = row.Groups[2].Value == "Cả năm" ? 0 : int.Parse(row.Groups[2].Value);
            (table.TryGetValue(year, out var months) ? months : table[year] = [])[month] = int.Parse(row.Groups[3].Value);
        }
        return table;
    }

    /// <summary>The working days of a month counted the plain way: each day, Monday–Friday unless a holiday, or a listed working Saturday.</summary>
    static int CountWorkingDays(int year, int month, HashSet<DateOnly> holidays, HashSet<DateOnly> workingDays)
    {
        var count = 0;
        for (var day = new DateOnly(year, month, 1); day.Month == month; day = day.AddDays(1))
        {
            var weekday = day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
            if (workingDays.Contains(day) || (weekday && !holidays.Contains(day)))
                count++;
        }
        return count;
    }

    static HashSet<DateOnly> Dates(JsonElement root, string name) =>
        root.GetProperty(name).EnumerateArray().Select(e => DateOnly.Parse(e.GetString()!)).ToHashSet();

    [Fact]
    public void Shipped_calendar_has_the_working_days_of_each_month_of_2026_R42()
    {
        using var file = JsonDocument.Parse(File.ReadAllText(Motcua.Calendar("vn-state-2025-2027.json")));
        var holidays = Dates(file.RootElement, "holidays");
        var workingDays = Dates(file.RootElement, "workingDays");

        var outcome = Motcua.Run("calendar", "check", Motcua.Calendar("vn-state-2025-2027.json"));

        Assert.Equal(0, outcome.Exit);
        Assert.Equal("", outcome.Stderr);
        var table = Table(outcome.Stdout);
        Assert.Equal([2025, 2026, 2027], table.Keys.Order());
        var expected = Enumerable.Range(1, 12).ToDictionary(m => m, m => CountWorkingDays(2026, m, holidays, workingDays));
        expected[0] = expected.Values.Sum();
        Assert.Equal(expected.OrderBy(p => p.Key), table[2026].OrderBy(p => p.Key));
    }

    [Fact]
    public void Totals_of_the_shipped_calendar_match_a_day_by_day_count_for_every_year_R42()
    {
        using var file = JsonDocument.Parse(File.ReadAllText(Motcua.Calendar("vn-state-2025-2027.json")));
        var holidays = Dates(file.RootElement, "holidays");
        var workingDays = Dates(file.RootElement, "workingDays");

        var table = Table(Motcua.Run("calendar", "check", Motcua.Calendar("vn-state-2025-2027.json")).Stdout);

        foreach (var year in new[] { 2025, 2026, 2027 })
            Assert.Equal(Enumerable.Range(1, 12).Sum(m => CountWorkingDays(year, m, holidays, workingDays)), table[year][0]);
    }

    [Fact]
    public void A_calendar_without_dates_is_shown_for_the_current_year_in_its_time_zone_R42()
    {
        // 31/12/2026 18:00 UTC is already 01/01/2027 in Hà Nội.
        var outcome = Motcua.Run(new FixedTime(new DateTimeOffset(2026, 12, 31, 18, 0, 0, TimeSpan.Zero)),
            "calendar", "check", Motcua.Calendar("weekends-only.json"));

        Assert.Equal(0, outcome.Exit);
        var table = Table(outcome.Stdout);
        Assert.Equal([2027], table.Keys);
        Assert.Equal(13, table[2027].Count);
        Assert.Equal(Enumerable.Range(1, 12).Sum(m => CountWorkingDays(2027, m, [], [])), table[2027][0]);
        Assert.Contains("08:00–12:00, 13:00–17:00 (8 giờ mỗi ngày làm việc)", outcome.Stdout);
    }
}
