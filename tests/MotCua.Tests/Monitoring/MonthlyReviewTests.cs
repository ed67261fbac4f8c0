using System.Net;
using System.Text.RegularExpressions;
using MotCua.Tests.Forms;
using MotCua.Tests.Processing;
using static MotCua.Tests.Exceptions.ExceptionDesk;

namespace MotCua.Tests.Monitoring;

/// <summary>The Center's monthly review (R36): figures worked out by hand for a seeded November, its lists and its PDF.</summary>
public class MonthlyReviewTests
{
    /// <summary>
    /// November 2026, the marital-status procedure (3 working days; received Monday 23/11 at 09:00, due Friday 27/11 17:00):
    /// A finished early and returned; B refused on its due day (on time), its refusal never issued; C asked for a published
    /// component, its notice printed; D asked for a paper outside the list, no notice; E left overdue, finished only in
    /// December; F explained and finished late; G extended to 04/12 by an apology whose letter was never printed.
    /// One dossier of October is still open (overdue), one of December is outside the month.
    /// </summary>
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_review_of_November_counts_by_hand_lists_missing_notices_demands_outside_the_list_overdue_reasons_and_extensions_R36(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0); // now Monday 23/11 10:00
        var october = await TestDossiers.ReceiveAsync(app, MaritalStatus, new DateTimeOffset(2026, 10, 30, 9, 0, 0, TimeSpan.FromHours(7)), applicant: "Hà Văn Mười");
        var (a, b, c, d) = (await Receive(app, "An"), await Receive(app, "Bình"), await Receive(app, "Chi"), await Receive(app, "Dũng"));
        var (e, f, g) = (await Receive(app, "Em"), await Receive(app, "Phúc"), await Receive(app, "Giang"));

        app.MoveTo(Local(25, 9));
        var processor = await app.As("chuyenvien1");
        var leader = await app.As("lanhdao1");
        var reception = await app.As("tiepnhan1");
        await Finish(processor, leader, a);
        await (await processor.ApiAsync(a, "hand-over")).JsonAsync();
        await (await reception.ApiAsync(a, "return", new { channel = "InPerson", collectedBy = "Đỗ Thị An" })).JsonAsync();
        await (await processor.ApiAsync(c, "supplement-request", new { items = new[] { MaritalForm }, reason = "Tờ khai chưa ký" })).JsonAsync();
        Assert.Equal(HttpStatusCode.OK, (await reception.GetAsync($"/bieu-mau/{c}/mau-02")).StatusCode); // issued and attached (R56)
        await (await processor.ApiAsync(d, "supplement-request", new { items = new[] { "Giấy xác nhận nơi cư trú" }, reason = "Cần xác minh nơi cư trú" })).JsonAsync();
        await (await processor.ApiAsync(g, "apology", new { reason = "Chờ kết quả xác minh của Công an xã", newDue = Local(34, 17) })).JsonAsync();
        await (await leader.ApiAsync(g, "apology/approval")).JsonAsync();

        app.MoveTo(Local(27, 10));
        processor = await app.As("chuyenvien1");
        await (await processor.ApiAsync(b, "refusal", new { text = "Người yêu cầu đang có vợ theo sổ hộ tịch" })).JsonAsync();

        app.MoveTo(Local(30, 9));
        processor = await app.As("chuyenvien1");
        leader = await app.As("lanhdao1");
        await (await processor.ApiAsync(f, "overdue-explanation", new { text = "Chờ trích lục từ Sở Tư pháp" })).JsonAsync();
        await Finish(processor, leader, f);

        app.MoveTo(Local(32, 9)); // Wednesday 2/12: the previous month is November
        processor = await app.As("chuyenvien1");
        leader = await app.As("lanhdao1");
        await Finish(processor, leader, e);
        var december = await Receive(app, "Mười Hai", Local(32, 9));

        var html = await (await app.As("giamsat")).ReadAsync("/giam-sat/danh-gia-thang");
        Assert.Contains("Tháng 11/2026", html);
        var expected = new (string, int)[]
        {
            ("Hồ sơ tiếp nhận trong tháng", 7), ("— nộp trực tiếp", 7), ("— nộp trực tuyến", 0), ("Từ chối tiếp nhận", 0),
            ("Đã giải quyết trong tháng", 3), ("— trước hạn", 1), ("— đúng hạn", 1), ("— quá hạn", 1), ("trong đó từ chối giải quyết", 1),
            ("Dừng giải quyết, đóng do không bổ sung", 0),
            ("Đang giải quyết đến hết ngày 30/11/2026", 5), ("— trong đó quá hạn", 2), // C, D, G, E (finished in December), October's; E and October's overdue
            ("Đã trả kết quả trong tháng", 1),
        };
        foreach (var (label, value) in expected)
            Assert.Equal((label, value), (label, Figure(html, label)));

        Assert.Contains("Văn bản thông báo chưa đính kèm hồ sơ (2)", html);
        Assert.Contains("Trong tháng: 2 yêu cầu bổ sung, hướng dẫn hoàn thiện; 1 từ chối", html);
        Assert.Contains("Yêu cầu bổ sung: chưa có Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)", Row(html, "notice", d));
        Assert.Contains("Từ chối giải quyết: chưa có Phiếu từ chối giải quyết hồ sơ", Row(html, "notice", b));
        Assert.Null(Row(html, "notice", c));

        Assert.Contains("Yêu cầu giấy tờ ngoài thành phần hồ sơ đã công bố (1)", html);
        Assert.Contains("Giấy xác nhận nơi cư trú", Row(html, "outside", d));
        Assert.Null(Row(html, "outside", c));

        Assert.Contains("Hồ sơ quá hạn (3; đã giải trình 1)", html);
        Assert.Contains("Chờ trích lục từ Sở Tư pháp (Hoàng Văn Nam, 09:00 30/11/2026)", Row(html, "overdue", f));
        Assert.Contains("Chưa giải trình", Row(html, "overdue", e));
        Assert.Contains("Chưa giải trình", Row(html, "overdue", october));
        foreach (var other in new[] { a, b, c, d, g, december })
            Assert.Null(Row(html, "overdue", other));

        Assert.Contains("Gia hạn và văn bản xin lỗi (1)", html);
        var extension = Row(html, "extension", g)!;
        Assert.Contains("17:00 27/11/2026 → 17:00 04/12/2026", extension);
        Assert.Contains("Chờ kết quả xác minh của Công an xã", extension);
        Assert.Contains("Chưa phát hành văn bản xin lỗi (Mẫu 04)", extension);
        Assert.Contains($"<a href=\"/ho-so/{d}\">{d}</a>", html);

        // The director downloads the same review as a PDF, Vietnamese text and figures readable.
        var pdf = await (await app.As("giamdoc")).GetAsync("/giam-sat/danh-gia-thang/pdf?month=2026-11");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var text = Regex.Replace(await ReceiptPdfTests.PdfText(await pdf.Content.ReadAsByteArrayAsync()), @"\s+", " ");
        Assert.Contains("BÁO CÁO ĐÁNH GIÁ TÌNH HÌNH TIẾP NHẬN, GIẢI QUYẾT VÀ TRẢ KẾT QUẢ", text);
        foreach (var (label, value) in expected)
            Assert.Contains($"{label}: {value}", text);
        Assert.Contains("chưa có văn bản thông báo: 2", text);
        Assert.Contains("Hồ sơ quá hạn: 3; đã giải trình: 1; chưa giải trình: 2", text);
        Assert.Contains(d, text);
        Assert.Contains("Giấy xác nhận nơi cư trú", text);
        Assert.Contains("Chờ trích lục từ Sở Tư pháp", text);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_month_that_is_not_one_is_refused_with_a_Vietnamese_message_on_the_page_and_for_the_PDF_R36(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var center = await app.As("giamsat");
        foreach (var month in new[] { "2026-13", "tháng mười", "2026-1", "\u0001\u0002", "1999-12", new string('9', 5000) })
            foreach (var url in new[] { "/giam-sat/danh-gia-thang", "/giam-sat/danh-gia-thang/pdf" })
            {
                var response = await center.GetAsync($"{url}?month={Uri.EscapeDataString(month)}");
                Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
                Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
                var html = await response.TextAsync();
                Assert.True(html.Contains("Tháng cần xem không hợp lệ. Xin chọn tháng theo dạng năm-tháng, ví dụ 2026-11.") || html.Contains("Xin chọn một tháng từ năm 2000."), month);
            }
        var future = await (await center.GetAsync("/giam-sat/danh-gia-thang?month=2026-12")).TextAsync();
        Assert.Contains("Tháng 12/2026 chưa bắt đầu", future);
        // The month under way is reviewed as it stands now.
        Assert.Contains("Đang giải quyết đến 10:00 23/11/2026", await center.ReadAsync("/giam-sat/danh-gia-thang?month=2026-11"));
        Assert.Contains("Tháng 10/2026", await center.ReadAsync("/giam-sat/danh-gia-thang"));
        Assert.Equal(HttpStatusCode.Redirect, (await (await app.As("chuyenvien1")).GetAsync("/giam-sat/danh-gia-thang")).StatusCode);
    }

    static Task<string> Receive(MotCuaApp app, string name, DateTimeOffset? at = null) =>
        TestDossiers.ReceiveAsync(app, MaritalStatus, at ?? Local(23, 9), applicant: $"Đỗ Thị {name}");

    /// <summary>Appraised, signed and recorded: the three steps of the procedure's workflow.</summary>
    static async Task Finish(HttpClient processor, HttpClient leader, string code)
    {
        await (await processor.ApiAsync(code, "forward")).JsonAsync();
        await (await leader.ApiAsync(code, "approval")).JsonAsync();
        await (await processor.ApiAsync(code, "result", new { text = "Đã cấp Giấy xác nhận tình trạng hôn nhân" })).JsonAsync();
    }

    static int Figure(string html, string label)
    {
        var match = Regex.Match(html, $"<td>{Regex.Escape(label)}</td><td class=\"num\">([0-9.]+)</td>");
        Assert.True(match.Success, $"no figure \"{label}\"");
        return int.Parse(match.Groups[1].Value.Replace(".", ""), System.Globalization.CultureInfo.InvariantCulture);
    }

    static string? Row(string html, string list, string code)
    {
        var row = Regex.Match(html, $"<tr id=\"{list}-{Regex.Escape(code)}\">(.*?)</tr>", RegexOptions.Singleline);
        return row.Success ? Regex.Replace(Regex.Replace(row.Groups[1].Value, "<[^>]+>", " "), @"\s+", " ") : null;
    }
}
