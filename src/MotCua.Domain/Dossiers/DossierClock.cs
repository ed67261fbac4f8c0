using MotCua.Domain.Time;

namespace MotCua.Domain.Dossiers;

public enum ClockSegmentKind
{
    /// <summary>Counting from reception.</summary>
    Running,
    /// <summary>Stopped while the applicant completes the dossier (R15).</summary>
    Paused,
    /// <summary>Counting again from zero after the complete dossier arrived (R15).</summary>
    Restarted,
}

/// <summary>A stretch of the dossier's clock; <see cref="End"/> is null for the current one.</summary>
public sealed record ClockSegment(ClockSegmentKind Kind, DateTimeOffset Start, DateTimeOffset? End);

/// <summary>The one extension a dossier may get (R18, R46).</summary>
public sealed record Extension(DateTimeOffset PreviousDue, DateTimeOffset NewDue, DateTimeOffset GrantedAt, string Reason);

/// <summary>
/// The dossier's clock as a history (R45): it runs from reception, pauses while the applicant
/// completes the dossier, restarts from zero when the complete dossier arrives, and is extended at
/// most once. Due dates are derived from the segments and a calendar, never typed in, so a changed
/// calendar gives new due dates (R48); only the extension's new date is given by the agency.
/// </summary>
public sealed class DossierClock
{
    readonly List<ClockSegment> _segments = [];

    /// <summary>For loading from storage.</summary>
    DossierClock()
    {
    }

    public DossierClock(TimeLimit limit, DueCounting counting, DateTimeOffset receivedAt)
    {
        Limit = limit;
        Counting = counting;
        _segments.Add(new ClockSegment(ClockSegmentKind.Running, receivedAt, null));
    }

    public TimeLimit Limit { get; private init; }
    public DueCounting Counting { get; private init; }
    public IReadOnlyList<ClockSegment> Segments => _segments;
    public Extension? Extension { get; private set; }
    public int SupplementRequests { get; private set; }

    public DateTimeOffset ReceivedAt => _segments[0].Start;
    public bool IsPaused => _segments[^1].Kind == ClockSegmentKind.Paused;

    /// <summary>When the current count started: reception, or the last restart after a supplement.</summary>
    public DateTimeOffset CountingSince => _segments.Last(s => s.Kind != ClockSegmentKind.Paused).Start;

    /// <summary>The due date first given on the receipt.</summary>
    public DateTimeOffset OriginalDue(WorkingCalendar calendar) => Limit.DueFrom(ReceivedAt, calendar, Counting);

    /// <summary>The due date now in force; null while paused (there is no due date while the applicant holds the dossier).</summary>
    public DateTimeOffset? CurrentDue(WorkingCalendar calendar)
    {
        if (IsPaused)
            return null;
        if (Extension is { } extension && extension.GrantedAt >= CountingSince)
            return extension.NewDue;
        return Limit.DueFrom(CountingSince, calendar, Counting);
    }

    internal void Pause(DateTimeOffset at)
    {
        Close(at);
        _segments.Add(new ClockSegment(ClockSegmentKind.Paused, at, null));
        SupplementRequests++;
    }

    internal void Restart(DateTimeOffset at)
    {
        Close(at);
        _segments.Add(new ClockSegment(ClockSegmentKind.Restarted, at, null));
    }

    internal void Extend(Extension extension) => Extension = extension;

    internal void Stop(DateTimeOffset at) => Close(at);

    void Close(DateTimeOffset at) => _segments[^1] = _segments[^1] with { End = at };
}

/// <summary>How a calendar change moves a dossier's due dates (R48): the legal one and the step's (R47).</summary>
public sealed record DueChange(DateTimeOffset? OldDue, DateTimeOffset? NewDue, DateTimeOffset? OldStepDue, DateTimeOffset? NewStepDue)
{
    /// <summary>
    /// How far the legal due date moves, in working days of <paramref name="calendar"/> (the new one),
    /// or the step's when the legal one stays: +1 when a holiday pushes it a day later, −1 when a
    /// removed holiday brings it back. Fractions are working hours (timed due dates).
    /// </summary>
    public decimal ShiftInWorkingDays(WorkingCalendar calendar)
    {
        var (from, to) = OldDue != NewDue ? (OldDue, NewDue) : (OldStepDue, NewStepDue);
        if (from is not { } f || to is not { } t)
            return 0;
        return Math.Round((decimal)(calendar.WorkingTimeBetween(f, t) / calendar.WorkingDayLength), 2);
    }
}
