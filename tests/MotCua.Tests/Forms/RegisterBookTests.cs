using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Desk = MotCua.Tests.Reception.Desk;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Domain;
using MotCua.Domain.Catalog;
using MotCua.Domain.Codes;
using MotCua.Features.Shared;
using MotCua.Platform;
using MotCua.Tests.Exceptions;
using MotCua.Tests.Processing;

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
        Assert.Contains("<a href=\"/so-theo-doi\">Sổ theo dõi</a>", page);
        Assert.Contains("<a href=\"/chuyen-giao-nhan\">Chuyến giao nhận</a>", page); // the day's hand-over list (/ban-giao) is reached from there
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

        // A result returned at the counter fills "Trả kết quả" with the instant it went out.
        const string returned = "000.01.31.H22-261119-0901";
        await Desk.WithResultAsync(app, returned, Desk.Simple, At(19, 9), At(20, 8), Channel.InPerson);
        await using (var db = app.NewDbContext())
        {
            var dossier = await db.Dossiers.Whole().SingleAsync(d => d.Code == DossierCode.Parse(returned));
            var officer = await Desk.ActorAsync(db, "tiepnhan1", Role.Reception);
            Assert.True(dossier.ReturnResult(Channel.InPerson, "Đỗ Thị Hoa", null, officer, At(20, 15, 45)).Succeeded);
            await db.SaveChangesAsync();
        }

        // A period typed as dd/MM/yyyy ends with its last day: the 23rd is out.
        var reception = await app.SignedIn("tiepnhan1");
        var page = await reception.ReadAsync("/so-theo-doi?From=01/11/2026&To=20/11/2026");
        Assert.Contains(r.EarlyMorning, page);
        Assert.Contains(r.Business, page);
        Assert.DoesNotContain(r.Marital, page);
        Assert.DoesNotContain(r.October, page);
        var row = Regex.Match(page, $"<tr id=\"{returned}\">(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains("<div>19/11/2026 09:00</div>", row);
        Assert.Contains("<div>20/11/2026 15:45</div>", row);
        Assert.Contains("<div>Trực tiếp</div>", row);
        var october = await reception.ReadAsync("/so-theo-doi?From=2026-10-01&To=2026-10-31");
        Assert.Contains(r.October, october);
        Assert.DoesNotContain(r.EarlyMorning, october);

        // An agency's officer: the dossiers their agency decides, not the other agency's.
        var justice = await (await app.SignedIn("chuyenvien1")).ReadAsync("/so-theo-doi");
        Assert.Contains("<a href=\"/so-theo-doi\">Sổ theo dõi</a>", justice);
        Assert.DoesNotContain("href=\"/ban-giao\"", justice);
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

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task HandOver_R12_lists_the_paper_dossiers_and_results_of_each_courier_round_with_signature_blocks(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        // Vĩnh Long's courier rounds: 08:00, 10:00, 14:00, 16:00.
        await ExceptionDesk.UseProfileAsync(app, "vinh-long-province-2025");
        var morning = await TestDossiers.ReceiveAsync(app, Marital, At(23, 9), applicant: "Đỗ Thị Hoa"); // transferred 09:10: the 10:00 round
        var noon = await TestDossiers.ReceiveAsync(app, Marital, At(23, 10, 30), applicant: "Phan Văn Trưa"); // 10:40: the 14:00 round
        var business = await TestDossiers.ReceiveAsync(app, Business, At(23, 9), applicant: "Lý Văn Kinh"); // another agency
        var yesterday = await TestDossiers.ReceiveAsync(app, Marital, At(20, 9), applicant: "Trần Văn Cũ"); // another day
        // The result of an earlier dossier, handed to the return desk at 08:30: back in the 10:00 round.
        const string result = "000.01.31.H22-261118-0901";
        await Desk.WithResultAsync(app, result, Desk.Simple, At(18, 9), At(23, 8), Channel.InPerson);
        // An online dossier is already with the agency (R11): no paper travels.
        const string online = "000.01.31.H22-261123-0902";
        await Desk.SubmitOnlineAsync(app, online, At(23, 8));
        await using (var db = app.NewDbContext())
        {
            var locality = await app.Services.GetRequiredService<LocalitySource>().GetAsync(db);
            var dossier = await db.Dossiers.Whole().SingleAsync(d => d.Code == DossierCode.Parse(online));
            var officer = await Desk.ActorAsync(db, "tiepnhan1", Role.Reception);
            Assert.True(dossier.ReceiveOnline(officer, At(23, 9, 1), locality).Succeeded);
            Assert.True(dossier.Transfer(officer, At(23, 9, 5), locality).Succeeded);
            await db.SaveChangesAsync();
        }

        var reception = await app.SignedIn("tiepnhan1");
        var page = await reception.ReadAsync($"/ban-giao?Agency={ExceptionDesk.Justice}&Day=23/11/2026");
        Assert.Contains("Phòng Tư pháp huyện Vĩnh An — ngày 23/11/2026", page);
        var rounds = Regex.Split(page, "<h3>");
        Assert.Equal(5, rounds.Length); // the day's four rounds
        Assert.StartsWith("Chuyến 1: 08:00", rounds[1]);
        Assert.StartsWith("Chuyến 2: 10:00", rounds[2]);
        Assert.Contains($"<tr id=\"{morning}\">", rounds[2]);
        Assert.Contains($"<tr id=\"{result}\">", rounds[2]);
        Assert.Contains("Giấy chứng nhận kết hôn số 125/2026", rounds[2]);
        Assert.StartsWith("Chuyến 3: 14:00", rounds[3]);
        Assert.Contains($"<tr id=\"{noon}\">", rounds[3]);
        Assert.DoesNotContain(morning, rounds[3]);
        foreach (var absent in new[] { business, yesterday, online })
            Assert.DoesNotContain(absent, page);

        var response = await reception.GetAsync($"/ban-giao/pdf?Agency={ExceptionDesk.Justice}&Day=2026-11-23&Round=2");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        var text = await Text(pdf);
        Assert.StartsWith("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG HUYỆN VĨNH AN", await ReceiptPdfTests.HeaderUnit(pdf));
        foreach (var fact in new[]
        {
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "DANH SÁCH BÀN GIAO HỒ SƠ",
            "Ngày 23/11/2026", "Cơ quan nhận hồ sơ, giao kết quả: Phòng Tư pháp huyện Vĩnh An", "Chuyến 2: 10:00",
            "I. Hồ sơ giấy Trung tâm giao cho cơ quan: 1 hồ sơ.", "II. Kết quả giải quyết cơ quan giao về Trung tâm: 1 hồ sơ.",
            "STT", "Mã hồ sơ", "Tên TTHC", "Người nộp", "Ghi chú", morning, "Đỗ Thị Hoa", result, "Nộp trực tiếp",
            "NGƯỜI GIAO", "NGƯỜI NHẬN",
        })
            Assert.Contains(fact, text);
        Assert.DoesNotContain(noon, text);
        Assert.DoesNotContain(online, text);

        // The whole day's PDF carries every round; another Center sees none of it; an agency's officer may not open the list.
        var day = await Text(await reception.GetByteArrayAsync($"/ban-giao/pdf?Agency={ExceptionDesk.Justice}&Day=23/11/2026"));
        Assert.Contains(morning, day);
        Assert.Contains(noon, day);
        Assert.DoesNotContain("Chuyến 1: 08:00", day); // carried nothing: no sheet to sign
        var stranger = await Desk.OtherCenterOfficerAsync(app);
        var theirs = await stranger.ReadAsync($"/ban-giao?Agency={ExceptionDesk.Justice}&Day=23/11/2026");
        Assert.DoesNotContain(morning, theirs);
        Assert.DoesNotContain(result, theirs);
        var processor = await (await app.SignedIn("chuyenvien1")).GetAsync("/ban-giao");
        Assert.Equal(HttpStatusCode.Redirect, processor.StatusCode);
        Assert.Contains("/khong-co-quyen", processor.Headers.Location!.OriginalString);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task HandOver_R12_makes_one_list_for_the_day_when_the_profile_sets_no_rounds(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var code = await TestDossiers.ReceiveAsync(app, Marital, At(23, 16, 55), applicant: "Đỗ Thị Hoa");
        var center = await app.SignedIn("giamsat");

        // Today by default (23/11/2026 in Vietnam); transferred 17:05 local, 10:05 UTC: still the 23rd.
        var page = await center.ReadAsync($"/ban-giao?Agency={ExceptionDesk.Justice}");
        Assert.Contains("ngày 23/11/2026", page);
        Assert.Single(Regex.Matches(page, "<h3>"));
        Assert.Contains("Cả ngày", page);
        Assert.Contains($"<tr id=\"{code}\">", page);
        Assert.Matches(@"01 bộ; \d+ thành phần \(\d+ bản", page);
        Assert.DoesNotContain(code, await center.ReadAsync($"/ban-giao?Agency={ExceptionDesk.Justice}&Day=24/11/2026"));

        var bad = await center.GetAsync($"/ban-giao/pdf?Agency={ExceptionDesk.Justice}&Day=32/11/2026");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Ngày bàn giao \"32/11/2026\" không phải là ngày hợp lệ.", await bad.TextAsync());
        var text = await Text(await center.GetByteArrayAsync($"/ban-giao/pdf?Agency={ExceptionDesk.Justice}"));
        Assert.Contains(code, text);
        Assert.Contains("NGƯỜI GIAO", text);
        Assert.Contains("NGƯỜI NHẬN", text);
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
