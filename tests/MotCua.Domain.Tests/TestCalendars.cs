using MotCua.Domain.Time;

namespace MotCua.Domain.Tests;

/// <summary>Calendars the tests share. Instants are written in Vietnam local time.</summary>
internal static class TestCalendars
{
    /// <summary>The acceptance calendar: default sessions, Tết 16–20 Feb 2026 off.</summary>
    public static readonly WorkingCalendar Acceptance = new(CalendarDefinition.StateBodies(
        holidays: Days("2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20")));

    /// <summary>2026 as announced (and 1 Jan 2027): 1–2 Jan, Tết, 27 Apr, 30 Apr–1 May, 31 Aug–2 Sep off; Sat 10 Jan and Sat 22 Aug worked.</summary>
    public static readonly WorkingCalendar Vietnam2026 = new(CalendarDefinition.StateBodies(
        holidays: Days("2026-01-01", "2026-01-02", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20",
            "2026-04-27", "2026-04-30", "2026-05-01", "2026-08-31", "2026-09-01", "2026-09-02", "2027-01-01"),
        workingDays: Days("2026-01-10", "2026-08-22")));

    public static DateTimeOffset Local(string text) =>
        new(DateTime.Parse(text, System.Globalization.CultureInfo.InvariantCulture), TimeSpan.FromHours(7));

    public static string Show(DateTimeOffset instant) =>
        instant.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public static DateOnly[] Days(params string[] days) => days.Select(DateOnly.Parse).ToArray();
}
