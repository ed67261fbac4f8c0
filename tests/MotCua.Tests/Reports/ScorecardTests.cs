using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Catalog;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Features.Demo;
using MotCua.Platform;
using MotCua.Tests.Reception;

namespace MotCua.Tests.Reports;

public class ScorecardTests
{
    const string Verify = "Cần xác minh thêm điều kiện kết hôn"; // 5 working days
    static DateTimeOffset At(int month, int day, int hour) => new(2026, month, day, hour, 0, 0, TimeSpan.FromHours(7));
    static string Code(int n) => $"000.01.31.H22-261102-{n:0000}";

    /// <summary>
    /// Six marriage registrations of Phòng Tư pháp, period 02/11–13/11/2026, worked out by hand:
    /// received in the period A, B, D, E (4, all at the counter); carried over C (1) → (3) = 5.
    /// Decided in the period A, C early and E (two supplement requests: late for the index, R49) → 3, one counted late.
    /// Open at the end: B (due 09/11, overdue) and D (due 19/11, within) → (12) = 1, (13) = 1.
    /// 2.1 = (3 − 1 + 1) / 5 = 60% → 12 of 20 points; 3.3 = 0 / 4 online → 0 points;
    /// 5.4 = 100% − (1 overdue / 4 + 0 complained / 4) = 75% → 6 × 75 / 90 = 5 points; 4.1 = 0 / 3 results filed electronically.
    /// </summary>
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_index_of_an_agency_is_the_one_worked_out_by_hand_R37_R49(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        await Desk.WithResultAsync(app, Code(1), Verify, At(11, 2, 9), At(11, 3, 10), Channel.InPerson);          // A
        await Desk.WithResultAsync(app, "000.01.31.H22-261028-0001", Verify, At(10, 28, 9), At(11, 2, 10), Channel.InPerson); // C
        await OpenAsync(app, Code(2), At(11, 2, 9));                                                            // B, decided after the period
        await OpenAsync(app, Code(3), At(11, 12, 9));                                                           // D
        await TwiceSupplementedAsync(app, Code(4), At(11, 3, 9), decidedAt: At(11, 5, 14));                     // E
        await DecideAsync(app, Code(2), At(11, 20, 10));

        var client = await app.SignedIn("giamdoc");
        var page = await client.GetStringAsync("/bao-cao/chi-so?Choice.Kind=Range&Choice.From=2026-11-02&Choice.To=2026-11-13");
        var justice = DemoCatalog.Justice.Id;
        Assert.Equal(("3", "5", "60%", "12/20"), Index(page, justice, "2.1"));
        Assert.Equal(("0", "4", "0%", "0/4"), Index(page, justice, "3.3"));
        Assert.Equal(("3", "4", "75%", "5/6"), Index(page, justice, "5.4"));
        Assert.Equal(("0", "3", "0%", "0/5,5"), Index(page, justice, "4.1"));
        Assert.Contains($"data-index=\"{justice}/1.1\"", page);
        Assert.Matches($"data-index=\"{Regex.Escape(justice)}/1.1\">\\s*<th[^>]*>[^<]*</th>\\s*<td colspan=\"4\">Chưa có dữ liệu", page);

        var dossier = await client.GetStringAsync($"/ho-so/{Code(4)}");
        Assert.Contains("Trễ hạn: hồ sơ bị yêu cầu bổ sung 2 lần", dossier);
        Assert.Contains("Trước hạn, đúng hạn", await client.GetStringAsync($"/ho-so/{Code(1)}"));
    }

    [Fact]
    public async Task An_agency_sees_only_its_own_index_R37()
    {
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 40);
        var page = await (await app.SignedIn("lanhdao1")).GetStringAsync("/bao-cao/chi-so");
        Assert.Contains($"id=\"unit-{DemoCatalog.Justice.Id}\"", page);
        Assert.DoesNotContain($"id=\"unit-{DemoCatalog.FinanceAndPlanning.Id}\"", page);
        var bad = await (await app.SignedIn("giamsat")).GetAsync("/bao-cao/chi-so?Choice.Kind=Month&Choice.Year=2026&Choice.Number=0");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    static (string Numerator, string Denominator, string Rate, string Points) Index(string page, string unit, string id)
    {
        var row = Regex.Match(page, $"data-index=\"{Regex.Escape(unit)}/{Regex.Escape(id)}\">(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;
        var cells = Regex.Matches(row, "<td class=\"num\">([^<]*)</td>").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        return (cells[0], cells[1], cells[2], cells[3]);
    }

    static async Task<(MotCuaDbContext Db, Locality Locality, Actor Reception, Actor Processor, Actor Leader)> DeskAsync(MotCuaApp app)
    {
        var db = app.NewDbContext();
        var locality = await app.Services.GetRequiredService<LocalitySource>().GetAsync(db);
        return (db, locality, await Desk.ActorAsync(db, "tiepnhan1", Role.Reception), await Desk.ActorAsync(db, "chuyenvien1", Role.Processor),
            await Desk.ActorAsync(db, "lanhdao1", Role.AgencyLeader));
    }

    static async Task<Dossier> ReceiveAsync(MotCuaDbContext db, Locality locality, Actor reception, string code, DateTimeOffset at)
    {
        var procedure = await db.Procedures.Include(p => p.Versions).SingleAsync(p => p.Code == Desk.Marriage);
        var dossier = Dossier.Receive(DossierCode.Parse(code), DemoCatalog.Center.Id, procedure, Verify, Desk.Applicant, [new(Desk.MarriageForm, 1, 0)],
            Channel.InPerson, Channel.InPerson, reception, at, locality).Value!;
        Assert.True(dossier.Transfer(reception, at.AddMinutes(5), locality).Succeeded);
        db.Dossiers.Add(dossier);
        return dossier;
    }

    static async Task OpenAsync(MotCuaApp app, string code, DateTimeOffset at)
    {
        var (db, locality, reception, _, _) = await DeskAsync(app);
        await using (db)
        {
            await ReceiveAsync(db, locality, reception, code, at);
            await db.SaveChangesAsync();
        }
    }

    static async Task TwiceSupplementedAsync(MotCuaApp app, string code, DateTimeOffset at, DateTimeOffset decidedAt)
    {
        var (db, locality, reception, processor, leader) = await DeskAsync(app);
        await using (db)
        {
            var dossier = await ReceiveAsync(db, locality, reception, code, at);
            for (var round = 0; round < 2; round++)
            {
                var day = at.AddDays(round);
                Assert.True(dossier.RequestSupplement([Desk.MarriageForm], "Tờ khai chưa đủ thông tin", processor, day.AddHours(1), locality).Succeeded);
                Assert.True(dossier.NotifySupplement(reception, day.AddHours(2)).Succeeded);
                Assert.True(dossier.Resubmit([new(Desk.MarriageForm, 1, 0)], reception, day.AddDays(1), locality).Succeeded);
            }
            Decide(dossier, processor, leader, decidedAt, locality);
            await db.SaveChangesAsync();
        }
    }

    static async Task DecideAsync(MotCuaApp app, string code, DateTimeOffset at)
    {
        var (db, locality, _, processor, leader) = await DeskAsync(app);
        await using (db)
        {
            var dossier = await db.Dossiers.Include(d => d.Procedure).Include(d => d.Version).Include(d => d.History).SingleAsync(d => d.Code == DossierCode.Parse(code));
            Decide(dossier, processor, leader, at, locality);
            await db.SaveChangesAsync();
        }
    }

    static void Decide(Dossier dossier, Actor processor, Actor leader, DateTimeOffset at, Locality locality)
    {
        Assert.True(dossier.Forward(processor, at.AddMinutes(-60), locality).Succeeded);
        Assert.True(dossier.Approve(leader, at.AddMinutes(-30), locality).Succeeded);
        Assert.True(dossier.RecordResult("Giấy chứng nhận kết hôn", processor, at, locality).Succeeded);
    }
}
