using static MotCua.Domain.Tests.TestCalendars;

namespace MotCua.Domain.Tests.Time;

public class SubtractWorkingTimeTests
{
    [Theory]
    [InlineData("2026-03-03T09:00", 0.5, "2026-03-03T08:30")]
    [InlineData("2026-03-03T09:00", 2, "2026-03-02T16:30")]
    [InlineData("2026-03-03T12:00", 1, "2026-03-03T10:30")]   // from the lunch break: the morning's end
    [InlineData("2026-03-03T17:00", 3.5, "2026-03-03T13:30")] // the whole afternoon: its start
    [InlineData("2026-03-07T10:00", 7.5, "2026-03-06T07:30")] // from a Saturday: one working day back from Friday's end
    [InlineData("2026-02-23T09:00", 1.5, "2026-02-23T07:30")]
    [InlineData("2026-02-23T09:00", 9, "2026-02-13T07:30")]   // across Tết (16–20 Feb) and two weekends: a whole Friday
    public void Subtracts_working_time_inside_sessions_R23(string from, double hours, string expected)
    {
        var result = Vietnam2026.SubtractWorkingTime(Local(from), TimeSpan.FromHours(hours));
        Assert.Equal(expected, Show(result));
    }

    [Fact]
    public void Is_the_inverse_of_adding_working_time_over_long_spans()
    {
        var from = Local("2026-12-15T10:00");
        foreach (var days in new[] { 1, 10, 100, 230 })
        {
            var span = Vietnam2026.WorkingDayLength * days + TimeSpan.FromMinutes(45);
            var back = Vietnam2026.SubtractWorkingTime(from, span);
            Assert.Equal(span, Vietnam2026.WorkingTimeBetween(back, from));
            Assert.Equal(from, Vietnam2026.AddWorkingTime(back, span));
        }
    }

    [Fact]
    public void Refuses_a_negative_span()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Vietnam2026.SubtractWorkingTime(Local("2026-03-03T09:00"), TimeSpan.FromHours(-1)));
    }
}
