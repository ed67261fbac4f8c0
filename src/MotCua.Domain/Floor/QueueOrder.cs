namespace MotCua.Domain.Floor;

/// <summary>
/// Which waiting ticket a counter calls next (R40): of its service groups' tickets (and those transferred to it), the
/// priority lane first, then the earliest place in time, then the lowest number; a ticket sent to another counter waits for it.
/// </summary>
public static class QueueOrder
{
    public static Ticket? Next(IEnumerable<Ticket> waiting, IReadOnlyCollection<string> counterGroups, int counter) =>
        Ordered(waiting.Where(t => t.State == TicketState.Waiting && (t.ForCounter == counter || t.ForCounter is null && counterGroups.Contains(t.Group))))
            .FirstOrDefault();

    /// <summary>The waiting tickets in the order they will be called.</summary>
    public static IEnumerable<Ticket> Ordered(IEnumerable<Ticket> waiting) =>
        waiting.OrderBy(t => t.InPriorityLane ? 0 : 1).ThenBy(t => t.QueuedAt).ThenBy(t => t.Number);

    /// <summary>How many tickets of its group will be called before <paramref name="ticket"/>.</summary>
    public static int Ahead(Ticket ticket, IEnumerable<Ticket> waiting) =>
        Ordered(waiting.Where(t => t.State == TicketState.Waiting && t.Group == ticket.Group && t.ForCounter == ticket.ForCounter))
            .TakeWhile(t => t.Number != ticket.Number).Count();
}
