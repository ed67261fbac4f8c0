using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using MotCua.Data;
using MotCua.Data.Notifications;
using MotCua.Domain;
using MotCua.Domain.Catalog;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Features.Demo;
using MotCua.Features.Notifications;
using MotCua.Features.Reception;
using MotCua.Features.Shared;
using MotCua.Platform;
using MotCua.Tests.Reception;

namespace MotCua.Tests.Notifications;

/// <summary>What the notification tests share: the app wired to a test SMTP server and SMS gateway, and dossiers received through the domain.</summary>
public static class Notify
{
    public const string PortalUrl = "https://dichvucong.test";

    /// <summary>The app with its channels pointed at the listeners; the sender and the watch run when the test calls them.</summary>
    public static WebApplicationFactory<Program> Wired(MotCuaApp app, SmtpListener smtp, SmsGateway sms, int maxAttempts = 6) =>
        app.WithWebHostBuilder(b =>
        {
            b.UseSetting("App:PublicBaseUrl", PortalUrl);
            b.UseSetting("Notifications:Smtp:Host", "127.0.0.1");
            b.UseSetting("Notifications:Smtp:Port", smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            b.UseSetting("Notifications:Sms:Url", sms.Url);
            b.UseSetting("Notifications:Sms:Token", SmsGateway.Token);
            b.UseSetting("Notifications:MaxAttempts", maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture));
            b.UseSetting("Notifications:RetryDelay", "00:01:00");
        });

    /// <summary>Runs the sender until it has nothing due.</summary>
    public static async Task DrainAsync(WebApplicationFactory<Program> app)
    {
        var sender = app.Services.GetRequiredService<OutboxSender>();
        for (var i = 0; i < 20 && await sender.RunOnceAsync() > 0; i++)
        {
        }
    }

    /// <summary>tiepnhan1 receives a marriage registration from Đỗ Thị Hoa (hoa@example.vn, 0912345678) with her chosen channels.</summary>
    public static async Task<string> ReceiveAsync(MotCuaApp app, DateTimeOffset at, NotifyBy notifyBy = NotifyBy.Email | NotifyBy.Sms, bool transfer = false,
        string caseName = Desk.Simple)
    {
        await using var db = app.NewDbContext();
        var locality = await app.Services.GetRequiredService<LocalitySource>().GetAsync(db);
        var procedure = await db.Procedures.Include(p => p.Versions).SingleAsync(p => p.Code == Desk.Marriage);
        var reception = await Desk.ActorAsync(db, "tiepnhan1", Role.Reception);
        var version = procedure.VersionInForceOn(locality.Calendar.LocalDate(at))!;
        var code = await DossierCodes.NextAsync(db, procedure, locality.Calendar, at);
        var received = Dossier.Receive(code, DemoCatalog.Center.Id, procedure, caseName, TestApplicants.Individual(Desk.Hoa, Desk.Address, email: "hoa@example.vn", notifyBy: notifyBy),
            version.Components.Where(c => c.Required).Select(c => new SubmittedComponent(c.Name, c.Originals, c.Copies)).ToList(),
            Channel.InPerson, Channel.InPerson, reception, at, locality);
        Assert.True(received.Succeeded, received.ToString());
        if (transfer)
            Assert.True(received.Value!.Transfer(reception, at.AddMinutes(10), locality).Succeeded);
        db.Dossiers.Add(received.Value!);
        await db.SaveChangesAsync();
        return received.Value!.Code.ToString();
    }

    public static async Task<List<OutboxMessage>> OutboxAsync(MotCuaApp app, string code)
    {
        await using var db = app.NewDbContext();
        return await db.Outbox.Where(m => m.DossierCode == DossierCode.Parse(code)).OrderBy(m => m.Id).ToListAsync();
    }

    public static MimeMessage Parse(string raw) => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(raw)));
}
