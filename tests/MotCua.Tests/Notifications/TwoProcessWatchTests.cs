using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;

namespace MotCua.Tests.Notifications;

public sealed class TwoProcessWatchTests
{
    [Fact]
    public async Task TwoApplicationProcessesOnOnePostgresDatabase_RaiseEachDeadlineAlertOnce()
    {
        await using var app = await MotCuaApp.StartAsync("Postgres", dossiers: 0);
        var codes = new List<string>();
        for (var i = 0; i < 5; i++)
            codes.Add(await Notify.ReceiveAsync(app, DateTimeOffset.UtcNow.AddDays(-60 + i), NotifyBy.None, transfer: true));
        await using (var db = app.NewDbContext())
        {
            // The processes run on the real clock: every hour a working hour, so the watch runs whenever the test does.
            (await db.Settings.SingleAsync()).WeekendAndSessions = AppProcess.AlwaysOpen;
            db.CalendarDays.RemoveRange(db.CalendarDays);
            await db.SaveChangesAsync();
        }
        var settings = new Dictionary<string, string>
        {
            ["Notifications__SenderEnabled"] = "false",
            // A lease shorter than the interval: the nodes take turns, so both run passes over the same dossiers.
            ["DeadlineWatch__Interval"] = "00:00:00.4",
            ["DeadlineWatch__Lease"] = "00:00:00.2",
        };
        using var first = AppProcess.Start(app.Database, settings);
        using var second = AppProcess.Start(app.Database, settings);
        try
        {
            await BothNodesRanAfterAllAlertsAsync(app, codes.Count * 4).WaitAsync(TimeSpan.FromMinutes(2));
            Assert.False(first.HasExited);
            Assert.False(second.HasExited);
        }
        finally
        {
            first.Kill(entireProcessTree: true);
            second.Kill(entireProcessTree: true);
            await Task.WhenAll(first.WaitForExitAsync(), second.WaitForExitAsync());
        }

        await using var check = app.NewDbContext();
        var alerts = await check.DeadlineAlerts.ToListAsync();
        Assert.Equal(codes.Count * 4, alerts.Count);
        Assert.All(codes, c => Assert.Equal(4, alerts.Count(a => a.DossierCode == DossierCode.Parse(c))));
        var notices = await check.OfficerNotifications.Where(n => n.Key.StartsWith("canh-bao/")).ToListAsync();
        Assert.Equal(codes.Count * 3, notices.Count);
    }

    /// <summary>Waits until every alert exists and then each of the two nodes has held the watch's lease.</summary>
    static async Task BothNodesRanAfterAllAlertsAsync(MotCuaApp app, int alerts)
    {
        var owners = new HashSet<string>();
        while (true)
        {
            await using var db = app.NewDbContext();
            if (await db.DeadlineAlerts.CountAsync() >= alerts)
            {
                if (await db.JobLeases.SingleOrDefaultAsync() is { } lease)
                    owners.Add(lease.Owner);
                if (owners.Count == 2)
                    return;
            }
            await Task.Delay(100);
        }
    }
}
