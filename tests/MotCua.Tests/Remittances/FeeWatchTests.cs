using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Features.Demo;
using MotCua.Features.Notifications;
using MotCua.Tests.Exceptions;

namespace MotCua.Tests.Remittances;

public sealed class FeeWatchTests
{
    static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    /// <summary>Monday 02/11/2026, before any warning is due.</summary>
    static readonly DateTimeOffset Start = new(2026, 11, 2, 8, 0, 0, Vietnam);

    static async Task<List<string>> FeeNoticesAtAsync(MotCuaApp app, DateTimeOffset now)
    {
        app.Clock.SetUtcNow(now);
        await app.Services.GetRequiredService<DeadlineWatch>().RunOnceAsync();
        await using var db = app.NewDbContext();
        return await db.OfficerNotifications.Where(n => n.Key.StartsWith("phi/")).OrderBy(n => n.Key).Select(n => n.Key).ToListAsync();
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Under_Vinh_Long_the_watch_warns_on_the_3rd_working_day_of_unconfirmed_papers_and_of_money_held_past_the_month_once_R29_R60(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0, now: Start);
        await ExceptionDesk.UseProfileAsync(app, "vinh-long-province-2025");
        await using (var db = app.NewDbContext())
            await RemittanceTests.SeedOctoberAsync(db);

        // Wednesday 04/11/2026, the 3rd working day: October's money was due by Friday 30/10, its papers by the 4th.
        var keys = await FeeNoticesAtAsync(app, new DateTimeOffset(2026, 11, 4, 10, 0, 0, Vietnam));
        var (agency, center) = (DemoCatalog.Justice.Id, DemoCatalog.Center.Id);
        Assert.Equal(
        [
            $"phi/doi-soat/{agency}/{center}/2026-10/sap-han/co-quan",
            $"phi/doi-soat/{agency}/{center}/2026-10/sap-han/don-vi-thu",
            $"phi/nop/{center}/{agency}/ck/20261030/qua-han",
            $"phi/nop/{center}/{agency}/tm/20261030/qua-han",
        ], keys);
        // Later the same day: nothing new.
        Assert.Equal(keys, await FeeNoticesAtAsync(app, new DateTimeOffset(2026, 11, 4, 15, 0, 0, Vietnam)));
        await using var read = app.NewDbContext();
        var leader = await read.OfficerNotifications.SingleAsync(n => n.Key.EndsWith("/co-quan"));
        Assert.Equal(("AgencyLeader", agency), (leader.Role, leader.UnitId));
        Assert.Equal("Đối chiếu phí, lệ phí tháng 10/2026 chưa được xác nhận; hạn 04/11/2026.", leader.Text);
    }

    [Fact]
    public async Task Under_Bac_Kan_the_papers_warning_waits_until_the_10th_approaches_R60()
    {
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 0, now: Start);
        await ExceptionDesk.UseProfileAsync(app, "bac-kan-ward-2025");
        await using (var db = app.NewDbContext())
            await RemittanceTests.SeedOctoberAsync(db);

        Assert.DoesNotContain(await FeeNoticesAtAsync(app, new DateTimeOffset(2026, 11, 4, 10, 0, 0, Vietnam)), k => k.StartsWith("phi/doi-soat/"));
        // Thursday 05/11: three working days (5, 6 and 9) are left up to Monday 09/11.
        Assert.Contains(await FeeNoticesAtAsync(app, new DateTimeOffset(2026, 11, 5, 10, 0, 0, Vietnam)), k => k.StartsWith("phi/doi-soat/") && k.EndsWith("/co-quan"));
    }
}
