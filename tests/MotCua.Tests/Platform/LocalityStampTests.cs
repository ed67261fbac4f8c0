using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MotCua.Data;
using MotCua.Platform;

namespace MotCua.Tests.Platform;

/// <summary>The stamp that tells every node its cached calendar is stale, and a node's cache reading it (ADR 11).</summary>
public sealed class LocalityStampTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Saving_a_calendar_day_the_settings_or_an_agencys_fee_collector_moves_the_stamp_and_other_saves_do_not_R29(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var initial = await StampAsync(app);

        await using (var db = app.NewDbContext())
        {
            db.Units.Single(u => u.Id == "000.01.31.H22").Name += " (mới)";
            await db.SaveChangesAsync();
        }
        Assert.Equal(initial, await StampAsync(app));

        await using (var db = app.NewDbContext())
        {
            db.CalendarDays.Add(new CalendarDay { Date = new DateOnly(2026, 12, 4), IsWorking = false, Name = "Nghỉ đột xuất" });
            await db.SaveChangesAsync();
        }
        var afterDay = await StampAsync(app);
        Assert.NotEqual(initial, afterDay);

        await using (var db = app.NewDbContext())
        {
            (await db.Settings.SingleAsync()).ActiveProfileId = "thai-nguyen-province-2026";
            await db.SaveChangesAsync();
        }
        var afterProfile = await StampAsync(app);
        Assert.NotEqual(afterDay, afterProfile);

        // An agency choosing who collects its fees changes the locality every node builds (R29).
        await using (var db = app.NewDbContext())
        {
            db.Units.Single(u => u.Id == "000.01.31.H22").FeeCollector = MotCua.Domain.Fees.FeeCollector.Agency;
            await db.SaveChangesAsync();
        }
        Assert.NotEqual(afterProfile, await StampAsync(app));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_node_keeps_its_calendar_for_the_refresh_interval_then_rebuilds_it_when_another_node_changed_it(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var clock = new FakeTimeProvider(MotCuaApp.DefaultNow);
        var node = new LocalitySource(clock, Options.Create(new LocalityOptions { RefreshInterval = TimeSpan.FromSeconds(2) }));
        var friday = new DateOnly(2026, 12, 4);
        await using var db = app.NewDbContext();
        Assert.True((await node.GetAsync(db)).Calendar.IsWorkingDay(friday));

        // Another node's administrator makes Friday a holiday.
        await using (var other = app.NewDbContext())
        {
            other.CalendarDays.Add(new CalendarDay { Date = friday, IsWorking = false, Name = "Nghỉ đột xuất" });
            await other.SaveChangesAsync();
        }
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True((await node.GetAsync(db)).Calendar.IsWorkingDay(friday));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False((await node.GetAsync(db)).Calendar.IsWorkingDay(friday));
    }

    static async Task<Guid> StampAsync(MotCuaApp app)
    {
        await using var db = app.NewDbContext();
        return (await db.Settings.AsNoTracking().SingleAsync()).LocalityStamp;
    }
}
