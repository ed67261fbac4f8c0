using MotCua.Domain.Time;
using static MotCua.Domain.Tests.TestCalendars;

namespace MotCua.Domain.Tests.Time;

public class WorkingCalendarTests
{
    static string Due(WorkingCalendar calendar, string received, TimeLimit limit, DueCounting counting = DueCounting.NextWorkingDay) =>
        Show(limit.DueFrom(calendar.ReceptionInstant(Local(received)), calendar, counting));

    [Theory]
    [InlineData("2026-11-23T10:00", "3d", "next", "2026-11-26T17:00")]
    [InlineData("2026-11-27T18:30", "1d", "next", "2026-12-01T17:00")]
    [InlineData("2026-11-23T16:00", "4h", "next", "2026-11-24T10:30")]
    [InlineData("2026-02-12T09:00", "2d", "next", "2026-02-23T17:00")]
    [InlineData("2026-11-23T16:00", "1d", "elapsed", "2026-11-24T16:00")]
    public void Acceptance_examples_R43_R44(string received, string duration, string counting, string expected)
    {
        Assert.True(TimeLimit.TryParse(duration, out var limit));
        Assert.Equal(expected, Due(Acceptance, received, limit, counting == "elapsed" ? DueCounting.Elapsed : DueCounting.NextWorkingDay));
    }

    [Theory]
    [InlineData("2026-11-23T07:29", false)]
    [InlineData("2026-11-23T07:30", true)]
    [InlineData("2026-11-23T11:29", true)]
    [InlineData("2026-11-23T11:30", false)]
    [InlineData("2026-11-23T12:15", false)]
    [InlineData("2026-11-23T13:30", true)]
    [InlineData("2026-11-23T16:59", true)]
    [InlineData("2026-11-23T17:00", false)]
    [InlineData("2026-11-28T09:00", false)]
    [InlineData("2026-02-18T09:00", false)]
    public void Working_time_is_inside_sessions_of_working_days_R42(string instant, bool expected) =>
        Assert.Equal(expected, Acceptance.IsWorkingTime(Local(instant)));

    [Theory]
    [InlineData("2026-11-23T10:00", "2026-11-23T10:00")]
    [InlineData("2026-11-23T06:00", "2026-11-23T07:30")]
    [InlineData("2026-11-23T11:30", "2026-11-23T13:30")]
    [InlineData("2026-11-23T12:00", "2026-11-23T13:30")]
    [InlineData("2026-11-23T17:00", "2026-11-24T07:30")]
    [InlineData("2026-11-27T18:30", "2026-11-30T07:30")]
    [InlineData("2026-11-29T10:00", "2026-11-30T07:30")]
    [InlineData("2026-02-13T17:05", "2026-02-23T07:30")]
    [InlineData("2026-12-31T20:00", "2027-01-01T07:30")]
    public void Reception_outside_working_time_counts_from_next_session_R43(string received, string expected) =>
        Assert.Equal(expected, Show(Acceptance.ReceptionInstant(Local(received))));

    [Theory]
    [InlineData("2026-11-23T14:59", "2026-11-23T14:59")]
    [InlineData("2026-11-23T15:00", "2026-11-23T15:00")]
    [InlineData("2026-11-23T15:01", "2026-11-24T07:30")]
    [InlineData("2026-11-27T16:00", "2026-11-30T07:30")]
    [InlineData("2026-02-13T15:30", "2026-02-23T07:30")]
    public void Reception_after_the_daily_cut_off_counts_from_next_working_day_R43(string received, string expected) =>
        Assert.Equal(expected, Show(Acceptance.ReceptionInstant(Local(received), new TimeOnly(15, 0))));

    [Fact]
    public void A_same_day_procedure_received_after_cut_off_is_due_at_end_of_next_working_day_R43_R44()
    {
        var reception = Acceptance.ReceptionInstant(Local("2026-11-27T15:30"), new TimeOnly(15, 0));
        Assert.Equal("2026-11-30T17:00", Show(TimeLimit.SameDay.DueFrom(reception, Acceptance)));
    }

    [Theory]
    [InlineData("2026-11-23T10:00", "1d", "2026-11-24T17:00")]
    [InlineData("2026-11-23T10:00", "5d", "2026-11-30T17:00")]
    [InlineData("2026-11-20T16:59", "1d", "2026-11-23T17:00")]
    [InlineData("2026-12-29T09:00", "5d", "2027-01-06T17:00")] // across the year end and 1 Jan 2027
    [InlineData("2026-01-30T09:00", "1d", "2026-02-02T17:00")] // across a month end
    [InlineData("2026-02-13T10:00", "1d", "2026-02-23T17:00")] // Tết: nine days without work
    [InlineData("2026-02-11T10:00", "3d", "2026-02-23T17:00")]
    [InlineData("2026-02-11T10:00", "4d", "2026-02-24T17:00")]
    [InlineData("2026-08-21T10:00", "1d", "2026-08-22T17:00")] // Saturday 22 Aug 2026 is worked
    [InlineData("2026-08-28T10:00", "1d", "2026-09-03T17:00")] // 29 Aug–2 Sep off
    [InlineData("2026-01-09T10:00", "1d", "2026-01-10T17:00")] // Saturday 10 Jan 2026 is worked
    [InlineData("2026-04-29T10:00", "2d", "2026-05-05T17:00")]
    [InlineData("2026-11-23T10:00", "0.5d", "2026-11-23T15:45")] // half a day is 3h45 of working time
    [InlineData("2026-11-23T10:00", "1.5d", "2026-11-24T15:45")]
    public void Working_days_count_from_the_day_after_reception_R44_R26(string received, string duration, string expected)
    {
        Assert.True(TimeLimit.TryParse(duration, out var limit));
        Assert.Equal(expected, Due(Vietnam2026, received, limit));
    }

    [Theory]
    [InlineData("2026-11-23T10:00", 4, "2026-11-23T16:00")]
    [InlineData("2026-11-23T07:30", 4, "2026-11-23T11:30")]
    [InlineData("2026-11-23T09:30", 2, "2026-11-23T11:30")]
    [InlineData("2026-11-23T13:30", 3.5, "2026-11-23T17:00")]
    [InlineData("2026-11-23T12:00", 1, "2026-11-23T14:30")]
    [InlineData("2026-11-27T16:00", 4, "2026-11-30T10:30")]
    [InlineData("2026-02-13T16:00", 2, "2026-02-23T08:30")]
    [InlineData("2026-12-31T16:30", 1, "2027-01-04T08:00")]
    public void Working_hours_count_inside_sessions_from_the_reception_instant_R44(string received, double hours, string expected) =>
        Assert.Equal(expected, Due(Vietnam2026, received, TimeLimit.WorkingHours((decimal)hours)));

    [Theory]
    [InlineData("2026-11-23T10:00", 15, "2026-12-08T17:00")]
    [InlineData("2026-11-23T10:00", 5, "2026-11-30T17:00")] // day 5 is Saturday 28 → Monday 30
    [InlineData("2026-02-10T10:00", 7, "2026-02-23T17:00")] // day 7 is in Tết → first working day after
    [InlineData("2026-12-20T10:00", 12, "2027-01-04T17:00")]
    public void Calendar_days_move_a_last_rest_day_to_the_next_working_day_R44(string received, int days, string expected) =>
        Assert.Equal(expected, Due(Vietnam2026, received, TimeLimit.CalendarDays(days)));

    [Fact]
    public void Working_time_between_two_instants_skips_lunch_nights_weekends_and_holidays_R42()
    {
        var c = Vietnam2026;
        Assert.Equal(TimeSpan.FromHours(1), c.WorkingTimeBetween(Local("2026-11-23T11:00"), Local("2026-11-23T14:00")));
        Assert.Equal(TimeSpan.FromHours(7.5), c.WorkingTimeBetween(Local("2026-11-27T10:00"), Local("2026-11-30T10:00")));
        Assert.Equal(TimeSpan.FromHours(7.5), c.WorkingTimeBetween(Local("2026-02-13T07:30"), Local("2026-02-23T07:00")));
        Assert.Equal(TimeSpan.FromHours(-1), c.WorkingTimeBetween(Local("2026-11-23T14:00"), Local("2026-11-23T11:00")));
        Assert.Equal(TimeSpan.Zero, c.WorkingTimeBetween(Local("2026-11-28T10:00"), Local("2026-11-29T20:00")));
    }

    [Fact]
    public void Adding_working_time_is_the_inverse_of_measuring_it_R42()
    {
        var c = Vietnam2026;
        var start = Local("2026-01-05T08:17");
        for (var minutes = 0; minutes < 60 * 24 * 40; minutes += 37)
        {
            var end = c.AddWorkingTime(start, TimeSpan.FromMinutes(minutes));
            Assert.Equal(TimeSpan.FromMinutes(minutes), c.WorkingTimeBetween(start, end));
        }
    }

    [Fact]
    public void Working_days_agree_with_a_day_by_day_walk_over_three_years_R42_R44()
    {
        var c = Vietnam2026;
        for (var day = new DateOnly(2025, 11, 1); day < new DateOnly(2027, 3, 1); day = day.AddDays(1))
        {
            foreach (var n in new[] { 1, 3, 15 })
            {
                var expected = day;
                for (var left = n; left > 0;)
                {
                    expected = expected.AddDays(1);
                    if (c.IsWorkingDay(expected))
                        left--;
                }
                Assert.Equal(c.EndOfWorkingDay(expected), c.EndOfWorkingDaysAfter(day, n));
            }
        }
    }

    [Fact]
    public void Working_days_per_month_of_2026_R42()
    {
        var c = Vietnam2026;
        int Month(int m) => c.WorkingDaysBetween(new DateOnly(2026, m, 1), new DateOnly(2026, m, 1).AddMonths(1).AddDays(-1));
        Assert.Equal(21, Month(1)); // 22 weekdays − 1, 2 Jan + Saturday 10 Jan
        Assert.Equal(15, Month(2)); // 20 weekdays − 5 days of Tết
        Assert.Equal(21, Month(8)); // 21 weekdays − 31 Aug + Saturday 22 Aug
        Assert.Equal(20, Month(9)); // 22 weekdays − 1, 2 Sep
    }

    [Fact]
    public void Previous_and_next_working_days_skip_rest_days_R42()
    {
        var c = Vietnam2026;
        Assert.Equal(new DateOnly(2026, 2, 13), c.PreviousWorkingDayBefore(new DateOnly(2026, 2, 23)));
        Assert.Equal(new DateOnly(2026, 2, 23), c.NextWorkingDayAfter(new DateOnly(2026, 2, 13)));
        Assert.Equal(new DateOnly(2026, 1, 5), c.NextWorkingDayAfter(new DateOnly(2025, 12, 31)));
    }

    [Fact]
    public void A_calendar_with_overlapping_sessions_and_a_weekday_swap_is_refused_R42()
    {
        var bad = CalendarDefinition.StateBodies(holidays: Days("2026-05-01"), workingDays: Days("2026-05-01", "2026-05-04")) with
        {
            Sessions = [new WorkSession(new TimeOnly(8, 0), new TimeOnly(12, 0)), new WorkSession(new TimeOnly(11, 0), new TimeOnly(17, 0))],
        };
        var e = Assert.Throws<InvalidCalendarException>(() => new WorkingCalendar(bad));
        Assert.Contains(e.Problems, p => p.Contains("chồng lấn"));
        Assert.Contains(e.Problems, p => p.Contains("vừa là ngày nghỉ vừa là ngày làm bù"));
        Assert.Contains(e.Problems, p => p.Contains("04/05/2026") && p.Contains("không phải ngày nghỉ hằng tuần"));
    }

    [Fact]
    public void Dates_outside_the_supported_range_fail_clearly_R42()
    {
        var e = Assert.Throws<OutsideCalendarException>(() => Vietnam2026.EndOfWorkingDaysAfter(new DateOnly(2101, 1, 1), 1));
        Assert.Contains("2000–2100", e.Message);
    }

    [Theory]
    [InlineData("1,5d", 1.5, TimeLimitUnit.WorkingDays)]
    [InlineData("15cd", 15, TimeLimitUnit.CalendarDays)]
    [InlineData("4H", 4, TimeLimitUnit.WorkingHours)]
    public void Durations_read_the_command_line_notation_with_a_decimal_comma_R44(string text, decimal value, TimeLimitUnit unit)
    {
        Assert.True(TimeLimit.TryParse(text, out var limit));
        Assert.Equal(new TimeLimit(value, unit), limit);
    }

    [Theory]
    [InlineData("4h", DueCounting.NextWorkingDay, true)]
    [InlineData("0.5d", DueCounting.NextWorkingDay, true)] // half days are working hours
    [InlineData("5d", DueCounting.Elapsed, true)]          // elapsed working time from the reception instant
    [InlineData("5d", DueCounting.NextWorkingDay, false)]
    [InlineData("15cd", DueCounting.NextWorkingDay, false)]
    public void Limits_counted_in_working_time_give_a_due_with_an_hour_R44_R23(string text, DueCounting counting, bool timed)
    {
        Assert.True(TimeLimit.TryParse(text, out var limit));
        Assert.Equal(timed, limit.GivesTimedDue(counting));
    }

    [Fact]
    public void A_same_day_limit_gives_a_due_with_an_hour_R44_R23() => Assert.True(TimeLimit.SameDay.GivesTimedDue(DueCounting.NextWorkingDay));

    [Theory]
    [InlineData("-1d")]
    [InlineData("1.5cd")]
    [InlineData("99999999999999999999d")]
    [InlineData("10001h")]
    [InlineData("3")]
    [InlineData("d")]
    public void Impossible_durations_are_refused_R44(string text) => Assert.False(TimeLimit.TryParse(text, out _));
}
