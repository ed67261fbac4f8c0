using MotCua.Domain.Floor;
using static MotCua.Domain.Tests.TestCalendars;

namespace MotCua.Domain.Tests.Floor;

/// <summary>Queue tickets, the order counters call them in, and the waiting time shown (R40). Instants are Vietnam local time.</summary>
public class QueueTests
{
    const string Center = "000.00.00.H00";
    const string Justice = "Tư pháp – Hộ tịch";
    const string Land = "Đất đai";
    static readonly DateOnly Day = new(2026, 12, 7);
    static readonly Actor Reception = new("r1", "Nguyễn Thị Lan", Role.Reception, Center);
    static readonly Actor OtherReception = new("r2", "Trần Văn Bình", Role.Reception, Center);
    static readonly Actor Citizen = new("c", "Công dân", Role.Applicant, "");

    static Ticket Issue(int number, string group, string at, PriorityReason priority = PriorityReason.None) =>
        Ticket.Issue(Center, Day, number, group, priority, TicketSource.Kiosk, Local($"2026-12-07T{at}")).Value!;

    [Fact]
    public void A_counter_calls_the_priority_lane_first_then_the_earliest_of_its_groups_R40()
    {
        var tickets = new[]
        {
            Issue(1, Justice, "07:31"), Issue(2, Land, "07:32"), Issue(3, Justice, "07:40", PriorityReason.Elderly), Issue(4, Justice, "07:41"),
        };
        Assert.Equal(3, QueueOrder.Next(tickets, [Justice], counter: 1)!.Number);
        Assert.True(tickets[2].Call(1, Reception, Local("2026-12-07T07:45")).Succeeded);
        Assert.Equal(1, QueueOrder.Next(tickets, [Justice], counter: 1)!.Number);
        Assert.Equal(2, QueueOrder.Next(tickets, [Land], counter: 2)!.Number);
        Assert.Equal(1, QueueOrder.Next(tickets, [Land, Justice], counter: 3)!.Number);
        Assert.Null(QueueOrder.Next(tickets, ["Lao động"], counter: 4));
    }

    [Fact]
    public void A_ticket_transferred_keeps_its_place_in_time_and_one_sent_to_a_counter_waits_for_that_counter_R40()
    {
        var first = Issue(1, Justice, "07:31");
        var later = Issue(2, Land, "07:50");
        Assert.True(first.Call(1, Reception, Local("2026-12-07T07:55")).Succeeded);
        Assert.True(first.Transfer(1, Land, toCounter: null, Reception, Local("2026-12-07T08:00")).Succeeded);
        Assert.Equal((TicketState.Waiting, Land, 1), (first.State, first.Group, first.Transfers));
        Assert.Equal(1, QueueOrder.Next([first, later], [Land], counter: 2)!.Number);

        Assert.True(first.Call(2, OtherReception, Local("2026-12-07T08:05")).Succeeded);
        Assert.True(first.Transfer(2, Land, toCounter: 5, OtherReception, Local("2026-12-07T08:10")).Succeeded);
        Assert.Equal(2, QueueOrder.Next([first, later], [Land], counter: 2)!.Number);
        Assert.Equal(1, QueueOrder.Next([first, later], ["Khác"], counter: 5)!.Number);
        Assert.Equal(FloorRules.TransferToSameGroup, Called(first, 5).Transfer(5, Land, toCounter: null, Reception, Local("2026-12-07T08:20")).Broken);
    }

    [Fact]
    public void Only_the_counter_that_called_a_ticket_recalls_skips_finishes_or_transfers_it_R40()
    {
        var ticket = Issue(7, Justice, "08:00");
        Assert.Equal(FloorRules.NotCalled, ticket.Recall(1, Reception, Local("2026-12-07T08:01")).Broken);
        Assert.True(ticket.Call(1, Reception, Local("2026-12-07T08:05")).Succeeded);
        Assert.Equal(FloorRules.NotWaiting, ticket.Call(2, OtherReception, Local("2026-12-07T08:05")).Broken);
        Assert.Equal(FloorRules.CalledElsewhere(1), ticket.Skip(2, OtherReception, Local("2026-12-07T08:06")).Broken);
        Assert.True(ticket.Recall(1, Reception, Local("2026-12-07T08:07")).Succeeded);
        Assert.Equal((2, Local("2026-12-07T08:05"), Local("2026-12-07T08:07")), (ticket.Calls, ticket.CalledAt!.Value, ticket.LastCalledAt!.Value));
        Assert.True(ticket.Finish(1, Reception, Local("2026-12-07T08:19"), " 000.01.31.H22-261207-0003 ").Succeeded);
        Assert.Equal((TicketState.Served, "000.01.31.H22-261207-0003"), (ticket.State, ticket.DossierCode));
        Assert.Equal((TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(14)), (ticket.Waited!.Value, ticket.ServedFor!.Value));
        Assert.Equal(FloorRules.NotCalled, ticket.Skip(1, Reception, Local("2026-12-07T08:20")).Broken);
    }

    [Fact]
    public void Only_the_Centers_and_agencies_officers_call_tickets_and_a_Centers_officer_only_its_own_R40()
    {
        Assert.Equal("R40", Issue(1, Justice, "08:00").Call(1, Citizen, Local("2026-12-07T08:01")).Broken!.RuleId);
        var stranger = new Actor("x", "Lê Văn Khách", Role.Reception, "000.99.99.H99");
        Assert.Equal(FloorRules.NotYourCenter("gọi số thứ tự"), Issue(1, Justice, "08:00").Call(1, stranger, Local("2026-12-07T08:01")).Broken);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_ticket_needs_a_group_R40(string group) =>
        Assert.Equal(FloorRules.GroupRequired, Ticket.Issue(Center, Day, 1, group, PriorityReason.None, TicketSource.Kiosk, Local("2026-12-07T08:00")).Broken);

    [Fact]
    public void The_wait_shown_shares_the_tickets_ahead_among_the_open_counters_at_the_recent_median_pace_rounded_up_to_five_minutes_R40()
    {
        Assert.Equal(TimeSpan.Zero, WaitEstimate.For(0, 2, []));
        Assert.Equal(TimeSpan.FromMinutes(30), WaitEstimate.For(5, 2, [])); // 3 rounds × 10 min by default
        var services = new[] { 4, 6, 7, 30, 8 }.Select(m => TimeSpan.FromMinutes(m));
        Assert.Equal(TimeSpan.FromMinutes(25), WaitEstimate.For(3, 1, services)); // median 7 min × 3 = 21 → 25
        Assert.Equal(TimeSpan.FromMinutes(10), WaitEstimate.For(1, 0, [TimeSpan.FromMinutes(9)])); // no counter open counts as one
    }

    [Fact]
    public void Ahead_counts_the_tickets_of_its_group_called_before_it_R40()
    {
        var tickets = new[] { Issue(1, Justice, "07:31"), Issue(2, Land, "07:32"), Issue(3, Justice, "07:40"), Issue(4, Justice, "07:45", PriorityReason.Pregnant) };
        Assert.Equal(2, QueueOrder.Ahead(tickets[2], tickets));
        Assert.Equal(0, QueueOrder.Ahead(tickets[3], tickets));
        Assert.Equal(0, QueueOrder.Ahead(tickets[1], tickets));
    }

    static Ticket Called(Ticket ticket, int counter)
    {
        Assert.True(ticket.Call(counter, Reception, Local("2026-12-07T08:15")).Succeeded);
        return ticket;
    }
}
