using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Catalog;
using MotCua.Domain.Floor;
using MotCua.Platform;

namespace MotCua.Features.Floor;

/// <summary>
/// The queue of the Center's floor (R40): tickets issued at the kiosk or on a phone, called by the counters in
/// <see cref="QueueOrder"/>, each call pushed to the hall's boards.
/// </summary>
public sealed class FloorDesk(MotCuaDbContext db, LocalitySource localities, TimeProvider time, CallBoard board)
{
    /// <summary>One Center per installation: the one whose floor this is.</summary>
    public Task<string?> CenterIdAsync(CancellationToken cancellationToken) =>
        db.Units.Where(u => u.Kind == UnitKind.Center).OrderBy(u => u.Id).Select(u => u.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The service groups the counters serve, in the order of their lowest counter.</summary>
    public async Task<IReadOnlyList<string>> GroupsAsync(string centerId, CancellationToken cancellationToken) =>
        (await db.Counters.AsNoTracking().Where(c => c.CenterId == centerId).OrderBy(c => c.Number).Select(c => c.ServiceGroup).ToListAsync(cancellationToken))
            .Distinct().ToList();

    public async Task<DateOnly> TodayAsync(CancellationToken cancellationToken) =>
        (await localities.GetAsync(db, cancellationToken)).Calendar.LocalDate(time.GetUtcNow());

    /// <summary>Issues the next number of the day for a group the counters serve.</summary>
    public async Task<Outcome<Ticket>> IssueAsync(string centerId, string group, PriorityReason priority, TicketSource source,
        CancellationToken cancellationToken)
    {
        if (!(await GroupsAsync(centerId, cancellationToken)).Contains(group?.Trim() ?? ""))
            return FloorRules.GroupRequired;
        var now = time.GetUtcNow();
        var today = await TodayAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var number = (int)await db.NextAsync(QueueKey(centerId), today, cancellationToken);
        var issued = Ticket.Issue(centerId, today, number, group!, priority, source, now);
        if (issued.Value is not { } ticket)
            return issued;
        db.Tickets.Add(ticket);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ticket;
    }

    /// <summary>The day's numbers share the dossier counters' table, under a key of their own.</summary>
    public static string QueueKey(string centerId) => $"so:{centerId}";

    public Task<Ticket?> FindAsync(string centerId, DateOnly day, int number, CancellationToken cancellationToken) =>
        db.Tickets.SingleOrDefaultAsync(t => t.CenterId == centerId && t.Day == day && t.Number == number, cancellationToken);

    /// <summary>The day's tickets still in the queue or at a counter: a day's worth, read from its index.</summary>
    public Task<List<Ticket>> OpenTicketsAsync(string centerId, DateOnly day, CancellationToken cancellationToken) =>
        db.Tickets.Where(t => t.CenterId == centerId && t.Day == day && (t.State == TicketState.Waiting || t.State == TicketState.Called))
            .ToListAsync(cancellationToken);

    /// <summary>How many are ahead of a waiting ticket and about how long it will wait.</summary>
    public async Task<(int Ahead, TimeSpan Wait)> PositionAsync(Ticket ticket, CancellationToken cancellationToken)
    {
        var open = await OpenTicketsAsync(ticket.CenterId, ticket.Day, cancellationToken);
        var ahead = QueueOrder.Ahead(ticket, open);
        var counters = await db.Counters.CountAsync(c => c.CenterId == ticket.CenterId && c.ServiceGroup == ticket.Group, cancellationToken);
        var recent = await db.Tickets.Where(t => t.CenterId == ticket.CenterId && t.Day == ticket.Day && t.Group == ticket.Group && t.State == TicketState.Served)
            .OrderByDescending(t => t.DoneAt).Take(WaitEstimate.Recent).Select(t => new { t.CalledAt, t.DoneAt }).ToListAsync(cancellationToken);
        return (ahead, WaitEstimate.For(ahead, counters, recent.Select(r => r.DoneAt!.Value - r.CalledAt!.Value)));
    }

    /// <summary>
    /// Calls the next ticket for a counter and tells the boards. Two counters pressing at once may pick the same ticket:
    /// the second save fails on the ticket's row version and that counter takes the next one.
    /// </summary>
    public async Task<Outcome<Ticket>> CallNextAsync(int counterNumber, Actor by, CancellationToken cancellationToken)
    {
        var centerId = await CenterIdAsync(cancellationToken) ?? "";
        if (await db.Counters.AsNoTracking().SingleOrDefaultAsync(c => c.CenterId == centerId && c.Number == counterNumber, cancellationToken) is not { } counter)
            return FloorRules.NoSuchCounter;
        var today = await TodayAsync(cancellationToken);
        for (var attempt = 0; ; attempt++)
        {
            var open = await OpenTicketsAsync(counter.CenterId, today, cancellationToken);
            if (QueueOrder.Next(open, [counter.ServiceGroup], counter.Number) is not { } next)
                return FloorRules.QueueEmpty;
            var called = next.Call(counter.Number, by, time.GetUtcNow());
            if (!called.Succeeded)
                return called.Broken!;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                Announce(next);
                return next;
            }
            catch (DbUpdateConcurrencyException) when (attempt < 3)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>Acts on the ticket the counter is serving, and tells the boards when it is called again.</summary>
    public async Task<Outcome> ActAsync(int counterNumber, int number, Func<Ticket, DateTimeOffset, Outcome> act, bool announce,
        CancellationToken cancellationToken)
    {
        var centerId = await CenterIdAsync(cancellationToken) ?? "";
        var ticket = await FindAsync(centerId, await TodayAsync(cancellationToken), number, cancellationToken);
        if (ticket is null)
            return FloorRules.NotCalled;
        var outcome = act(ticket, time.GetUtcNow());
        if (!outcome.Succeeded)
            return outcome;
        await db.SaveChangesAsync(cancellationToken);
        if (announce)
            Announce(ticket);
        return outcome;
    }

    /// <summary>The ticket a counter is serving now, if any.</summary>
    public async Task<Ticket?> AtCounterAsync(string centerId, int counterNumber, CancellationToken cancellationToken)
    {
        var today = await TodayAsync(cancellationToken);
        return await db.Tickets.AsNoTracking().Where(t => t.CenterId == centerId && t.Day == today && t.State == TicketState.Called && t.Counter == counterNumber)
            .OrderByDescending(t => t.CalledAt).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The slots of a day for a group, each with the bookings it still takes.</summary>
    public async Task<IReadOnlyList<(TimeOnly Start, int Free)>> SlotsAsync(string centerId, string group, DateOnly day, CancellationToken cancellationToken)
    {
        var calendar = (await localities.GetAsync(db, cancellationToken)).Calendar;
        var now = time.GetUtcNow();
        var booked = await db.Appointments.Where(a => a.CenterId == centerId && a.Day == day && a.Group == group && a.State != AppointmentState.Cancelled)
            .GroupBy(a => a.Start).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return AppointmentPlan.Default.Slots(calendar, day).Where(s => calendar.AtLocal(day, s) > now)
            .Select(s => (s, Math.Max(0, AppointmentPlan.Default.Capacity - booked.GetValueOrDefault(s)))).ToList();
    }

    /// <summary>
    /// Books a slot; the code the citizen checks in with is six random digits, unique on the day. Bookings of one slot
    /// take turns on a counter row (held to the commit), so two citizens never both take its last place.
    /// </summary>
    public async Task<Outcome<Appointment>> BookAsync(string centerId, string group, DateOnly day, TimeOnly start, string name, string phone,
        CancellationToken cancellationToken)
    {
        var groups = await GroupsAsync(centerId, cancellationToken);
        var trimmed = group?.Trim() ?? "";
        if (!groups.Contains(trimmed))
            return FloorRules.GroupRequired;
        var calendar = (await localities.GetAsync(db, cancellationToken)).Calendar;
        for (var attempt = 0; ; attempt++)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.NextAsync($"hen:{centerId}:{groups.ToList().IndexOf(trimmed)}:{start:HHmm}", day, cancellationToken);
            var booked = await db.Appointments.CountAsync(a => a.CenterId == centerId && a.Day == day && a.Start == start && a.Group == trimmed
                && a.State != AppointmentState.Cancelled, cancellationToken);
            var code = System.Security.Cryptography.RandomNumberGenerator.GetInt32(100_000, 1_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var made = Appointment.Book(centerId, trimmed, day, start, name, phone, code, booked, AppointmentPlan.Default, calendar, time.GetUtcNow());
            if (made.Value is not { } appointment)
                return made;
            db.Appointments.Add(appointment);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return appointment;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // The same code drawn twice on one day: draw again.
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>Checks in today's appointment by its code: a ticket that takes the slot's place when on time.</summary>
    public async Task<Outcome<Ticket>> CheckInAsync(string centerId, string code, CancellationToken cancellationToken)
    {
        var calendar = (await localities.GetAsync(db, cancellationToken)).Calendar;
        var now = time.GetUtcNow();
        var today = calendar.LocalDate(now);
        var trimmed = code?.Trim() ?? "";
        if (await db.Appointments.SingleOrDefaultAsync(a => a.CenterId == centerId && a.Day == today && a.Code == trimmed, cancellationToken) is not { } appointment)
            return FloorRules.NoSuchAppointment;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var number = (int)await db.NextAsync(QueueKey(centerId), today, cancellationToken);
        var checkedIn = appointment.CheckIn(number, calendar, now);
        if (checkedIn.Value is not { } ticket)
            return checkedIn;
        db.Tickets.Add(ticket);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ticket;
    }

    void Announce(Ticket ticket) =>
        board.Publish(ticket.CenterId, new BoardCall(ticket.Number, ticket.Display, ticket.Counter!.Value, ticket.Group, ticket.LastCalledAt!.Value, ticket.Calls));
}
