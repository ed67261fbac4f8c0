namespace MotCua.Domain.Floor;

/// <summary>The queue's figures for one counter, officer or service group: how many, how long they waited, how long they were served.</summary>
public sealed record QueueFigures(string Key, int Tickets, int Served, int Skipped, TimeSpan? MeanWait, TimeSpan? LongestWait, TimeSpan? MeanService);

/// <summary>
/// One local hour of a day's queue: tickets taken, called and served in it, and those still waiting when it ended.
/// <see cref="MeanWait"/> is the wait of the tickets called in that hour.
/// </summary>
public sealed record QueueHour(int Hour, int Issued, int Called, int Served, int WaitingAtEnd, TimeSpan? MeanWait);

/// <summary>The floor's statistics (issue 15) over the tickets of one or more days.</summary>
public static class FloorFigures
{
    /// <summary>Per key; a ticket whose key is null (a counter or officer before any call) is left out.</summary>
    public static IReadOnlyList<QueueFigures> By(IEnumerable<Ticket> tickets, Func<Ticket, string?> key) =>
        tickets.Where(t => key(t) is not null).GroupBy(t => key(t)!).Select(g => Figures(g.Key, g.ToList())).OrderBy(f => f.Key, StringComparer.Ordinal).ToList();

    public static QueueFigures Figures(string key, IReadOnlyCollection<Ticket> tickets)
    {
        var waits = tickets.Select(t => t.Waited).OfType<TimeSpan>().ToList();
        var services = tickets.Select(t => t.ServedFor).OfType<TimeSpan>().ToList();
        return new QueueFigures(key, tickets.Count, tickets.Count(t => t.State == TicketState.Served), tickets.Count(t => t.State == TicketState.Skipped),
            Mean(waits), waits.Count == 0 ? null : waits.Max(), Mean(services));
    }

    /// <summary>The hours of one day from the first ticket taken to the last one served or still waiting, in local time.</summary>
    public static IReadOnlyList<QueueHour> Hours(IReadOnlyCollection<Ticket> tickets, Func<DateTimeOffset, DateTimeOffset> toLocal)
    {
        if (tickets.Count == 0)
            return [];
        int Hour(DateTimeOffset at) => toLocal(at).Hour;
        var first = tickets.Min(t => Hour(t.IssuedAt));
        var last = Math.Max(tickets.Max(t => Hour(t.IssuedAt)), tickets.Select(t => t.DoneAt ?? t.CalledAt).OfType<DateTimeOffset>().Select(Hour).DefaultIfEmpty(first).Max());
        return Enumerable.Range(first, last - first + 1).Select(hour =>
        {
            var called = tickets.Where(t => t.CalledAt is { } at && Hour(at) == hour).ToList();
            return new QueueHour(hour,
                tickets.Count(t => Hour(t.IssuedAt) == hour),
                called.Count,
                tickets.Count(t => t.State == TicketState.Served && t.DoneAt is { } at && Hour(at) == hour),
                // Taken by the hour's end and not yet called by then (a ticket never called waits to the day's end).
                tickets.Count(t => Hour(t.IssuedAt) <= hour && (t.CalledAt is not { } at ? t.State == TicketState.Waiting : Hour(at) > hour)),
                Mean(called.Select(t => t.Waited).OfType<TimeSpan>().ToList()));
        }).ToList();
    }

    static TimeSpan? Mean(IReadOnlyCollection<TimeSpan> spans) => spans.Count == 0 ? null : TimeSpan.FromTicks((long)spans.Average(s => s.Ticks));
}
