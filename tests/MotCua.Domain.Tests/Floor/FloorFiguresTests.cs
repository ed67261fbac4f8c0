using MotCua.Domain.Floor;
using static MotCua.Domain.Tests.TestCalendars;

namespace MotCua.Domain.Tests.Floor;

/// <summary>The floor's statistics (R40, issue 15): waiting and service time per counter, officer, group and hour.</summary>
public class FloorFiguresTests
{
    const string Center = "000.00.00.H00";
    const string Justice = "Tư pháp";
    const string Land = "Đất đai";
    static readonly DateOnly Day = new(2026, 12, 7);
    static readonly Actor Lan = new("r1", "Nguyễn Thị Lan", Role.Reception, Center);
    static readonly Actor Binh = new("r2", "Trần Văn Bình", Role.Reception, Center);

    static Ticket Ticket(int number, string group, string issued, (int Counter, Actor By, string At)? call = null, string? served = null, string? skipped = null)
    {
        var ticket = MotCua.Domain.Floor.Ticket.Issue(Center, Day, number, group, PriorityReason.None, TicketSource.Kiosk, Local(issued)).Value!;
        if (call is { } c)
            Assert.True(ticket.Call(c.Counter, c.By, Local(c.At)).Succeeded);
        if (served is not null)
            Assert.True(ticket.Finish(call!.Value.Counter, call.Value.By, Local(served)).Succeeded);
        if (skipped is not null)
            Assert.True(ticket.Skip(call!.Value.Counter, call.Value.By, Local(skipped)).Succeeded);
        return ticket;
    }

    static readonly Ticket[] Tickets =
    [
        Ticket(1, Justice, "2026-12-07T07:40", (1, Lan, "2026-12-07T07:50"), served: "2026-12-07T08:05"),
        Ticket(2, Justice, "2026-12-07T07:45", (1, Lan, "2026-12-07T08:05"), served: "2026-12-07T08:15"),
        Ticket(3, Land, "2026-12-07T08:10", (3, Binh, "2026-12-07T08:40"), skipped: "2026-12-07T08:45"),
        Ticket(4, Land, "2026-12-07T08:20", (3, Binh, "2026-12-07T08:45"), served: "2026-12-07T09:25"),
        Ticket(5, Justice, "2026-12-07T09:10"),
    ];

    [Fact]
    public void Per_counter_and_per_group_the_figures_are_the_means_of_the_tickets_waits_and_services_R40()
    {
        var counters = FloorFigures.By(Tickets, t => t.Counter?.ToString());
        Assert.Equal(["1", "3"], counters.Select(c => c.Key));
        Assert.Equal(new QueueFigures("1", 2, 2, 0, TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(20), TimeSpan.FromMinutes(12.5)), counters[0]);
        // The skipped ticket waited but was not served: it counts in the wait, not in the service.
        Assert.Equal(new QueueFigures("3", 2, 1, 1, TimeSpan.FromMinutes(27.5), TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(40)), counters[1]);

        var groups = FloorFigures.By(Tickets, t => t.Group);
        var justice = groups.Single(g => g.Key == Justice);
        Assert.Equal((3, 2, TimeSpan.FromMinutes(15)), (justice.Tickets, justice.Served, justice.MeanWait)); // the waiting one has no wait yet
        Assert.Equal(["Nguyễn Thị Lan", "Trần Văn Bình"], FloorFigures.By(Tickets, t => t.OfficerName).Select(o => o.Key));
    }

    [Fact]
    public void The_days_queue_by_hour_counts_taken_called_served_and_still_waiting_at_each_hours_end_R40()
    {
        var hours = FloorFigures.Hours(Tickets, Vietnam2026.ToLocal);
        Assert.Equal([7, 8, 9], hours.Select(h => h.Hour));
        Assert.Equal(new QueueHour(7, 2, 1, 0, 1, TimeSpan.FromMinutes(10)), hours[0]);
        Assert.Equal(new QueueHour(8, 2, 3, 2, 0, TimeSpan.FromMinutes(25)), hours[1]);
        Assert.Equal(new QueueHour(9, 1, 0, 1, 1, null), hours[2]);
        Assert.Empty(FloorFigures.Hours([], Vietnam2026.ToLocal));
    }
}
