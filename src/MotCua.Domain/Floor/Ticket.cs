namespace MotCua.Domain.Floor;

/// <summary>Who may go first in the queue (R40): the elderly, people with disabilities, pregnant women, people with small children.</summary>
public enum PriorityReason
{
    None,
    Elderly,
    Disability,
    Pregnant,
    SmallChildren,
}

/// <summary>Where a ticket came from.</summary>
public enum TicketSource
{
    Kiosk,
    Phone,
    Appointment,
}

public enum TicketState
{
    /// <summary>In the queue of its service group (or of one counter, after a transfer).</summary>
    Waiting,
    /// <summary>Called to a counter; the officer serves the citizen.</summary>
    Called,
    /// <summary>Served; the ticket may name the dossier it received.</summary>
    Served,
    /// <summary>Called and not there; the counter moved on.</summary>
    Skipped,
}

/// <summary>
/// A queue ticket (số thứ tự, R40): numbered per Center and day, for one service group, in the priority lane or not.
/// It waits, is called to a counter (and called again if need be), is served, skipped, or transferred to another
/// group or counter, where it keeps its place in time.
/// </summary>
public sealed class Ticket
{
    public const int MaxGroupLength = 300;

    Ticket()
    {
    }

    public long Id { get; private set; }
    public string CenterId { get; private set; } = "";
    public DateOnly Day { get; private set; }
    public int Number { get; private set; }
    /// <summary>The service group, as the counters name it (<see cref="Staffing.Counter.ServiceGroup"/>).</summary>
    public string Group { get; private set; } = "";
    public PriorityReason Priority { get; private set; }
    public TicketSource Source { get; private set; }
    public DateTimeOffset IssuedAt { get; private set; }
    /// <summary>Its place in time in the queue: when it was issued, or its appointment's slot when checked in on time.</summary>
    public DateTimeOffset QueuedAt { get; private set; }
    public TicketState State { get; private set; }
    /// <summary>After a transfer to one counter, only that counter calls it.</summary>
    public int? ForCounter { get; private set; }
    public int? Counter { get; private set; }
    public string? OfficerId { get; private set; }
    public string? OfficerName { get; private set; }
    /// <summary>The first call at its current counter; waiting ends here.</summary>
    public DateTimeOffset? CalledAt { get; private set; }
    public DateTimeOffset? LastCalledAt { get; private set; }
    public int Calls { get; private set; }
    public DateTimeOffset? DoneAt { get; private set; }
    public string? DossierCode { get; private set; }
    public int Transfers { get; private set; }

    /// <summary>"0042": what the kiosk prints and the board shows.</summary>
    public string Display => Format(Number);

    public static string Format(int number) => number.ToString("0000", System.Globalization.CultureInfo.InvariantCulture);

    public bool InPriorityLane => Priority != PriorityReason.None;

    /// <param name="number">The next number of the Center's day, from its counter.</param>
    /// <param name="queuedAt">Its place in time; the issue time unless an appointment's slot says earlier.</param>
    public static Outcome<Ticket> Issue(string centerId, DateOnly day, int number, string group, PriorityReason priority, TicketSource source,
        DateTimeOffset at, DateTimeOffset? queuedAt = null)
    {
        if (GroupName(group) is not { } cleaned)
            return FloorRules.GroupRequired;
        return new Ticket
        {
            CenterId = centerId, Day = day, Number = number, Group = cleaned, Priority = Enum.IsDefined(priority) ? priority : PriorityReason.None,
            Source = source, IssuedAt = at, QueuedAt = queuedAt is { } q && q < at ? q : at, State = TicketState.Waiting,
        };
    }

    /// <summary>The counter calls this ticket; <see cref="QueueOrder"/> says which one is next.</summary>
    public Outcome Call(int counter, Actor by, DateTimeOffset at)
    {
        if (Guard("gọi số thứ tự", by) is { } broken)
            return broken;
        if (State != TicketState.Waiting)
            return FloorRules.NotWaiting;
        (State, Counter, OfficerId, OfficerName, CalledAt, LastCalledAt, Calls, ForCounter) = (TicketState.Called, counter, by.Id, by.Name, at, at, 1, null);
        return Outcome.Ok;
    }

    /// <summary>Calls again a citizen who has not come to the counter yet.</summary>
    public Outcome Recall(int counter, Actor by, DateTimeOffset at)
    {
        if (AtCounter("gọi lại số thứ tự", counter, by) is { } broken)
            return broken;
        (LastCalledAt, Calls) = (at, Calls + 1);
        return Outcome.Ok;
    }

    /// <summary>The citizen did not come: the counter moves on.</summary>
    public Outcome Skip(int counter, Actor by, DateTimeOffset at)
    {
        if (AtCounter("bỏ qua số thứ tự", counter, by) is { } broken)
            return broken;
        (State, DoneAt) = (TicketState.Skipped, at);
        return Outcome.Ok;
    }

    /// <summary>Served, naming the dossier received from this citizen when there is one.</summary>
    public Outcome Finish(int counter, Actor by, DateTimeOffset at, string? dossierCode = null)
    {
        if (AtCounter("hoàn thành số thứ tự", counter, by) is { } broken)
            return broken;
        (State, DoneAt) = (TicketState.Served, at);
        if (!string.IsNullOrWhiteSpace(dossierCode))
            DossierCode = dossierCode.Trim();
        return Outcome.Ok;
    }

    /// <summary>
    /// Sends the citizen to another service group, or to one counter, keeping the ticket's place in time:
    /// the citizen is not sent to the back of another queue for the Center's own routing.
    /// </summary>
    public Outcome Transfer(int counter, string group, int? toCounter, Actor by, DateTimeOffset at)
    {
        if (AtCounter("chuyển số thứ tự", counter, by) is { } broken)
            return broken;
        if (GroupName(group) is not { } target)
            return FloorRules.GroupRequired;
        if (target == Group && (toCounter is null || toCounter == counter))
            return FloorRules.TransferToSameGroup;
        (State, Group, ForCounter, Counter, OfficerId, OfficerName, CalledAt, LastCalledAt, Calls, Transfers) =
            (TicketState.Waiting, target, toCounter, null, null, null, null, null, 0, Transfers + 1);
        return Outcome.Ok;
    }

    /// <summary>Minutes from joining the queue to the first call, and from the call to the end: the statistics' two figures.</summary>
    public TimeSpan? Waited => CalledAt - QueuedAt;

    public TimeSpan? ServedFor => State == TicketState.Served ? DoneAt - CalledAt : null;

    /// <summary>A group is picked from the counters' groups, never typed: blank or overlong is no group.</summary>
    static string? GroupName(string? group) => group?.Trim() is { Length: > 0 and <= MaxGroupLength } trimmed ? trimmed : null;

    BrokenRule? AtCounter(string action, int counter, Actor by)
    {
        if (Guard(action, by) is { } broken)
            return broken;
        if (State != TicketState.Called)
            return FloorRules.NotCalled;
        return Counter == counter ? null : FloorRules.CalledElsewhere(Counter!.Value);
    }

    /// <summary>The Center's officers call and serve tickets at its counters.</summary>
    BrokenRule? Guard(string action, Actor by)
    {
        if (by.Role is not (Role.Reception or Role.CenterStaff or Role.CenterDirector or Role.Processor or Role.AgencyLeader))
            return FloorRules.RoleNotAllowed(action, by.Role);
        return by.Role is Role.Reception or Role.CenterStaff or Role.CenterDirector && by.UnitId != CenterId ? FloorRules.NotYourCenter(action) : null;
    }
}
