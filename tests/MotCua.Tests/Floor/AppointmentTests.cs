using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Floor;

namespace MotCua.Tests.Floor;

/// <summary>Appointments booked on the portal and checked in at the kiosk (R40), over HTTP.</summary>
public partial class AppointmentTests
{
    const string Justice = "Tư pháp – Hộ tịch, chứng thực";

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_citizen_books_a_slot_checks_in_with_its_code_and_joins_the_queue_in_the_slots_place_R40(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 1); // Monday 23/11/2026 10:00; 24/11 is a holiday
        var citizen = app.Browser();
        var slots = await citizen.GetStringAsync($"/dat-lich?Group={Uri.EscapeDataString(Justice)}");
        Assert.Contains("Khung giờ ngày 25/11/2026", slots);
        Assert.Contains("07:30 — còn 4 lượt", slots);

        var today = $"/dat-lich?Group={Uri.EscapeDataString(Justice)}&Day=2026-11-23";
        Assert.DoesNotContain("09:30 — ", await citizen.GetStringAsync(today)); // past slots are not offered
        var booked = await citizen.PostFormAsync("/dat-lich", new()
        {
            ["Group"] = Justice, ["Day"] = "2026-11-23", ["Start"] = "10:30", ["Name"] = "Đỗ Thị Hoa", ["Phone"] = "0912 345 678",
        }, today);
        var html = await booked.Content.ReadAsStringAsync();
        Assert.Contains("Đã đặt lịch: <strong>10:30 ngày 23/11/2026</strong>", html);
        var code = BookingCode().Match(html).Groups[1].Value;

        var wrong = await citizen.PostFormAsync("/lay-so?handler=CheckIn", new() { ["Code"] = "000000" }, "/lay-so");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("Không tìm thấy lịch hẹn hôm nay với mã này.", await wrong.Content.ReadAsStringAsync());
        var checkedIn = await citizen.PostFormAsync("/lay-so?handler=CheckIn", new() { ["Code"] = code }, "/lay-so");
        Assert.Equal("/lay-so/2026-11-23/1", checkedIn.Headers.Location!.OriginalString);
        var again = await citizen.PostFormAsync("/lay-so?handler=CheckIn", new() { ["Code"] = code }, "/lay-so");
        Assert.Contains("Lịch hẹn này đã được sử dụng hoặc đã hủy.", await again.Content.ReadAsStringAsync());

        await using var db = app.NewDbContext();
        var ticket = await db.Tickets.SingleAsync();
        Assert.Equal((TicketSource.Appointment, Justice), (ticket.Source, ticket.Group));
        var appointment = await db.Appointments.SingleAsync();
        Assert.Equal((AppointmentState.CheckedIn, (int?)1), (appointment.State, appointment.TicketNumber));
    }

    [Fact]
    public async Task A_full_slot_takes_no_more_bookings_and_bad_input_is_refused_in_Vietnamese_R40()
    {
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 1);
        var citizen = app.Browser();
        var form = $"/dat-lich?Group={Uri.EscapeDataString(Justice)}&Day=2026-11-25";
        Dictionary<string, string> Booking(string phone) => new()
        {
            ["Group"] = Justice, ["Day"] = "2026-11-25", ["Start"] = "08:00", ["Name"] = "Đỗ Thị Hoa", ["Phone"] = phone,
        };
        for (var i = 0; i < AppointmentPlan.Default.Capacity; i++)
            Assert.Equal(HttpStatusCode.OK, (await citizen.PostFormAsync("/dat-lich", Booking($"091234567{i}"), form)).StatusCode);
        var full = await citizen.PostFormAsync("/dat-lich", Booking("0912345679"), form);
        Assert.Equal(HttpStatusCode.BadRequest, full.StatusCode);
        Assert.Contains("Khung giờ này đã đủ lượt đặt; chọn khung giờ khác.", await full.Content.ReadAsStringAsync());
        Assert.Contains("08:00 — đã đủ", await citizen.GetStringAsync(form));

        var holiday = await citizen.PostFormAsync("/dat-lich", new(Booking("0912345679")) { ["Day"] = "2026-11-24" }, form);
        Assert.Contains("Trung tâm không làm việc vào ngày này; chọn một ngày làm việc.", await holiday.Content.ReadAsStringAsync());
        var phone = await citizen.PostFormAsync("/dat-lich", Booking("12345"), form);
        Assert.Contains("Số điện thoại phải gồm 10 chữ số, bắt đầu bằng 0.", await phone.Content.ReadAsStringAsync());
        var noSlot = await citizen.PostFormAsync("/dat-lich", new(Booking("0912345679")) { ["Start"] = "25:00" }, form);
        Assert.Equal(HttpStatusCode.BadRequest, noSlot.StatusCode);
    }

    [GeneratedRegex("id=\"booking-code\">([0-9]{6})<")]
    private static partial Regex BookingCode();
}
