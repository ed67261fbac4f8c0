namespace MotCua.Domain.Time;

/// <summary>
/// A working calendar precomputed into an index (R42–R44). Every instant maps to a position on a
/// "working timeline" (working days before it × the length of a working day + the working time
/// already elapsed that day); adding working time is adding to the position, and each mapping is
/// a few array reads, never a walk over days.
/// </summary>
public sealed class WorkingCalendar
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    static readonly DateOnly FirstDay = new(FirstYear, 1, 1);
    static readonly int DayCount = new DateOnly(LastYear, 12, 31).DayNumber - FirstDay.DayNumber + 1;

    readonly long[] _sessionStart;     // ticks since midnight
    readonly long[] _sessionEnd;
    readonly long[] _workedBefore;      // working ticks of the day before session i starts
    readonly int[] _workingDaysBefore;  // per day offset, length DayCount + 1: working days strictly before it
    readonly int[] _workingDays;        // day offsets of the working days, in order

    public WorkingCalendar(CalendarDefinition definition)
    {
        var problems = definition.Problems();
        if (problems.Count > 0)
            throw new InvalidCalendarException(problems);

        Definition = definition;
        TimeZone = TimeZones.Find(definition.TimeZoneId)!;
        Sessions = definition.Sessions;

        _sessionStart = Sessions.Select(s => s.Start.Ticks).ToArray();
        _sessionEnd = Sessions.Select(s => s.End.Ticks).ToArray();
        _workedBefore = new long[Sessions.Count];
        long worked = 0;
        for (var i = 0; i < Sessions.Count; i++)
        {
            _workedBefore[i] = worked;
            worked += _sessionEnd[i] - _sessionStart[i];
        }
        TicksPerDay = worked;

        var holidays = definition.Holidays.ToHashSet();
        var swapped = definition.WorkingDays.ToHashSet();
        var weekend = definition.Weekend.ToHashSet();
        _workingDaysBefore = new int[DayCount + 1];
        var days = new List<int>(DayCount * 5 / 7 + 1);
        for (var offset = 0; offset < DayCount; offset++)
        {
            var date = FirstDay.AddDays(offset);
            var working = swapped.Contains(date) || (!weekend.Contains(date.DayOfWeek) && !holidays.Contains(date));
            if (working)
                days.Add(offset);
            _workingDaysBefore[offset + 1] = days.Count;
        }
        _workingDays = days.ToArray();
    }

    public CalendarDefinition Definition { get; }
    public TimeZoneInfo TimeZone { get; }
    public IReadOnlyList<WorkSession> Sessions { get; }

    /// <summary>Working time in one working day (7 h 30 min with the default sessions).</summary>
    public TimeSpan WorkingDayLength => TimeSpan.FromTicks(TicksPerDay);

    long TicksPerDay { get; }

    public bool IsWorkingDay(DateOnly date)
    {
        var offset = Offset(date);
        return _workingDaysBefore[offset + 1] > _workingDaysBefore[offset];
    }

    public bool IsWorkingTime(DateTimeOffset instant)
    {
        var local = ToLocal(instant).DateTime;
        if (!IsWorkingDay(DateOnly.FromDateTime(local)))
            return false;
        var t = local.TimeOfDay.Ticks;
        for (var i = 0; i < _sessionStart.Length; i++)
            if (t >= _sessionStart[i] && t < _sessionEnd[i])
                return true;
        return false;
    }

    /// <summary>The instant itself when it is working time, else the start of the next working session.</summary>
    public DateTimeOffset NextWorkingInstant(DateTimeOffset instant) =>
        IsWorkingTime(instant) ? instant : FromPosition(Position(instant), preferEnd: false);

    /// <summary>
    /// When a dossier counts as received (R43): the instant inside a working session, else the start
    /// of the next one; after the procedure's daily cut-off, the start of the next working day.
    /// </summary>
    public DateTimeOffset ReceptionInstant(DateTimeOffset instant, TimeOnly? dailyCutOff = null)
    {
        var start = NextWorkingInstant(instant);
        if (dailyCutOff is { } cutOff && TimeOnly.FromDateTime(ToLocal(start).DateTime) > cutOff)
            return StartOfWorkingDay(NextWorkingDayAfter(LocalDate(start)));
        return start;
    }

    /// <summary>Adds working time counted inside sessions; a result on a day's last boundary stays on that day (17:00, not 07:30 next day).</summary>
    public DateTimeOffset AddWorkingTime(DateTimeOffset instant, TimeSpan workingTime)
    {
        if (workingTime < TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(workingTime), "Thời gian cộng thêm không được âm.");
        return FromPosition(Position(instant) + workingTime.Ticks, preferEnd: true);
    }

    /// <summary>
    /// The latest instant that still leaves <paramref name="workingTime"/> of working time before
    /// <paramref name="instant"/> (R23: hand over 2 working hours before an appointment). On a
    /// session boundary that is the start of the next session (Monday 07:30, not Friday 17:00).
    /// </summary>
    public DateTimeOffset SubtractWorkingTime(DateTimeOffset instant, TimeSpan workingTime)
    {
        if (workingTime < TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(workingTime), "Thời gian trừ đi không được âm.");
        var position = Position(instant) - workingTime.Ticks;
        if (position < 0)
            throw new OutsideCalendarException($"Kết quả nằm trước năm {FirstYear} mà lịch hỗ trợ.");
        return FromPosition(position, preferEnd: false);
    }

    /// <summary>Working time from <paramref name="from"/> to <paramref name="to"/>; negative when <paramref name="to"/> is earlier.</summary>
    public TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to) =>
        TimeSpan.FromTicks(Position(to) - Position(from));

    /// <summary>
    /// The end of the N-th working day after <paramref name="date"/> (R44, Civil Code Art. 147–148):
    /// the count starts the working day after the reception day.
    /// </summary>
    public DateTimeOffset EndOfWorkingDaysAfter(DateOnly date, int workingDays)
    {
        if (workingDays < 0)
            throw new ArgumentOutOfRangeException(nameof(workingDays), "Số ngày làm việc không được âm.");
        if (workingDays == 0)
            return EndOfWorkingDay(IsWorkingDay(date) ? date : NextWorkingDayAfter(date));
        var index = _workingDaysBefore[Offset(date) + 1] + workingDays - 1;
        return EndOfWorkingDay(WorkingDayAt(index));
    }

    /// <summary>
    /// A limit in calendar days (R44): counting starts the next day; when the last day is not a
    /// working day the period ends at the end of the next working day.
    /// </summary>
    public DateTimeOffset EndOfCalendarDaysAfter(DateOnly date, int calendarDays)
    {
        if (calendarDays < 0)
            throw new ArgumentOutOfRangeException(nameof(calendarDays), "Số ngày không được âm.");
        var last = date.AddDays(calendarDays);
        return EndOfWorkingDay(IsWorkingDay(last) ? last : NextWorkingDayAfter(last));
    }

    /// <summary>The first working day strictly after <paramref name="date"/>.</summary>
    public DateOnly NextWorkingDayAfter(DateOnly date) => WorkingDayAt(_workingDaysBefore[Offset(date) + 1]);

    /// <summary>The last working day strictly before <paramref name="date"/>.</summary>
    public DateOnly PreviousWorkingDayBefore(DateOnly date) => WorkingDayAt(_workingDaysBefore[Offset(date)] - 1);

    public int WorkingDaysBetween(DateOnly firstInclusive, DateOnly lastInclusive) =>
        _workingDaysBefore[Offset(lastInclusive) + 1] - _workingDaysBefore[Offset(firstInclusive)];

    public DateTimeOffset StartOfWorkingDay(DateOnly date) => AtLocal(date, Sessions[0].Start);

    public DateTimeOffset EndOfWorkingDay(DateOnly date) => AtLocal(date, Sessions[^1].End);

    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant).DateTime);

    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TimeZone);

    public DateTimeOffset AtLocal(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, TimeZone.GetUtcOffset(local));
    }

    long Position(DateTimeOffset instant)
    {
        var local = ToLocal(instant).DateTime;
        var offset = Offset(DateOnly.FromDateTime(local));
        long position = _workingDaysBefore[offset] * TicksPerDay;
        if (_workingDaysBefore[offset + 1] == _workingDaysBefore[offset])
            return position; // a rest day sits between the previous working day's end and the next one's start
        return position + WorkedInDayUntil(local.TimeOfDay.Ticks);
    }

    long WorkedInDayUntil(long timeOfDay)
    {
        for (var i = 0; i < _sessionStart.Length; i++)
        {
            if (timeOfDay <= _sessionStart[i])
                return _workedBefore[i];
            if (timeOfDay < _sessionEnd[i])
                return _workedBefore[i] + timeOfDay - _sessionStart[i];
        }
        return TicksPerDay;
    }

    DateTimeOffset FromPosition(long position, bool preferEnd)
    {
        var index = (int)(position / TicksPerDay);
        var within = position % TicksPerDay;
        if (within == 0 && preferEnd && index > 0)
        {
            index--;
            within = TicksPerDay;
        }
        var day = WorkingDayAt(index);
        for (var i = 0; i < _sessionStart.Length; i++)
        {
            var length = _sessionEnd[i] - _sessionStart[i];
            var inThisSession = preferEnd ? within <= _workedBefore[i] + length : within < _workedBefore[i] + length;
            if (inThisSession)
                return AtLocal(day, new TimeOnly(_sessionStart[i] + within - _workedBefore[i]));
        }
        return AtLocal(day, Sessions[^1].End);
    }

    DateOnly WorkingDayAt(int index)
    {
        if (index < 0 || index >= _workingDays.Length)
            throw new OutsideCalendarException($"Ngày nằm ngoài khoảng {FirstYear}–{LastYear} mà lịch hỗ trợ.");
        return FirstDay.AddDays(_workingDays[index]);
    }

    static int Offset(DateOnly date)
    {
        var offset = date.DayNumber - FirstDay.DayNumber;
        if (offset < 0 || offset >= DayCount)
            throw new OutsideCalendarException($"Ngày {date:dd/MM/yyyy} nằm ngoài khoảng {FirstYear}–{LastYear} mà lịch hỗ trợ.");
        return offset;
    }
}

public sealed class InvalidCalendarException(IReadOnlyList<string> problems)
    : Exception("Lịch làm việc không hợp lệ: " + string.Join(" ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}

/// <summary>A date the calendar's index does not cover (before 2000 or after 2100).</summary>
public sealed class OutsideCalendarException(string message) : ArgumentOutOfRangeException(paramName: null, message);
