using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Data.Notifications;
using MotCua.Domain;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Features.Notifications;
using MotCua.Features.Shared;
using MotCua.Platform;
using MotCua.Tests.Processing;
using MotCua.Tests.Reception;

namespace MotCua.Tests.Notifications;

public sealed class OutboxTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Receiving_QueuesEmailAndSmsInTheSameSave_AndTheSenderDeliversThemOverSmtpAndTheGateway_R6(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        await using var smtp = new SmtpListener();
        await using var sms = await SmsGateway.StartAsync();
        await using var wired = Notify.Wired(app, smtp, sms);

        var code = await Notify.ReceiveAsync(app, MotCuaApp.DefaultNow);

        var queued = await Notify.OutboxAsync(app, code);
        Assert.Equal([MessageChannel.Email, MessageChannel.Sms], queued.Select(m => m.Channel));
        Assert.All(queued, m => Assert.Equal(OutboxStatus.Pending, m.Status));
        await Notify.DrainAsync(wired);

        var mail = Notify.Parse(Assert.Single(smtp.Accepted));
        Assert.Equal($"Đã tiếp nhận hồ sơ {code}", mail.Subject);
        Assert.Equal("hoa@example.vn", mail.To.Mailboxes.Single().Address);
        Assert.Contains("Kính gửi Ông/Bà Đỗ Thị Hoa", mail.TextBody);
        Assert.Contains("Tên thủ tục: Thủ tục đăng ký kết hôn", mail.TextBody);
        Assert.Contains("Ngày hẹn trả kết quả: ", mail.TextBody);
        Assert.Contains($"{Notify.PortalUrl}/tra-cuu?ma={code}", mail.TextBody);
        var text = Assert.Single(sms.Received);
        Assert.Equal("0912345678", text.GetProperty("to").GetString());
        Assert.StartsWith($"Hồ sơ {code} đã được tiếp nhận. Hẹn trả kết quả: ", text.GetProperty("message").GetString());
        Assert.All(await Notify.OutboxAsync(app, code), m => Assert.Equal(OutboxStatus.Sent, m.Status));

        // Sent is sent: another pass hands nothing over again.
        await Notify.DrainAsync(wired);
        Assert.Single(smtp.Accepted);
        Assert.Single(sms.Received);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task TheApplicantsChosenChannelsAreRespected(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var smsOnly = await Notify.ReceiveAsync(app, MotCuaApp.DefaultNow, NotifyBy.Sms);
        var emailOnly = await Notify.ReceiveAsync(app, MotCuaApp.DefaultNow, NotifyBy.Email);
        var none = await Notify.ReceiveAsync(app, MotCuaApp.DefaultNow, NotifyBy.None);

        Assert.Equal([MessageChannel.Sms], (await Notify.OutboxAsync(app, smsOnly)).Select(m => m.Channel));
        Assert.Equal([MessageChannel.Email], (await Notify.OutboxAsync(app, emailOnly)).Select(m => m.Channel));
        Assert.Empty(await Notify.OutboxAsync(app, none));
        await using var db = app.NewDbContext();
        Assert.Equal(NotifyBy.Sms, (await db.Dossiers.SingleAsync(d => d.Code == DossierCode.Parse(smsOnly))).Applicant.NotifyBy);
    }

    [Fact]
    public async Task TheReceptionFormAndThePortalFormOfferTheChannels()
    {
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 0);
        var reception = await app.SignedIn("tiepnhan1");
        var form = await reception.ReadAsync($"/tiep-nhan/thu-tuc/{Desk.Marriage}");
        Assert.Contains("name=\"NotifyByEmail\"", form);
        Assert.Contains("name=\"NotifyBySms\"", form);
        var portal = await app.Browser().ReadAsync($"/nop-ho-so/{Desk.Marriage}");
        Assert.Contains("name=\"Applicant.NotifyByEmail\"", portal);
        Assert.Contains("Nhận thông báo về hồ sơ qua:", portal);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task AFailingServerIsRetriedWithDoublingDelays_ThenTheMessageIsADeadLetter_WhichTheAdministratorSendsAgain(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        await using var smtp = new SmtpListener { RefuseNext = 1000 };
        await using var sms = await SmsGateway.StartAsync();
        await using var wired = Notify.Wired(app, smtp, sms, maxAttempts: 3);
        var code = await Notify.ReceiveAsync(app, MotCuaApp.DefaultNow, NotifyBy.Email);
        var sender = wired.Services.GetRequiredService<OutboxSender>();

        Assert.Equal(1, await sender.RunOnceAsync());
        var message = Assert.Single(await Notify.OutboxAsync(app, code));
        Assert.Equal((OutboxStatus.Pending, 1), (message.Status, message.Attempts));
        Assert.Equal(app.Clock.GetUtcNow().AddMinutes(1), message.NotBefore);
        Assert.Equal(0, await sender.RunOnceAsync());

        app.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await sender.RunOnceAsync());
        message = Assert.Single(await Notify.OutboxAsync(app, code));
        Assert.Equal((OutboxStatus.Pending, 2), (message.Status, message.Attempts));
        Assert.Equal(app.Clock.GetUtcNow().AddMinutes(2), message.NotBefore);

        app.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await sender.RunOnceAsync());
        message = Assert.Single(await Notify.OutboxAsync(app, code));
        Assert.Equal((OutboxStatus.Dead, 3), (message.Status, message.Attempts));
        Assert.Contains("Try again later", message.LastError);
        Assert.Empty(smtp.Accepted);

        var admin = await Officers.SignedInAsync(wired, "quantri");
        var page = await admin.ReadAsync("/quan-tri/thong-bao");
        Assert.Contains("hoa@example.vn", page);
        smtp.RefuseNext = 0;
        var retried = await admin.PostFormAsync($"/quan-tri/thong-bao?handler=Retry&id={message.Id}", [], "/quan-tri/thong-bao");
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Contains("Đã đưa thư gửi hoa@example.vn trở lại hàng đợi.", WebUtility.HtmlDecode(await retried.Content.ReadAsStringAsync()));
        await Notify.DrainAsync(wired);
        Assert.Single(smtp.Accepted);
        Assert.Equal(OutboxStatus.Sent, Assert.Single(await Notify.OutboxAsync(app, code)).Status);
    }

    /// <summary>The embedded default has no SMTP server and no SMS gateway: its messages wait, untried, and the administrator is told why.</summary>
    [Fact]
    public async Task A_channel_with_no_server_configured_is_not_tried_its_messages_wait_and_the_administrator_is_told()
    {
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 0);
        var code = await Notify.ReceiveAsync(app, MotCuaApp.DefaultNow);
        Assert.Equal(0, await app.Services.GetRequiredService<OutboxSender>().RunOnceAsync());
        var messages = await Notify.OutboxAsync(app, code);
        Assert.Equal(2, messages.Count);
        Assert.All(messages, m => Assert.Equal((OutboxStatus.Pending, 0, (string?)null), (m.Status, m.Attempts, m.LastError)));

        var page = await (await app.SignedIn("quantri")).ReadAsync("/quan-tri/thong-bao");
        Assert.Contains("Chưa cấu hình máy chủ thư", page);
        Assert.Contains("Chưa cấu hình cổng tin nhắn", page);
    }

    [Fact]
    public async Task TheDeadLetterPageIsForAdministratorsOnly()
    {
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 0);
        var reception = await app.SignedIn("tiepnhan1");
        Assert.Equal(HttpStatusCode.Redirect, (await reception.GetAsync("/quan-tri/thong-bao")).StatusCode);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task OutsideWorkingHoursAMessageIsHeldUntilTheNextWorkingInstant(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        await using var smtp = new SmtpListener();
        await using var sms = await SmsGateway.StartAsync();
        await using var wired = Notify.Wired(app, smtp, sms);
        var code = await Notify.ReceiveAsync(app, MotCuaApp.DefaultNow, NotifyBy.Sms);
        // Monday 18:00: the Center has closed; Tuesday 24/11/2026 is a holiday (Ngày Văn hóa Việt Nam), so it opens on Wednesday.
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 23, 18, 0, 0, TimeSpan.FromHours(7)));

        await Notify.DrainAsync(wired);
        var held = Assert.Single(await Notify.OutboxAsync(app, code));
        Assert.Equal(OutboxStatus.Pending, held.Status);
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 7, 30, 0, TimeSpan.FromHours(7)), held.NotBefore);
        Assert.Empty(sms.Received);

        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 25, 7, 29, 0, TimeSpan.FromHours(7)));
        await Notify.DrainAsync(wired);
        Assert.Empty(sms.Received);
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 25, 7, 30, 0, TimeSpan.FromHours(7)));
        await Notify.DrainAsync(wired);
        Assert.Single(sms.Received);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task AStoppedDossierTellsTheApplicantWhy_AndOfficersGetTheirNotices(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var code = await Notify.ReceiveAsync(app, MotCuaApp.DefaultNow, NotifyBy.Email, transfer: true);
        await using (var db = app.NewDbContext())
        {
            var dossier = await db.Dossiers.Whole().SingleAsync(d => d.Code == DossierCode.Parse(code));
            var reception = await Desk.ActorAsync(db, "tiepnhan1", Role.Reception);
            Assert.True(dossier.Stop("Người nộp đề nghị dừng", reception, MotCuaApp.DefaultNow.AddHours(1)).Succeeded);
            await db.SaveChangesAsync();
        }
        var mails = await Notify.OutboxAsync(app, code);
        Assert.Equal([$"Đã tiếp nhận hồ sơ {code}", $"Dừng giải quyết hồ sơ {code}"], mails.Select(m => m.Subject));
        Assert.Contains("Lý do: Người nộp đề nghị dừng", mails[1].Body);

        // The transfer put a notice in the agency's inbox; the agency's officers see it under the bell.
        await using var check = app.NewDbContext();
        var agency = (await check.Dossiers.SingleAsync(d => d.Code == DossierCode.Parse(code))).AgencyId;
        var processor = await check.Users.FirstAsync(u => u.UnitId == agency && u.UserName!.StartsWith("chuyenvien"));
        var client = await app.SignedIn(processor.UserName!);
        var layout = await client.ReadAsync("/xu-ly");
        Assert.Contains("Thông báo (1)", layout);
        var notices = await client.ReadAsync("/thong-bao");
        Assert.Contains($"Hồ sơ {code} được chuyển đến để giải quyết.", notices);
        // Another unit's officers do not see it.
        var other = await check.Users.FirstAsync(u => u.UnitId != agency && u.UserName!.StartsWith("chuyenvien"));
        Assert.DoesNotContain(code, await (await app.SignedIn(other.UserName!)).ReadAsync("/thong-bao"));
    }
}
