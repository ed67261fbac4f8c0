using MotCua.Domain.Floor;
using static MotCua.Domain.Tests.TestCalendars;

namespace MotCua.Domain.Tests.Floor;

/// <summary>Appointments booked on the portal and checked in at the kiosk (R40). Instants are Vietnam local time on <see cref="TestCalendars.Vietnam2026"/>.</summary>
public class AppointmentTests
{
    const string Center = "000.00.00.H00";
    const string Justice = "Tư pháp – Hộ tịch";
    static readonly AppointmentPlan Plan = AppointmentPlan.Default;
    static readonly DateTimeOffset Now = Local("2026-12-07T10:00"); // Monday

    static Outcome<Appointment> Book(DateOnly day, TimeOnly start, int booked = 0, string name = "Đỗ Thị Hoa", string phone = "0912 345 678") =>
        Appointment.Book(Center, Justice, day, start, name, phone, "482913", booked, Plan, Vietnam2026, Now);

    [Fact]
    public void The_slots_of_a_working_day_fill_its_sessions_and_a_day_off_has_none_R40()
    {
        var slots = Plan.Slots(Vietnam2026, new DateOnly(2026, 12, 8));
        Assert.Equal(new TimeOnly(7, 30), slots[0]);
        Assert.Equal(new TimeOnly(11, 0), slots[7]);
        Assert.Equal(new TimeOnly(13, 30), slots[8]);
        Assert.Equal(new TimeOnly(16, 30), slots[^1]);
        Assert.Equal(15, slots.Count);
        Assert.Empty(Plan.Slots(Vietnam2026, new DateOnly(2026, 12, 6))); // Sunday
    }

    [Fact]
    public void A_booking_takes_a_future_slot_of_a_working_day_within_thirty_days_while_it_has_room_R40()
    {
        var booked = Book(new DateOnly(2026, 12, 8), new TimeOnly(8, 0)).Value!;
        Assert.Equal(("0912345678", AppointmentState.Booked), (booked.Phone, booked.State));
        Assert.Equal(FloorRules.SlotFull, Book(new DateOnly(2026, 12, 8), new TimeOnly(8, 0), booked: Plan.Capacity).Broken);
        Assert.Equal(FloorRules.NotADayOfService, Book(new DateOnly(2026, 12, 6), new TimeOnly(8, 0)).Broken);
        Assert.Equal(FloorRules.NotASlot, Book(new DateOnly(2026, 12, 8), new TimeOnly(8, 10)).Broken);
        Assert.Equal(FloorRules.NotASlot, Book(new DateOnly(2026, 12, 8), new TimeOnly(12, 0)).Broken);
        Assert.Equal(FloorRules.SlotInThePast, Book(new DateOnly(2026, 12, 7), new TimeOnly(9, 30)).Broken);
        Assert.True(Book(new DateOnly(2026, 12, 7), new TimeOnly(10, 30)).Succeeded);
        Assert.Equal(FloorRules.SlotTooFar, Book(new DateOnly(2027, 1, 7), new TimeOnly(8, 0)).Broken);
        Assert.Equal(FloorRules.NameRequired, Book(new DateOnly(2026, 12, 8), new TimeOnly(8, 0), name: " ").Broken);
        Assert.Equal(FloorRules.NameRequired, Book(new DateOnly(2026, 12, 8), new TimeOnly(8, 0), name: "Hoa\u0007").Broken);
        Assert.Equal(FloorRules.PhoneInvalid, Book(new DateOnly(2026, 12, 8), new TimeOnly(8, 0), phone: "912345678").Broken);
    }

    [Fact]
    public void On_time_the_ticket_takes_the_slots_place_in_the_queue_late_its_check_in_time_R40()
    {
        var onTime = Book(new DateOnly(2026, 12, 8), new TimeOnly(9, 0)).Value!;
        var ticket = onTime.CheckIn(12, Vietnam2026, Local("2026-12-08T09:10")).Value!;
        Assert.Equal((Local("2026-12-08T09:00"), TicketSource.Appointment, 12), (ticket.QueuedAt, ticket.Source, ticket.Number));
        Assert.Equal((AppointmentState.CheckedIn, 12), (onTime.State, onTime.TicketNumber));
        Assert.Equal(FloorRules.NotBooked, onTime.CheckIn(13, Vietnam2026, Local("2026-12-08T09:11")).Broken);

        var late = Book(new DateOnly(2026, 12, 8), new TimeOnly(9, 0)).Value!;
        Assert.Equal(Local("2026-12-08T09:20"), late.CheckIn(14, Vietnam2026, Local("2026-12-08T09:20")).Value!.QueuedAt);

        var early = Book(new DateOnly(2026, 12, 8), new TimeOnly(9, 0)).Value!;
        Assert.Equal(Local("2026-12-08T08:40"), early.CheckIn(15, Vietnam2026, Local("2026-12-08T08:40")).Value!.QueuedAt);

        var otherDay = Book(new DateOnly(2026, 12, 9), new TimeOnly(9, 0)).Value!;
        Assert.Equal(FloorRules.NotTheAppointmentDay, otherDay.CheckIn(16, Vietnam2026, Local("2026-12-08T09:00")).Broken);
        Assert.True(otherDay.Cancel().Succeeded);
        Assert.Equal(FloorRules.NotBooked, otherDay.Cancel().Broken);
    }
}
