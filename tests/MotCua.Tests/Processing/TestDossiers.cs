using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Features.Shared;
using MotCua.Domain;
using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Data;
using MotCua.Domain.Fees;
using MotCua.Features.Demo;
using MotCua.Features.Fees;
using MotCua.Features.Reception;
using MotCua.Platform;

namespace MotCua.Tests.Processing;

/// <summary>Dossiers made through the domain in a test's database, and the pages read back as text.</summary>
public static partial class TestDossiers
{
    /// <summary>tiepnhan1 receives a dossier of a demo procedure at the counter and, unless told otherwise, transfers it ten minutes later.</summary>
    public static async Task<string> ReceiveAsync(MotCuaApp app, string procedureCode, DateTimeOffset receivedAt, bool transfer = true,
        string applicant = "Đỗ Thị Hoa") =>
        (await ReceiveManyAsync(app, procedureCode, receivedAt, 1, transfer, applicant))[0];

    /// <summary>As <see cref="ReceiveAsync"/>, <paramref name="count"/> dossiers at once, saved together.</summary>
    public static async Task<IReadOnlyList<string>> ReceiveManyAsync(MotCuaApp app, string procedureCode, DateTimeOffset receivedAt, int count,
        bool transfer = true, string applicant = "Đỗ Thị Hoa")
    {
        await using var db = app.NewDbContext();
        var locality = await app.Services.GetRequiredService<LocalitySource>().GetAsync(db);
        var procedure = await db.Procedures.Include(p => p.Versions).SingleAsync(p => p.Code == procedureCode);
        var officer = await db.Users.SingleAsync(u => u.UserName == "tiepnhan1");
        var reception = new Actor(officer.Id, officer.FullName, Role.Reception, officer.UnitId);
        var day = locality.Calendar.LocalDate(receivedAt);
        var version = procedure.VersionInForceOn(day)!;
        var codes = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var code = await DossierCodes.NextAsync(db, procedure, locality.Calendar, receivedAt);
            var received = Dossier.Receive(code, DemoCatalog.Center.Id, procedure, version.Cases[0].Name,
                TestApplicants.Individual(applicant, "Số 5, đường Lê Lợi, huyện Vĩnh An"),
                version.Components.Where(c => c.Required).Select(c => new SubmittedComponent(c.Name, c.Originals, c.Copies)).ToList(),
                Channel.InPerson, Channel.InPerson, reception, receivedAt, locality);
            Assert.True(received.Succeeded, received.ToString());
            var dossier = received.Value!;
            if (transfer)
            {
                await PayAsync(db, dossier, reception, receivedAt.AddMinutes(5), locality);
                Assert.True(dossier.Transfer(reception, receivedAt.AddMinutes(10), locality).Succeeded);
            }
            db.Dossiers.Add(dossier);
            codes.Add(dossier.Code.ToString());
        }
        await db.SaveChangesAsync();
        return codes;
    }

    /// <summary>The applicant pays in cash what is due now, the first of alternative lines, with its receipt (R29); nothing when nothing is due.</summary>
    public static async Task PayAsync(MotCuaDbContext db, Dossier dossier, Actor by, DateTimeOffset at, Locality locality)
    {
        if (dossier.FeesDueNow is not { } timing)
            return;
        var choices = dossier.FeeLines(timing).Where(f => f.Choice is not null && !f.OnRequest).GroupBy(f => f.Choice)
            .Select(g => new FeeChoice(g.First().Name, 1)).ToList();
        if (dossier.FeeCollector == FeeCollector.Agency)
        {
            // Under a profile where the agency collects (Bắc Kạn, Vĩnh Long), its processor takes the money.
            var processor = await db.Users.Where(u => u.UnitId == dossier.AgencyId && u.UserName!.StartsWith("chuyenvien")).FirstAsync();
            by = new Actor(processor.Id, processor.FullName, Role.Processor, processor.UnitId);
        }
        var collected = dossier.CollectFees(choices, null, PaymentMethod.Cash, by, at, locality);
        Assert.True(collected.Succeeded, collected.ToString());
        var year = locality.Calendar.ToLocal(at).Year;
        var (key, day) = Receipts.Counter(Receipts.CollectorUnit(dossier), year);
        db.Receipts.Add(Receipts.From(dossier, collected.Value!, year, await db.NextAsync(key, day), by, at, gatewayTransaction: null));
    }

    /// <summary>GETs a page that must answer 200 and returns its HTML decoded, so assertions read plain text.</summary>
    public static async Task<string> ReadAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The text of a response (decoded HTML).</summary>
    public static async Task<string> TextAsync(this HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    /// <summary>The rows of the dossier page's control slip (Mẫu 06), each as its cells' text joined by " | ".</summary>
    public static IReadOnlyList<string> ControlSlip(string html)
    {
        var slip = Regex.Match(html, "id=\"control-slip\".*?<tbody>(.*?)</tbody>", RegexOptions.Singleline);
        Assert.True(slip.Success, "the page has no control slip");
        return Row().Matches(slip.Groups[1].Value)
            .Select(r => Text(string.Join(" | ", Cell().Matches(r.Groups[1].Value).Select(c => c.Groups[1].Value))))
            .ToList();
    }

    /// <summary>The inbox row of a dossier, as its HTML (classes included, for the badges).</summary>
    public static string? InboxRow(string html, string code)
    {
        var row = Regex.Match(html, $"<tr id=\"{Regex.Escape(code)}\">(.*?)</tr>", RegexOptions.Singleline);
        return row.Success ? row.Groups[1].Value : null;
    }

    /// <summary>How many dossiers the inbox lists.</summary>
    public static int InboxRows(string html) => Regex.Count(html, "<tr id=\"");

    static string Text(string html) => Regex.Replace(Regex.Replace(html, "<[^>]+>", " "), @"\s+", " ").Trim();

    [GeneratedRegex("<tr>(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex Row();

    [GeneratedRegex("<td>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex Cell();
}
