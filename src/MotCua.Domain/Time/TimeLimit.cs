using System.Globalization;

namespace MotCua.Domain.Time;

/// <summary>How a procedure's time limit is expressed (R44).</summary>
public enum TimeLimitUnit
{
    /// <summary>Ngày làm việc.</summary>
    WorkingDays,
    /// <summary>Giờ làm việc ("04 giờ", half days).</summary>
    WorkingHours,
    /// <summary>Ngày (calendar days).</summary>
    CalendarDays,
    /// <summary>Giải quyết ngay / trong ngày: due at the end of the reception day.</summary>
    SameDay,
}

/// <summary>How a profile counts working days (R44): from the next working day, or elapsed working time.</summary>
public enum DueCounting
{
    NextWorkingDay,
    Elapsed,
}

/// <summary>A time limit such as 3 working days, 4 working hours or 15 calendar days.</summary>
public readonly record struct TimeLimit(decimal Value, TimeLimitUnit Unit)
{
    public static TimeLimit WorkingDays(decimal n) => new(n, TimeLimitUnit.WorkingDays);
    public static TimeLimit WorkingHours(decimal n) => new(n, TimeLimitUnit.WorkingHours);
    public static TimeLimit CalendarDays(int n) => new(n, TimeLimitUnit.CalendarDays);
    public static TimeLimit SameDay => new(0, TimeLimitUnit.SameDay);

    /// <summary>Ten thousand days or hours: far beyond any procedure, and small enough to stay inside the calendar's range.</summary>
    public const int MaxValue = 10_000;

    bool IsWhole => Value == decimal.Truncate(Value);

    /// <summary>Problems with this limit, in Vietnamese; empty when valid.</summary>
    public string? Problem() => this switch
    {
        { Value: < 0 } => "Thời hạn không được âm.",
        { Value: > MaxValue } => $"Thời hạn không được vượt quá {MaxValue}.",
        { Unit: TimeLimitUnit.CalendarDays, IsWhole: false } => "Thời hạn tính theo ngày phải là số nguyên.",
        { Unit: TimeLimitUnit.SameDay, Value: not 0 } => "Thời hạn \"trong ngày\" không có số lượng.",
        _ => null,
    };

    /// <summary>
    /// The due instant for a dossier received at <paramref name="received"/> (already a reception
    /// instant, see <see cref="WorkingCalendar.ReceptionInstant"/>). Whole working days follow the
    /// profile's counting rule; a fractional number of days is working hours (R44: half days are
    /// working hours), counted from the reception instant. Calendar days count from the day of
    /// <paramref name="received"/> itself, so the same rule serves an event such as a notice (R16).
    /// </summary>
    public DateTimeOffset DueFrom(DateTimeOffset received, WorkingCalendar calendar, DueCounting counting = DueCounting.NextWorkingDay)
    {
        if (Problem() is { } problem)
            throw new ArgumentException(problem);
        var start = calendar.NextWorkingInstant(received);
        return Unit switch
        {
            TimeLimitUnit.WorkingDays when IsWhole && counting == DueCounting.NextWorkingDay =>
                calendar.EndOfWorkingDaysAfter(calendar.LocalDate(start), (int)Value),
            TimeLimitUnit.WorkingDays =>
                calendar.AddWorkingTime(start, calendar.WorkingDayLength * (double)Value),
            TimeLimitUnit.WorkingHours =>
                calendar.AddWorkingTime(start, TimeSpan.FromHours((double)Value)),
            // Calendar days start the day after the event, whatever its hour (R44): not after the next working instant.
            TimeLimitUnit.CalendarDays =>
                calendar.EndOfCalendarDaysAfter(calendar.LocalDate(received), (int)Value),
            TimeLimitUnit.SameDay =>
                calendar.EndOfWorkingDay(calendar.LocalDate(start)),
            _ => throw new ArgumentOutOfRangeException(nameof(Unit)),
        };
    }

    /// <summary>
    /// Whether the due date this limit gives is an hour counted in working time, not the end of a
    /// day: working hours, half days, "trong ngày", and whole days when the profile counts elapsed
    /// working time (R44). Its appointment names an hour even when that is the end of a day (R23).
    /// </summary>
    public bool GivesTimedDue(DueCounting counting) => Unit switch
    {
        TimeLimitUnit.WorkingHours or TimeLimitUnit.SameDay => true,
        TimeLimitUnit.WorkingDays => !IsWhole || counting == DueCounting.Elapsed,
        _ => false,
    };

    /// <summary>Reads "3d", "0.5d", "4h", "15cd" (the command line's notation).</summary>
    public static bool TryParse(string text, out TimeLimit limit)
    {
        limit = default;
        var (number, unit) = text.EndsWith("cd", StringComparison.OrdinalIgnoreCase) ? (text[..^2], TimeLimitUnit.CalendarDays)
            : text.EndsWith('d') || text.EndsWith('D') ? (text[..^1], TimeLimitUnit.WorkingDays)
            : text.EndsWith('h') || text.EndsWith('H') ? (text[..^1], TimeLimitUnit.WorkingHours)
            : (text, (TimeLimitUnit)(-1));
        // Vietnamese writes the decimal comma: "1,5d" is one and a half days.
        if ((int)unit < 0 || !decimal.TryParse(number.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            return false;
        limit = new TimeLimit(value, unit);
        return limit.Problem() is null;
    }

    public override string ToString() => Unit switch
    {
        TimeLimitUnit.WorkingDays => $"{Value.ToString("0.##", VietnameseFormat.Culture)} ngày làm việc",
        TimeLimitUnit.WorkingHours => $"{Value.ToString("0.##", VietnameseFormat.Culture)} giờ làm việc",
        TimeLimitUnit.CalendarDays => $"{Value:0} ngày",
        _ => "Trong ngày",
    };
}
