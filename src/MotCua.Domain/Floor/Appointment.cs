using System.Text.RegularExpressions;
using MotCua.Domain.Time;

namespace MotCua.Domain.Floor;

/// <summary>
/// The appointment slots of the Center's working sessions: each <see cref="Length"/> long, taking at most
/// <see cref="Capacity"/> bookings per service group (R40).
/// </summary>
public sealed record AppointmentPlan(TimeSpan Length, int Capacity)
{
    public const int MaxDaysAhead = 30;

    /// <summary>A citizen who checks in later than this after the slot's start joins the queue at check-in, not at the slot.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(15);

    public static readonly AppointmentPlan Default = new(TimeSpan.FromMinutes(30), 4);

    /// <summary>The slots' starts on a working day: from each session's start, while a whole slot fits.</summary>
    public IReadOnlyList<TimeOnly> Slots(WorkingCalendar calendar, DateOnly day)
    {
        if (!calendar.IsWorkingDay(day))
            return [];
        var slots = new List<TimeOnly>();
        foreach (var session in calendar.Sessions)
            for (var start = session.Start; start.Add(Length) <= session.End && start.Add(Length) > start; start = start.Add(Length))
                slots.Add(start);
        return slots;
    }
}

public enum AppointmentState
{
    Booked,
    CheckedIn,
    Cancelled,
}

/// <summary>
/// A slot booked on the portal for one service group (R40). At check-in the citizen gets a ticket that takes the
/// slot's place in the queue when on time (within <see cref="AppointmentPlan.Grace"/>), its check-in time otherwise.
/// </summary>
public sealed partial class Appointment
{
    public const int MaxNameLength = 200;

    Appointment()
    {
    }

    public long Id { get; private set; }
    public string CenterId { get; private set; } = "";
    public string Group { get; private set; } = "";
    public DateOnly Day { get; private set; }
    public TimeOnly Start { get; private set; }
    /// <summary>What the citizen types or shows at the kiosk to check in.</summary>
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string Phone { get; private set; } = "";
    public DateTimeOffset BookedAt { get; private set; }
    public AppointmentState State { get; private set; }
    public int? TicketNumber { get; private set; }

    /// <param name="booked">How many of the group's appointments the slot already holds.</param>
    public static Outcome<Appointment> Book(string centerId, string group, DateOnly day, TimeOnly start, string name, string phone, string code,
        int booked, AppointmentPlan plan, WorkingCalendar calendar, DateTimeOffset now)
    {
        if (group?.Trim() is not { Length: > 0 and <= Ticket.MaxGroupLength } trimmedGroup)
            return FloorRules.GroupRequired;
        if (name?.Trim() is not { Length: > 0 and <= MaxNameLength } trimmedName || trimmedName.Any(char.IsControl))
            return FloorRules.NameRequired;
        var digits = new string((phone ?? "").Where(c => !char.IsWhiteSpace(c) && c != '.').ToArray());
        if (!PhonePattern().IsMatch(digits))
            return FloorRules.PhoneInvalid;
        if (!calendar.IsWorkingDay(day))
            return FloorRules.NotADayOfService;
        if (!plan.Slots(calendar, day).Contains(start))
            return FloorRules.NotASlot;
        if (calendar.AtLocal(day, start) <= now)
            return FloorRules.SlotInThePast;
        if (day > calendar.LocalDate(now).AddDays(AppointmentPlan.MaxDaysAhead))
            return FloorRules.SlotTooFar;
        if (booked >= plan.Capacity)
            return FloorRules.SlotFull;
        return new Appointment
        {
            CenterId = centerId, Group = trimmedGroup, Day = day, Start = start, Name = trimmedName, Phone = digits, Code = code,
            BookedAt = now, State = AppointmentState.Booked,
        };
    }

    /// <summary>Checks in on the appointment's day: the ticket to issue, with its place in time.</summary>
    public Outcome<Ticket> CheckIn(int ticketNumber, WorkingCalendar calendar, DateTimeOffset now)
    {
        if (State != AppointmentState.Booked)
            return FloorRules.NotBooked;
        if (calendar.LocalDate(now) != Day)
            return FloorRules.NotTheAppointmentDay;
        var slot = calendar.AtLocal(Day, Start);
        var issued = Ticket.Issue(CenterId, Day, ticketNumber, Group, PriorityReason.None, TicketSource.Appointment, now,
            now <= slot + AppointmentPlan.Grace ? slot : now);
        if (issued.Succeeded)
            (State, TicketNumber) = (AppointmentState.CheckedIn, ticketNumber);
        return issued;
    }

    public Outcome Cancel()
    {
        if (State != AppointmentState.Booked)
            return FloorRules.NotBooked;
        State = AppointmentState.Cancelled;
        return Outcome.Ok;
    }

    [GeneratedRegex("^0[0-9]{9}$")]
    private static partial Regex PhonePattern();
}
