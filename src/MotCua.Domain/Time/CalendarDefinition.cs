namespace MotCua.Domain.Time;

/// <summary>One working session of a day, e.g. 07:30–11:30.</summary>
public sealed record WorkSession(TimeOnly Start, TimeOnly End)
{
    public TimeSpan Length => End - Start;
}

/// <summary>
/// A unit's working calendar as data (R42): time zone, weekly rest days, sessions with the lunch
/// break, public holidays and swapped working days (a rest day worked in exchange for a bridge day).
/// </summary>
public sealed record CalendarDefinition(
    string TimeZoneId,
    IReadOnlyList<DayOfWeek> Weekend,
    IReadOnlyList<WorkSession> Sessions,
    IReadOnlyList<DateOnly> Holidays,
    IReadOnlyList<DateOnly> WorkingDays)
{
    public const string VietnamTimeZone = "Asia/Ho_Chi_Minh";

    /// <summary>The state bodies' default (QĐ 188/1999; R42): Mon–Fri, 07:30–11:30 and 13:30–17:00.</summary>
    public static CalendarDefinition StateBodies(IReadOnlyList<DateOnly>? holidays = null, IReadOnlyList<DateOnly>? workingDays = null) => new(
        VietnamTimeZone,
        [DayOfWeek.Saturday, DayOfWeek.Sunday],
        [new WorkSession(new TimeOnly(7, 30), new TimeOnly(11, 30)), new WorkSession(new TimeOnly(13, 30), new TimeOnly(17, 0))],
        holidays ?? [],
        workingDays ?? []);

    /// <summary>Every reason this definition cannot make a calendar, in Vietnamese; empty when valid.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (TimeZones.Find(TimeZoneId) is null)
            problems.Add($"Múi giờ \"{TimeZoneId}\" không tồn tại.");
        if (Weekend.Distinct().Count() >= 7)
            problems.Add("Tuần không có ngày làm việc nào.");
        if (Sessions.Count == 0)
            problems.Add("Cần ít nhất một ca làm việc.");
        for (var i = 0; i < Sessions.Count; i++)
        {
            var s = Sessions[i];
            if (s.End <= s.Start)
                problems.Add($"Ca làm việc {s.Start:HH\\:mm}–{s.End:HH\\:mm}: giờ kết thúc phải sau giờ bắt đầu.");
            if (i > 0 && s.Start < Sessions[i - 1].End)
                problems.Add($"Ca làm việc {s.Start:HH\\:mm}–{s.End:HH\\:mm} chồng lấn hoặc không theo thứ tự với ca trước.");
        }
        foreach (var day in Holidays.GroupBy(d => d).Where(g => g.Count() > 1))
            problems.Add($"Ngày nghỉ {day.Key:dd/MM/yyyy} bị lặp.");
        foreach (var day in WorkingDays.GroupBy(d => d).Where(g => g.Count() > 1))
            problems.Add($"Ngày làm bù {day.Key:dd/MM/yyyy} bị lặp.");
        foreach (var day in WorkingDays.Intersect(Holidays))
            problems.Add($"Ngày {day:dd/MM/yyyy} vừa là ngày nghỉ vừa là ngày làm bù.");
        foreach (var day in WorkingDays.Where(d => !Weekend.Contains(d.DayOfWeek)))
            problems.Add($"Ngày làm bù {day:dd/MM/yyyy} ({VietnameseFormat.DayName(day.DayOfWeek)}) không phải ngày nghỉ hằng tuần.");
        foreach (var day in Holidays.Concat(WorkingDays).Where(d => d.Year < WorkingCalendar.FirstYear || d.Year > WorkingCalendar.LastYear))
            problems.Add($"Ngày {day:dd/MM/yyyy} nằm ngoài khoảng {WorkingCalendar.FirstYear}–{WorkingCalendar.LastYear} mà lịch hỗ trợ.");
        return problems;
    }
}

internal static class TimeZones
{
    public static TimeZoneInfo? Find(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var tz) ? tz : null;
}
