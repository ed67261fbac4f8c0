using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Data.Notifications;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Features.Notifications;
using MotCua.Features.Shared;
using MotCua.Platform;
using MotCua.Tests.Processing;
using MotCua.Tests.Reception;

namespace MotCua.Tests.Notifications;

public sealed class DeadlineWatchTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task TheWatchRaisesDueSoon_ThenTheApologyWindow_ThenOverdueWithEscalation_EachOnce_R46(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        await using var wired = app.WithWebHostBuilder(b => b.UseSetting("DeadlineWatch:DueSoonShare", "0.5"));
        var watch = wired.Services.GetRequiredService<DeadlineWatch>();
        var code = await Notify.ReceiveAsync(app, MotCuaApp.DefaultNow, NotifyBy.None, transfer: true, caseName: Desk.Verified);
        await using var db = app.NewDbContext();
        var calendar = (await app.Services.GetRequiredService<LocalitySource>().GetAsync(db)).Calendar;
        var dossier = await db.Dossiers.AsNoTracking().SingleAsync(d => d.Code == DossierCode.Parse(code));
        var received = dossier.Clock!.ReceivedAt;
        var due = dossier.Due!.Value;

        async Task<List<AlertKind>> DossierAlertsAt(DateTimeOffset now)
        {
            app.Clock.SetUtcNow(now);
            await watch.RunOnceAsync();
            await using var read = app.NewDbContext();
            var alerts = await read.DeadlineAlerts.Where(a => a.DossierCode == DossierCode.Parse(code) && a.Step == null).ToListAsync();
            return alerts.OrderBy(a => a.RaisedAt).ThenBy(a => a.Kind).Select(a => a.Kind).ToList();
        }

        Assert.Empty(await DossierAlertsAt(calendar.AddWorkingTime(received, calendar.WorkingTimeBetween(received, due) * 0.3)));
        Assert.Equal([AlertKind.DueSoon], await DossierAlertsAt(calendar.AddWorkingTime(received, calendar.WorkingTimeBetween(received, due) * 0.6)));
        var apologyDay = calendar.PreviousWorkingDayBefore(calendar.LocalDate(due));
        Assert.Equal([AlertKind.DueSoon, AlertKind.ApologyWindowClosing], await DossierAlertsAt(calendar.StartOfWorkingDay(apologyDay).AddHours(1)));
        var overdue = calendar.NextWorkingInstant(due.AddMinutes(1)).AddHours(1);
        Assert.Equal([AlertKind.DueSoon, AlertKind.ApologyWindowClosing, AlertKind.Overdue, AlertKind.Escalated], await DossierAlertsAt(overdue));
        // Again, and later the same day: nothing new. Two working days late, the Center's rule fires too.
        Assert.Equal(4, (await DossierAlertsAt(overdue.AddHours(1))).Count);
        var escalated = await db.DeadlineAlerts.Where(a => a.DossierCode == DossierCode.Parse(code) && a.Kind == AlertKind.Escalated).Select(a => a.Rule).ToListAsync();
        Assert.Equal(["qua-han-bao-lanh-dao"], escalated);
        var twoDaysLate = calendar.StartOfWorkingDay(calendar.NextWorkingDayAfter(calendar.NextWorkingDayAfter(calendar.LocalDate(overdue)))).AddHours(2);
        Assert.Equal(5, (await DossierAlertsAt(twoDaysLate)).Count);

        var leaderNotices = await db.OfficerNotifications.Where(n => n.DossierCode == DossierCode.Parse(code) && n.Role == "AgencyLeader").Select(n => n.Text).ToListAsync();
        Assert.Contains(leaderNotices, t => t.Contains("quá hạn") && t.Contains("qua-han-bao-lanh-dao"));
        Assert.Single(await db.OfficerNotifications.Where(n => n.DossierCode == DossierCode.Parse(code) && n.UnitId == dossier.CenterId && n.Role == "CenterDirector").ToListAsync());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_consultation_past_its_reply_deadline_is_flagged_once_to_the_lead_agency_and_the_Center_R19(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var watch = app.Services.GetRequiredService<DeadlineWatch>();
        var code = await Notify.ReceiveAsync(app, MotCuaApp.DefaultNow.AddHours(-1), NotifyBy.None, transfer: true, caseName: Desk.Verified);
        var replyBy = MotCuaApp.DefaultNow.AddHours(4); // Monday 14:00
        await using (var db = app.NewDbContext())
        {
            var locality = await app.Services.GetRequiredService<LocalitySource>().GetAsync(db);
            var dossier = await db.Dossiers.Whole().SingleAsync(d => d.Code == DossierCode.Parse(code));
            var processor = await Desk.ActorAsync(db, "chuyenvien1", Domain.Role.Processor);
            var consulted = dossier.Consult([Features.Demo.DemoCatalog.FinanceAndPlanning.Id], "Đề nghị cho ý kiến về nguồn gốc tài sản", replyBy, processor,
                MotCuaApp.DefaultNow, locality);
            Assert.True(consulted.Succeeded, consulted.ToString());
            await db.SaveChangesAsync();
        }

        async Task<List<(string? UnitId, string? Role)>> NoticesAt(DateTimeOffset now)
        {
            app.Clock.SetUtcNow(now);
            await watch.RunOnceAsync();
            await using var read = app.NewDbContext();
            var late = await read.DeadlineAlerts.Where(a => a.DossierCode == DossierCode.Parse(code) && a.Kind == AlertKind.ConsultationLate).Select(a => a.Key).ToListAsync();
            return await read.OfficerNotifications.Where(n => late.Select(k => "canh-bao/" + k).Contains(n.Key))
                .OrderBy(n => n.UnitId).Select(n => new ValueTuple<string?, string?>(n.UnitId, n.Role)).ToListAsync();
        }

        Assert.Empty(await NoticesAt(replyBy.AddMinutes(-30)));
        var flagged = await NoticesAt(replyBy.AddHours(1));
        Assert.Equal([(Features.Demo.DemoCatalog.Justice.Id, null), (Features.Demo.DemoCatalog.Center.Id, "CenterStaff")],
            flagged.OrderByDescending(n => n.UnitId == Features.Demo.DemoCatalog.Justice.Id).ToList());
        Assert.Equal(2, (await NoticesAt(replyBy.AddHours(2))).Count);
        var monitor = await (await app.SignedIn("giamsat")).ReadAsync("/giam-sat");
        Assert.Contains($"Hồ sơ {code}: cơ quan được xin ý kiến (000.02.31.H22) chưa trả lời", monitor);
    }

    [Fact]
    public async Task OutsideWorkingHoursTheWatchSendsNothing()
    {
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 0);
        await Notify.ReceiveAsync(app, MotCuaApp.DefaultNow.AddDays(-30), NotifyBy.None, transfer: true);
        var watch = app.Services.GetRequiredService<DeadlineWatch>();
        // Sunday 29/11/2026: a rest day. The dossier is long overdue, yet nobody is messaged.
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 29, 10, 0, 0, TimeSpan.FromHours(7)));
        Assert.Equal(0, await watch.RunOnceAsync());
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.FromHours(7)));
        Assert.True(await watch.RunOnceAsync() > 0);
    }

    [Fact]
    public async Task TwoNodesOnOnePostgresDatabaseRaiseEachAlertOnce_AndTheMonitorAndTheAgencyInboxShowThem()
    {
        await using var app = await MotCuaApp.StartAsync("Postgres", dossiers: 0);
        var codes = new List<string>();
        for (var i = 0; i < 5; i++)
            codes.Add(await Notify.ReceiveAsync(app, MotCuaApp.DefaultNow.AddDays(-40 + i), NotifyBy.None, transfer: true));
        // A second application on the same database: its own services, its own watch and node name.
        await using var other = app.WithWebHostBuilder(_ => { });
        var nodes = new[] { app.Services.GetRequiredService<DeadlineWatch>(), other.Services.GetRequiredService<DeadlineWatch>() };
        Assert.NotSame(nodes[0], nodes[1]);

        var raised = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => nodes[i % 2].RunOnceAsync()));
        // The lease expires; the other node takes over and finds every alert already raised.
        app.Clock.Advance(TimeSpan.FromMinutes(3));
        var later = await Task.WhenAll(nodes.Select(n => n.RunOnceAsync()));

        await using var db = app.NewDbContext();
        var alerts = await db.DeadlineAlerts.ToListAsync();
        // Per dossier: overdue, and the three escalation rules (leader, Center, monitor), all long passed.
        Assert.Equal(codes.Count * 4, alerts.Count);
        Assert.Equal(alerts.Count, raised.Sum());
        Assert.Equal(0, later.Sum());
        var notices = await db.OfficerNotifications.Where(n => n.Key.StartsWith("canh-bao/")).ToListAsync();
        Assert.Equal(codes.Count * 3, notices.Count);
        Assert.Equal(notices.Count, notices.Select(n => n.Key).Distinct().Count());

        var monitor = await (await app.SignedIn("giamsat")).ReadAsync("/giam-sat");
        Assert.Contains("Cảnh báo hạn xử lý", monitor);
        Assert.Contains($"Hồ sơ {codes[0]} quá hạn", monitor);
        var agency = (await db.Dossiers.SingleAsync(d => d.Code == DossierCode.Parse(codes[0]))).AgencyId;
        var processor = await db.Users.FirstAsync(u => u.UnitId == agency && u.UserName!.StartsWith("chuyenvien"));
        var inbox = await (await app.SignedIn(processor.UserName!)).ReadAsync("/xu-ly");
        Assert.Contains($"Hồ sơ {codes[0]} đã quá hạn giải quyết", inbox);
    }
}
