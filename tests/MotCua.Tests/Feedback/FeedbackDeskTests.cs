using System.Net;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Feedback;
using MotCua.Features.Demo;
using MotCua.Tests.Exceptions;
using MotCua.Tests.Processing;
using MotCua.Tests.Reception;

namespace MotCua.Tests.Feedback;

/// <summary>The officers' side of feedback through its pages (R34, R63): intake, routing, answer, publication, scope and the row version.</summary>
public sealed class FeedbackDeskTests
{
    static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    /// <summary>Monday 23/11/2026 09:00.</summary>
    static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, Vietnam);

    /// <summary>The Center's staff record a hotline call about the Phòng Tư pháp's handling of a dossier; the agency comes from the dossier.</summary>
    internal static async Task<string> RecordCallAsync(MotCuaApp app, HttpClient staff, string dossier)
    {
        var response = await staff.PostFormAsync("/phan-anh-kien-nghi/ghi-nhan", new()
        {
            ["Channel"] = "Hotline",
            ["Topic"] = "AgencyHandling",
            ["DossierCode"] = dossier.ToLowerInvariant(),
            ["SenderName"] = "Lê Thị Mai",
            ["SenderPhone"] = "0912 345 678",
            ["Subject"] = "Hồ sơ đăng ký kết hôn trễ hẹn",
            ["Text"] = "Gọi đường dây nóng: hồ sơ đã quá hẹn mà chưa có kết quả.",
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var location = response.Headers.Location!.ToString();
        Assert.Matches("^/phan-anh-kien-nghi/PAKN-\\d{6}-\\d{4}$", location);
        return location["/phan-anh-kien-nghi/".Length..];
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_Center_records_a_call_forwards_it_the_agency_answers_the_Center_sees_the_copy_and_publishes_R34_R63(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0, now: Monday);
        var dossier = await TestDossiers.ReceiveAsync(app, ExceptionDesk.MaritalStatus, Monday.AddHours(-72));
        var staff = await app.SignedIn("giamsat");
        var code = await RecordCallAsync(app, staff, dossier);

        var page = await FormPage.OpenAsync(staff, $"/phan-anh-kien-nghi/{code}");
        Assert.Contains("Đã ghi nhận phản ánh, kiến nghị, mã số " + code, page.Text);
        Assert.Contains("Lê Thị Mai — điện thoại 0912345678", page.Text);
        Assert.Contains(DemoCatalog.Justice.Name, page.Text);
        Assert.DoesNotContain("name=\"answer\"", page.Text); // the Center forwards first (R34)
        Assert.Contains("Phản ánh về việc giải quyết hồ sơ phải được chuyển đến cơ quan giải quyết", page.Text);
        Assert.Equal(HttpStatusCode.Redirect, (await page.PostAsync($"/phan-anh-kien-nghi/{code}?handler=Forward")).StatusCode);

        // The agency sees it on its desk, answers it.
        var processor = await app.SignedIn("chuyenvien1");
        Assert.Contains(code, (await FormPage.OpenAsync(processor, "/phan-anh-kien-nghi")).Text);
        var agencyPage = await FormPage.OpenAsync(processor, $"/phan-anh-kien-nghi/{code}");
        Assert.DoesNotContain("handler=Forward", agencyPage.Text);
        var answered = await agencyPage.PostAsync($"/phan-anh-kien-nghi/{code}?handler=Answer",
            ("answer", "Phòng Tư pháp xin lỗi bà Lê Thị Mai; hồ sơ đã có kết quả ngày 24/11/2026."));
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);

        // The Center holds the copy and publishes the answer without the sender's name.
        await using (var db = app.NewDbContext())
            Assert.True(await db.OfficerNotifications.AnyAsync(n => n.Key == $"{code}/ban-sao" && n.UnitId == DemoCatalog.Center.Id));
        var copy = await FormPage.OpenAsync(staff, $"/phan-anh-kien-nghi/{code}");
        Assert.Contains("Phòng Tư pháp xin lỗi bà Lê Thị Mai", copy.Text);
        Assert.Contains("Công khai kết quả trả lời", copy.Text);
        var published = await copy.PostAsync($"/phan-anh-kien-nghi/{code}?handler=Publish",
            ("publicAnswer", "Phòng Tư pháp xin lỗi người phản ánh; hồ sơ đã có kết quả ngày 24/11/2026."));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        await using var read = app.NewDbContext();
        var item = await read.FeedbackItems.SingleAsync(f => f.Code == code);
        Assert.Equal((FeedbackState.Published, DemoCatalog.Justice.Id), (item.State, item.AnsweringUnitId));
        Assert.Equal(dossier, item.DossierCode?.ToString());
        Assert.DoesNotContain("Mai", item.PublicAnswer);
        Assert.Equal(["Tiếp nhận phản ánh, kiến nghị", "Chuyển cơ quan giải quyết", "Trả lời bằng văn bản", "Công khai kết quả trả lời"],
            item.Events.Select(e => e.Action));
        Assert.Equal(DemoCatalog.Justice.Id, item.Events.Single(e => e.Action == "Chuyển cơ quan giải quyết").ToUnitId);

        // The written answer, drawn at its first print and served unchanged after, to the agency and to the Center alike (R52).
        var first = await (await processor.GetAsync($"/phan-anh-kien-nghi/{code}?handler=Pdf")).Content.ReadAsByteArrayAsync();
        var text = System.Text.RegularExpressions.Regex.Replace(await MotCua.Tests.Forms.ReceiptPdfTests.PdfText(first), @"\s+", " ");
        Assert.Contains("VĂN BẢN TRẢ LỜI PHẢN ÁNH, KIẾN NGHỊ", text);
        Assert.Contains("Phòng Tư pháp xin lỗi bà Lê Thị Mai", text);
        Assert.Contains($"Số: {code}", text);
        Assert.Contains("Trung tâm Phục vụ hành chính công (để theo dõi)", text);
        Assert.Equal(first, await (await staff.GetAsync($"/phan-anh-kien-nghi/{code}?handler=Pdf")).Content.ReadAsByteArrayAsync());
        Assert.Equal(64, (await read.FeedbackItems.Where(f => f.Code == code).Select(f => EF.Property<string>(f, "AnswerSha256")).SingleAsync()).Length);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Another_agency_gets_404_and_a_stale_form_is_refused_with_nothing_changed_R34(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0, now: Monday);
        var dossier = await TestDossiers.ReceiveAsync(app, ExceptionDesk.MaritalStatus, Monday.AddHours(-72));
        var staff = await app.SignedIn("giamsat");
        var code = await RecordCallAsync(app, staff, dossier);

        // Not forwarded yet: even Phòng Tư pháp does not see it; another agency never does.
        var processor = await app.SignedIn("chuyenvien1");
        Assert.Equal(HttpStatusCode.NotFound, (await processor.GetAsync($"/phan-anh-kien-nghi/{code}")).StatusCode);
        var stale = await FormPage.OpenAsync(staff, $"/phan-anh-kien-nghi/{code}");
        var director = await app.SignedIn("giamdoc");
        var fresh = await FormPage.OpenAsync(director, $"/phan-anh-kien-nghi/{code}");
        Assert.Equal(HttpStatusCode.Redirect, (await fresh.PostAsync($"/phan-anh-kien-nghi/{code}?handler=Refuse", ("reason", "Trùng với phản ánh đã tiếp nhận."))).StatusCode);

        var late = await stale.PostAsync($"/phan-anh-kien-nghi/{code}?handler=Forward");
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("vừa được người khác cập nhật", WebUtility.HtmlDecode(await late.Content.ReadAsStringAsync()));
        var other = await app.SignedIn("chuyenvien2");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/phan-anh-kien-nghi/{code}")).StatusCode);
        Assert.DoesNotContain(code, await (await other.GetAsync("/phan-anh-kien-nghi")).Content.ReadAsStringAsync());
        await using var db = app.NewDbContext();
        Assert.Equal(FeedbackState.Refused, (await db.FeedbackItems.SingleAsync()).State);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Bad_intake_answers_400_in_Vietnamese_and_stores_nothing_R34(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0, now: Monday);
        var staff = await app.SignedIn("giamsat");
        var response = await staff.PostFormAsync("/phan-anh-kien-nghi/ghi-nhan", new()
        {
            ["Channel"] = "Portal",
            ["Topic"] = "AgencyHandling",
            ["DossierCode"] = "không-phải-mã",
            ["SenderName"] = "Lê\u0007Thị Mai",
            ["SenderPhone"] = "12",
            ["Subject"] = new string('x', FeedbackItem.MaxSubjectLength + 1),
            ["Text"] = "",
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Chọn kênh tiếp nhận", html);
        Assert.Contains("Mã hồ sơ không đúng dạng", html);
        Assert.Contains("Nhập nội dung phản ánh, kiến nghị.", html);
        Assert.Contains("Tiêu đề", html);

        // A text with a control character on an action: 400, the item unchanged.
        var code = await RecordCallAsync(app, staff, await TestDossiers.ReceiveAsync(app, ExceptionDesk.MaritalStatus, Monday.AddHours(-72)));
        var page = await FormPage.OpenAsync(staff, $"/phan-anh-kien-nghi/{code}");
        var refused = await page.PostAsync($"/phan-anh-kien-nghi/{code}?handler=Refuse", ("reason", "Lý do\u0001"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        await using var db = app.NewDbContext();
        Assert.Equal(FeedbackState.Received, (await db.FeedbackItems.SingleAsync()).State);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_figures_count_by_topic_and_channel_with_the_on_time_rate_and_the_satisfaction_index_LAW_9_4_R34(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0, now: Monday);
        var dossier = await TestDossiers.ReceiveAsync(app, ExceptionDesk.MaritalStatus, Monday.AddHours(-72));
        var staff = await app.SignedIn("giamsat");
        var first = await RecordCallAsync(app, staff, dossier);
        await RecordCallAsync(app, staff, dossier);
        var page = await FormPage.OpenAsync(staff, $"/phan-anh-kien-nghi/{first}");
        Assert.Equal(HttpStatusCode.Redirect, (await page.PostAsync($"/phan-anh-kien-nghi/{first}?handler=Refuse", ("reason", "Trùng với cuộc gọi trước."))).StatusCode);

        var figures = (await FormPage.OpenAsync(staff, "/phan-anh-kien-nghi/so-lieu")).Text;
        Assert.Contains("Kỳ 01/11/2026 – 30/11/2026", figures);
        Assert.Contains("<dd id=\"so-pakn\">2</dd>", figures);
        Assert.Contains("<dd id=\"dung-han\">100%</dd>", figures);
        Assert.Contains("<td>Đường dây nóng</td><td>2</td>", figures);
        Assert.Contains("<td>Việc giải quyết hồ sơ của cơ quan</td><td>2</td>", figures);
        Assert.Contains("<dd id=\"hai-long\">100%</dd>", figures);

        // A third call refused on Friday: within the handling deadline but past the refusal's two working days (Tuesday 24/11 is a holiday) (5.2).
        var third = await RecordCallAsync(app, staff, dossier);
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 27, 10, 0, 0, Vietnam));
        staff = await app.SignedIn("giamsat"); // the sign-in of four days ago has expired
        var thirdPage = await FormPage.OpenAsync(staff, $"/phan-anh-kien-nghi/{third}");
        Assert.Equal(HttpStatusCode.Redirect, (await thirdPage.PostAsync($"/phan-anh-kien-nghi/{third}?handler=Refuse", ("reason", "Trùng với cuộc gọi trước."))).StatusCode);
        Assert.Contains("Từ chối tiếp nhận sau thời hạn từ chối", (await FormPage.OpenAsync(staff, $"/phan-anh-kien-nghi/{third}")).Text);
        var refusedLate = (await FormPage.OpenAsync(staff, "/phan-anh-kien-nghi/so-lieu")).Text;
        Assert.Contains("<dd id=\"dung-han\">50%</dd>", refusedLate);

        // 15 working days later the second is still unanswered: late, and with the late refusal out of the satisfied share (5.3).
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 28, 9, 0, 0, Vietnam));
        var later = (await FormPage.OpenAsync(await app.SignedIn("giamsat"), "/phan-anh-kien-nghi/so-lieu?tu=2026-11-01&den=2026-11-30")).Text;
        Assert.Contains("<dd id=\"qua-han\">1</dd>", later);
        Assert.Contains("<dd id=\"hai-long\">33,33%</dd>", later);
        Assert.Contains("<dd id=\"so-pakn\">0</dd>", (await FormPage.OpenAsync(await app.SignedIn("giamsat"), "/phan-anh-kien-nghi/so-lieu")).Text);
    }
}
