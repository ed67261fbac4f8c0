using MotCua.Domain.Time;
using MotCua.Features.Shared;

namespace MotCua.Tests.Monitoring;

public class DueSoonTests
{
    /// <summary>
    /// The monitor classifies in SQL with one instant; it must agree with the badge every list shows,
    /// through weekends, Tết and the day off of 24/11, at every half hour of the clock and of the due date.
    /// </summary>
    [Theory]
    [InlineData("2026-02-09")]
    [InlineData("2026-04-27")]
    [InlineData("2026-11-16")]
    public void The_due_soon_boundary_agrees_with_the_badge_at_every_half_hour_R46(string fromDay)
    {
        var calendar = StateCalendars.VietnamStateBodiesCalendar;
        var start = calendar.AtLocal(DateOnly.Parse(fromDay), TimeOnly.MinValue);
        var step = TimeSpan.FromMinutes(30);
        var seen = new HashSet<DueStatus>();
        for (var now = start; now < start.AddDays(14); now += step)
        {
            var until = DueBadge.DueSoonUntil(now, calendar);
            for (var due = now; due < now.AddDays(12); due += step)
            {
                var status = DueBadge.Status(due, now, calendar);
                var bySql = due < until ? DueStatus.DueSoon : DueStatus.OnTrack;
                Assert.True(status == bySql, $"now {now:yyyy-MM-dd HH:mm}, due {due:yyyy-MM-dd HH:mm}: badge {status}, boundary {bySql}");
                seen.Add(status);
            }
        }
        Assert.Equal([DueStatus.OnTrack, DueStatus.DueSoon], seen.Order());
    }
}
