using System.Net;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Features.Reports;

namespace MotCua.Tests.Reports;

public partial class Form06aTests
{
    static readonly TimeZoneInfo Vietnam = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
    static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Vietnam).DateTime);

    /// <summary>The form's total line, worked out dossier by dossier from the dossier table: what the tally must give.</summary>
    static int[] Recount(IEnumerable<Facts> dossiers, DateOnly from, DateOnly to)
    {
        var received = dossiers.Where(d => d.Received).ToList();
        bool FinishedBy(Facts d, DateOnly day) => d.FinishedAt is { } f && Day(f) <= day;
        var online = received.Count(d => d.Channel == Channel.Online && Day(d.SubmittedAt) >= from && Day(d.SubmittedAt) <= to);
        var other = received.Count(d => d.Channel != Channel.Online && Day(d.SubmittedAt) >= from && Day(d.SubmittedAt) <= to);
        var before = received.Count(d => Day(d.SubmittedAt) < from && !FinishedBy(d, from.AddDays(-1)));
        var finished = received.Where(d => d.FinishedAt is { } f && Day(f) >= from && Day(f) <= to).ToList();
        var open = received.Where(d => Day(d.SubmittedAt) <= to && !FinishedBy(d, to)).ToList();
        var overdue = open.Count(d => d.FinishedAt is null
            ? d.Due is { } due && Day(due) <= to && Tallies.Open.Contains(d.State)
            : d.Timeliness == Timeliness.Late && d.Due is { } finishedDue && Day(finishedDue) <= to);
        return [online + other + before, online, other, before, finished.Count,
            finished.Count(d => d.Timeliness == Timeliness.Early), finished.Count(d => d.Timeliness is Timeliness.OnTime or null),
            finished.Count(d => d.Timeliness == Timeliness.Late), open.Count, open.Count - overdue, overdue];
    }

    record Facts(DateTimeOffset SubmittedAt, bool Received, Channel Channel, DossierState State, DateTimeOffset? FinishedAt, Timeliness? Timeliness, DateTimeOffset? Due);

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_form_of_any_period_equals_a_recount_of_the_dossiers_and_its_invariants_hold_in_the_downloaded_Excel_R38(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 150);
        await using var db = app.NewDbContext();
        var dossiers = await db.Dossiers.Select(d => new Facts(d.SubmittedAt, d.Clock != null && d.State != DossierState.Submitted
            && d.State != DossierState.CompletionRequested && d.State != DossierState.RefusedAtCounter && d.State != DossierState.Withdrawn,
            d.ChannelIn, d.State, d.FinishedAt, d.Timeliness, d.Due)).ToListAsync();
        var today = Day(app.Clock.GetUtcNow());
        var (from, to) = (today.AddDays(-35), today.AddDays(-12));
        var expected = Recount(dossiers, from, to);
        Assert.True(expected[3] > 0 && expected[4] > 0 && expected[8] > 0, "the period should carry dossiers over, finish some and leave some open");
        var client = await app.SignedIn("giamdoc");
        var query = $"?Choice.Kind=Range&Choice.From={from:yyyy-MM-dd}&Choice.To={to:yyyy-MM-dd}";

        var page = await client.GetStringAsync("/bao-cao/bieu-06a" + query);
        Assert.Contains("Các ràng buộc của biểu đều đúng", page);
        Assert.Equal(expected, TotalLine(page));

        var xlsx = await client.GetAsync("/bao-cao/bieu-06a" + query + "&handler=Xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var book = new XLWorkbook(await xlsx.Content.ReadAsStreamAsync());
        var sheet = book.Worksheet(1);
        Assert.Equal("TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH", sheet.Cell(3, 1).GetString());
        Assert.Equal("(13)", sheet.Cell(9, 13).GetString());
        var lines = Enumerable.Range(Form06aDocuments.FirstLineRow, 40).TakeWhile(r => !sheet.Cell(r, 2).IsEmpty())
            .Select(r => (Label: sheet.Cell(r, 2).GetString(), Columns: Enumerable.Range(3, 11).Select(c => sheet.Cell(r, c).GetValue<int>()).ToArray()))
            .ToList();
        Assert.Equal("Tổng cộng", lines[^1].Label);
        Assert.Equal(expected, lines[^1].Columns);
        Assert.All(lines, line =>
        {
            var c = line.Columns.Prepend(0).Prepend(0).Prepend(0).ToArray(); // c[3] is column (3)
            Assert.Equal(c[3], c[7] + c[11]);
            Assert.Equal(c[7], c[8] + c[9] + c[10]);
            Assert.Equal(c[11], c[12] + c[13]);
        });

        var pdf = await client.GetAsync("/bao-cao/bieu-06a" + query + "&handler=Pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        using var document = UglyToad.PdfPig.PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        Assert.Contains("Tổng cộng", string.Join(" ", document.GetPages().Select(p => p.Text)));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_tally_that_disagrees_with_itself_is_reported_on_the_form_R38(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 20);
        await using (var db = app.NewDbContext())
        {
            var any = await db.DossierDayCounts.OrderBy(c => c.Day).FirstAsync();
            any.FinishedLate += 1000;
            await db.SaveChangesAsync();
        }
        var client = await app.SignedIn("giamsat");
        var page = await client.GetStringAsync("/bao-cao/bieu-06a?Choice.Kind=Range&Choice.From=2026-01-01&Choice.To=2026-12-31");
        Assert.Contains("Số liệu không khớp", page);
        Assert.Contains("âm", page);
    }

    [Theory]
    [InlineData("?Choice.Kind=Month&Choice.Year=2026&Choice.Number=13", "Tháng phải từ 1 đến 12.")]
    [InlineData("?Choice.Kind=Quarter&Choice.Year=99999&Choice.Number=1", "Năm báo cáo phải trong khoảng 2000–2100.")]
    [InlineData("?Choice.Kind=Range&Choice.From=2026-05-01&Choice.To=2026-04-01", "Ngày bắt đầu phải trước hoặc trùng ngày kết thúc.")]
    [InlineData("?Choice.Kind=Range&Choice.From=2026-05-01", "Nhập ngày bắt đầu và ngày kết thúc của kỳ báo cáo.")]
    public async Task A_period_that_cannot_be_is_refused_in_Vietnamese_R38(string query, string message)
    {
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 0);
        var client = await app.SignedIn("giamsat");
        var response = await client.GetAsync("/bao-cao/bieu-06a" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/bao-cao/bieu-06a" + query + "&handler=Xlsx")).StatusCode);
    }

    static int[] TotalLine(string page)
    {
        var row = Regex.Match(page, "<th scope=\"row\">Tổng cộng</th>(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;
        return Regex.Matches(row, "<td class=\"num\">([0-9.]+)</td>").Select(m => int.Parse(m.Groups[1].Value.Replace(".", ""))).ToArray();
    }
}
