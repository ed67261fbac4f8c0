using MotCua.Domain.Time;
using MotCua.Features.Calculator;

namespace MotCua.Cli.Tests;

/// <summary>The due-date calculator (/tinh-han), through its page model on the shipped calendar; PortalTests request it over HTTP.</summary>
public class CalculatorPageTests
{
    static IndexModel Page(string received, string amount, string unit = "WorkingDays", string counting = "NextWorkingDay", string? cutOff = null) =>
        new(StateCalendars.VietnamStateBodiesCalendar, TimeProvider.System)
        {
            Received = received, Amount = amount, Unit = unit, Counting = counting, CutOff = cutOff,
        };

    static IReadOnlyList<string> Errors(IndexModel page, string field) =>
        page.ModelState.TryGetValue(field, out var entry) ? entry.Errors.Select(e => e.ErrorMessage).ToList() : [];

    [Fact]
    public void Due_date_is_shown_as_hour_then_day_and_skips_holidays_R44_R42()
    {
        var page = Page("2026-11-23T10:00", "3");
        page.OnPost();

        Assert.True(page.ModelState.IsValid);
        Assert.Equal("17:00 27/11/2026", page.Result!.Due);
        Assert.Equal("3 ngày làm việc", page.Result.Limit);
        Assert.Null(page.Result.CountedFrom);
    }

    [Fact]
    public void Reception_outside_working_time_shows_when_the_count_starts_R43()
    {
        var page = Page("2026-11-27T18:30", "1");
        page.OnPost();

        Assert.Equal("07:30 30/11/2026", page.Result!.CountedFrom);
        Assert.Equal("17:00 01/12/2026", page.Result.Due);
    }

    [Fact]
    public void Half_a_day_written_with_a_comma_elapsed_and_cut_off_are_understood_R43_R44()
    {
        var halfDay = Page("2026-11-23T10:00", "0,5");
        halfDay.OnPost();
        var elapsed = Page("2026-11-23T16:00", "1", counting: "Elapsed");
        elapsed.OnPost();
        var afterCutOff = Page("2026-11-25T15:30", "1", cutOff: "15:00");
        afterCutOff.OnPost();

        Assert.Equal("15:45 23/11/2026", halfDay.Result!.Due);
        Assert.Equal("16:00 25/11/2026", elapsed.Result!.Due); // 24/11 is a holiday in the shipped calendar
        Assert.Equal("17:00 27/11/2026", afterCutOff.Result!.Due);
    }

    [Fact]
    public void Years_without_holidays_in_the_calendar_are_pointed_out_R42()
    {
        var page = Page("2027-12-20T10:00", "20");
        page.OnPost();

        Assert.Contains(page.Result!.Notes, n => n.Contains("2028"));
    }

    [Fact]
    public void Invalid_input_is_explained_on_the_page_in_Vietnamese()
    {
        var page = Page("2026-02-30T10:00", "-1", cutOff: "25:00");
        page.OnPost();

        Assert.Null(page.Result);
        Assert.Equal(["Ngày giờ tiếp nhận không hợp lệ."], Errors(page, nameof(IndexModel.Received)));
        Assert.Equal(["Thời hạn không được âm."], Errors(page, nameof(IndexModel.Amount)));
        Assert.Single(Errors(page, nameof(IndexModel.CutOff)));

        var fraction = Page("2026-11-23T10:00", "1.5", unit: "CalendarDays");
        fraction.OnPost();
        Assert.Equal(["Thời hạn tính theo ngày phải là số nguyên."], Errors(fraction, nameof(IndexModel.Amount)));

        var forged = Page("2026-11-23T10:00", "1", unit: "7", counting: "2");
        forged.OnPost();
        Assert.Equal(["Chọn đơn vị thời hạn."], Errors(forged, nameof(IndexModel.Unit)));
        Assert.Equal(["Chọn cách tính thời hạn."], Errors(forged, nameof(IndexModel.Counting)));

        var tooLong = Page("2100-12-01T10:00", "100");
        tooLong.OnPost();
        Assert.Null(tooLong.Result);
        Assert.Single(Errors(tooLong, nameof(IndexModel.Amount)));
    }

    [Fact]
    public void The_form_starts_from_now_in_Viet_Nam()
    {
        var page = new IndexModel(StateCalendars.VietnamStateBodiesCalendar, new FixedTime(new DateTimeOffset(2026, 11, 23, 18, 40, 0, TimeSpan.Zero)));
        page.OnGet();

        Assert.Equal("2026-11-24T01:40", page.Received);
        Assert.Equal("3", page.Amount);
    }
}
