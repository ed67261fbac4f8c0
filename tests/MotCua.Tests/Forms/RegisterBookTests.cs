using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Domain;
using MotCua.Domain.Catalog;
using MotCua.Features.Shared;
using MotCua.Platform;
using MotCua.Tests.Exceptions;
using MotCua.Tests.Processing;
using Desk = MotCua.Tests.Reception.Desk;

namespace MotCua.Tests.Forms;

/// <summary>
/// Mẫu 07, the register book (R39), and the courier's hand-over list (R12), on screen and as PDFs
/// read back with pdftotext. Dossiers are stored as the application stores instants: in UTC.
/// </summary>
public class RegisterBookTests
{
    const string Marital = ExceptionDesk.MaritalStatus; // Hộ tịch, Phòng Tư pháp
    const string Business = "1.001612"; // Thành lập và hoạt động doanh nghiệp (hộ kinh doanh), Phòng Tài chính - Kế hoạch
    const string CivilStatus = "Hộ tịch";

    /// <summary>An instant of November 2026 in Vietnam, in UTC as the application's clock gives it.</summary>
    static DateTimeOffset At(int day, int hour, int minute = 0) => ExceptionDesk.Local(day, hour, minute).ToUniversalTime();

    /// <summary>Four dossiers around November 2026: two of the civil status field (one received at 06:00 on 01/11, still 31/10 in UTC), one of another field, one of October.</summary>
    sealed record Register(string Marital, string EarlyMorning, string Business, string October);

    static async Task<Register> ReceiveFourAsync(MotCuaApp app) => new(
        await TestDossiers.ReceiveAsync(app, Marital, At(23, 9), applicant: "Đỗ Thị Hoa"),
        await TestDossiers.ReceiveAsync(app, Marital, At(1, 6), applicant: "Lê Văn Sớm"),
        await TestDossiers.ReceiveAsync(app, Business, At(20, 8), applicant: "Lý Văn Kinh"),
        // 23:30 on 31/10 in Vietnam: October's, though 16:30 UTC of the same day.
        await TestDossiers.ReceiveAsync(app, Marital, At(1, 0).AddMinutes(-30), applicant: "Trần Văn Cũ"));

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task RegisterBook_R39_lists_the_months_dossiers_of_the_field(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var r = await ReceiveFourAsync(app);
        var center = await app.SignedIn("giamsat");

        // The current month (November 2026 in Vietnam) by default, every field, in the order of reception.
        var page = await center.ReadAsync("/so-theo-doi");
        Assert.Contains("Từ ngày 01/11/2026 đến ngày 30/11/2026", page);
        Assert.Contains("<strong id=\"total\">3</strong>", page);
        Assert.True(page.IndexOf(r.EarlyMorning, StringComparison.Ordinal) < page.IndexOf(r.Business, StringComparison.Ordinal)
            && page.IndexOf(r.Business, StringComparison.Ordinal) < page.IndexOf(r.Marital, StringComparison.Ordinal), "rows in the order of reception");
        Assert.DoesNotContain(r.October, page);
        Assert.Contains("01/11/2026 06:00", page);
        Assert.Contains($"<option value=\"{CivilStatus}\"", page);
        Assert.Contains("href=\"/so-theo-doi/pdf?From=2026-11-01&amp;To=2026-11-30\"", await (await center.GetAsync("/so-theo-doi")).Content.ReadAsStringAsync());

        // The PDF of one field: landscape A4, the national header, the title, the period and field, the ruled table.
        var response = await center.GetAsync($"/so-theo-doi/pdf?Field={Uri.EscapeDataString(CivilStatus)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        var (width, height) = await PageSize(pdf);
        Assert.True(width > height, $"landscape A4 expected, got {width} x {height}");
        var text = await Text(pdf);
        foreach (var fact in new[]
        {
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG HUYỆN VĨNH AN", "SỔ THEO DÕI HỒ SƠ",
            "Từ ngày 01/11/2026 đến ngày 30/11/2026", "Lĩnh vực: Hộ tịch. Số hồ sơ: 2.", "STT", "Mã hồ sơ", "Tên TTHC", "Ký nhận",
            r.Marital, r.EarlyMorning, "Đỗ Thị Hoa", "Lê Văn Sớm", "0912345678", "23/11/2026", "09:00",
        })
            Assert.Contains(fact, text);
        Assert.DoesNotContain(r.Business, text);
        Assert.DoesNotContain("Lý Văn Kinh", text);
        Assert.DoesNotContain(r.October, text);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task RegisterBook_R39_keeps_to_the_period_and_to_the_officers_unit(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var r = await ReceiveFourAsync(app);

        // A period typed as dd/MM/yyyy ends with its last day: the 23rd is out.
        var reception = await app.SignedIn("tiepnhan1");
        var page = await reception.ReadAsync("/so-theo-doi?From=01/11/2026&To=20/11/2026");
        Assert.Contains(r.EarlyMorning, page);
        Assert.Contains(r.Business, page);
        Assert.DoesNotContain(r.Marital, page);
        Assert.DoesNotContain(r.October, page);
        var october = await reception.ReadAsync("/so-theo-doi?From=2026-10-01&To=2026-10-31");
        Assert.Contains(r.October, october);
        Assert.DoesNotContain(r.EarlyMorning, october);

        // An agency's officer: the dossiers their agency decides, not the other agency's.
        var justice = await (await app.SignedIn("chuyenvien1")).ReadAsync("/so-theo-doi");
        Assert.Contains(r.Marital, justice);
        Assert.Contains(r.EarlyMorning, justice);
        Assert.DoesNotContain(r.Business, justice);
        var finance = await Text(await (await app.SignedIn("chuyenvien2")).GetByteArrayAsync("/so-theo-doi/pdf"));
        Assert.Contains(r.Business, finance);
        Assert.Contains("PHÒNG TÀI CHÍNH - KẾ HOẠCH HUYỆN VĨNH AN", finance);
        Assert.DoesNotContain(r.Marital, finance);

        // Another Center's officer gets none of them, on the page or in the PDF.
        var stranger = await Desk.OtherCenterOfficerAsync(app);
        var theirs = await stranger.ReadAsync("/so-theo-doi");
        Assert.Contains("<strong id=\"total\">0</strong>", theirs);
        var theirPdf = await Text(await stranger.GetByteArrayAsync("/so-theo-doi/pdf?From=01/10/2026&To=30/11/2026"));
        Assert.Contains("SỔ THEO DÕI HỒ SƠ", theirPdf);
        foreach (var code in new[] { r.Marital, r.EarlyMorning, r.Business, r.October })
        {
            Assert.DoesNotContain(code, theirs);
            Assert.DoesNotContain(code, theirPdf);
        }

        // Anonymous requests meet the sign-in page.
        var anonymous = await app.Browser().GetAsync("/so-theo-doi/pdf");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Equal("/dang-nhap", new Uri(new Uri("http://localhost"), anonymous.Headers.Location!).AbsolutePath);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task RegisterBook_R39_answers_a_bad_date_with_a_Vietnamese_message(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var center = await app.SignedIn("giamsat");

        var page = await center.ReadAsync("/so-theo-doi?From=31/02/2026");
        Assert.Contains("Từ ngày \"31/02/2026\" không phải là ngày hợp lệ. Xin nhập theo dạng ngày/tháng/năm, ví dụ 01/11/2026.", page);
        Assert.DoesNotContain("id=\"total\"", page);

        var reversed = await center.ReadAsync("/so-theo-doi?From=20/11/2026&To=01/11/2026");
        Assert.Contains("Từ ngày phải trước hoặc trùng đến ngày.", reversed);
        Assert.Contains("Đến ngày phải trong khoảng từ năm 2000 đến năm 2100.", await center.ReadAsync("/so-theo-doi?To=01/01/0001"));

        // The PDF is refused with the same message rather than drawn from a guess.
        var pdf = await center.GetAsync("/so-theo-doi/pdf?To=hôm-nay");
        Assert.Equal(HttpStatusCode.BadRequest, pdf.StatusCode);
        Assert.Equal("text/html", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Đến ngày \"hôm-nay\" không phải là ngày hợp lệ.", await pdf.TextAsync());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task RegisterBook_R39_pages_the_table_and_counts_every_dossier(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var codes = await TestDossiers.ReceiveManyAsync(app, Marital, At(10, 9), 103);
        var center = await app.SignedIn("giamsat");

        var first = await center.ReadAsync("/so-theo-doi");
        Assert.Contains("<strong id=\"total\">103</strong>", first);
        Assert.Equal(100, Regex.Count(first, "<tr id=\""));
        Assert.Contains("trang 1/2", first);
        var second = await center.ReadAsync("/so-theo-doi?From=2026-11-01&To=2026-11-30&trang=2");
        Assert.Equal(3, Regex.Count(second, "<tr id=\""));
        Assert.Matches(@"<td>\s*<div>103</div>\s*</td>", second);
        // Every dossier is on exactly one page.
        Assert.All(codes, code => Assert.True(first.Contains($"<tr id=\"{code}\"") ^ second.Contains($"<tr id=\"{code}\""), code));
    }

    static async Task<string> Text(byte[] pdf) =>
        Regex.Replace((await ReceiptPdfTests.PdfText(pdf)).Normalize(System.Text.NormalizationForm.FormC), @"\s+", " ");

    /// <summary>The first page's size in points, as poppler's pdfinfo reports it.</summary>
    static async Task<(double Width, double Height)> PageSize(byte[] pdf)
    {
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllBytesAsync(file, pdf);
            using var process = Process.Start(new ProcessStartInfo("pdfinfo", [file]) { RedirectStandardOutput = true })!;
            var info = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            var size = Regex.Match(info, @"Page size:\s+([\d.]+) x ([\d.]+) pts");
            Assert.True(size.Success, info);
            return (double.Parse(size.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
                double.Parse(size.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
