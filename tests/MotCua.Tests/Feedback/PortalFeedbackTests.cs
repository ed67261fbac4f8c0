using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Domain;
using MotCua.Domain.Feedback;
using MotCua.Features.Demo;
using MotCua.Platform;
using MotCua.Tests.Processing;

namespace MotCua.Tests.Feedback;

/// <summary>The public side of feedback (R33, R34): sending on the portal and through the API, following it, replying, rating the answer, complaining again, the published answers.</summary>
public sealed class PortalFeedbackTests
{
    const string BirthRegistration = "1.001193";

    static Dictionary<string, string> Form(string code = "", string digits = "") => new()
    {
        ["Input.Topic"] = nameof(FeedbackTopic.AgencyHandling),
        ["Input.DossierCode"] = code,
        ["Input.Digits"] = digits,
        ["Input.AgencyId"] = "",
        ["Input.Name"] = "Lê Thị Mai",
        ["Input.Phone"] = "0987 654 321",
        ["Input.Email"] = "",
        ["Input.Address"] = "",
        ["Input.Subject"] = "Hồ sơ khai sinh trễ hẹn",
        ["Input.Text"] = "Hồ sơ của tôi đã quá hẹn 3 ngày mà chưa có kết quả.",
    };

    /// <summary>The Center forwards, the agency answers, the Center publishes: what the officers' pages do, through the aggregate.</summary>
    static async Task AnswerAndPublishAsync(MotCuaApp app, string code, string answer, string published)
    {
        await using var db = app.NewDbContext();
        var locality = await app.Services.GetRequiredService<LocalitySource>().GetAsync(db);
        var item = await db.FeedbackItems.SingleAsync(f => f.Code == code);
        var staff = new Actor("gs", "Phạm Thu Hà", Role.CenterStaff, DemoCatalog.Center.Id);
        var processor = new Actor("cv1", "Hoàng Văn Nam", Role.Processor, DemoCatalog.Justice.Id);
        var now = app.Clock.GetUtcNow();
        Assert.True(item.Forward(staff, now).Succeeded);
        Assert.True(item.AnswerWith(answer, processor, now, locality).Succeeded);
        Assert.True(item.Publish(published, staff, now, locality).Succeeded);
        await db.SaveChangesAsync();
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_citizen_sends_feedback_about_their_late_dossier_follows_it_rates_the_answer_and_complains_again_R33_R34(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var dossier = await TestDossiers.ReceiveAsync(app, BirthRegistration, MotCuaApp.DefaultNow.AddDays(-10));
        var citizen = app.Browser();

        // The code alone does not name a dossier: the phone's last four digits prove it, as in the lookup.
        var wrong = await citizen.PostFormAsync("/phan-anh", Form(dossier, "0000"));
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("Không tìm thấy hồ sơ với mã và số điện thoại này", await wrong.TextAsync());
        await using (var db = app.NewDbContext())
            Assert.Equal(0, await db.FeedbackItems.CountAsync());

        var sent = await citizen.PostFormAsync("/phan-anh", Form(dossier.ToLowerInvariant(), "5678"));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var code = sent.Headers.Location!.OriginalString.Split('/')[^1];
        Assert.Matches(@"^PAKN-261123-0001$", code);
        var receipt = await citizen.ReadAsync($"/phan-anh/da-gui/{code}");
        Assert.Contains(code, receipt);
        Assert.Contains("17:00 15/12/2026", receipt); // 15 working days from Monday 23/11, Tuesday 24/11 a holiday in the demo calendar
        // Another browser opening the receipt's address learns nothing.
        Assert.Equal(HttpStatusCode.Redirect, (await app.Browser().GetAsync($"/phan-anh/da-gui/{code}")).StatusCode);

        await using (var db = app.NewDbContext())
        {
            var item = await db.FeedbackItems.SingleAsync();
            Assert.Equal((FeedbackTopic.AgencyHandling, DemoCatalog.Justice.Id, dossier, FeedbackState.Received), (item.Topic, item.AgencyId, item.DossierCode!.ToString(), item.State));
            Assert.Equal(DemoCatalog.Center.Id, item.AnsweringUnitId);
            var sms = await db.Outbox.SingleAsync(m => m.Key.StartsWith(code));
            Assert.Equal("0987654321", sms.To);
            Assert.Contains(code, sms.Body);
            Assert.True(await db.OfficerNotifications.AnyAsync(n => n.UnitId == DemoCatalog.Center.Id && n.Text.Contains(code)));
        }

        // Followed with the code and the phone's last four digits; a wrong secret answers like an unknown code.
        Assert.Contains(TrackText, await citizen.ReadAsync($"/phan-anh/tra-cuu?ma={code}&so=1111"));
        var tracked = await citizen.ReadAsync($"/phan-anh/tra-cuu?ma={code.ToLowerInvariant()}&so=4321");
        Assert.Contains("Đã tiếp nhận", tracked);
        Assert.DoesNotContain("Hài lòng", tracked);

        await AnswerAndPublishAsync(app, code, "Kính gửi bà Lê Thị Mai: hồ sơ đã có kết quả ngày 24/11.", "Hồ sơ đã có kết quả ngày 24/11; Phòng Tư pháp xin lỗi vì chậm trễ.");
        var answered = await citizen.ReadAsync($"/phan-anh/tra-cuu?ma={code}&so=4321");
        Assert.Contains("Kính gửi bà Lê Thị Mai", answered);
        Assert.Contains($"Câu trả lời của {DemoCatalog.Justice.Name}", answered);
        Assert.Contains($"Chuyển cơ quan giải quyết ({DemoCatalog.Center.Name}): đến {DemoCatalog.Justice.Name}", answered);
        Assert.DoesNotContain("Hoàng Văn Nam", answered); // the public sees units, not officers

        var liked = await citizen.PostFormAsync($"/phan-anh/tra-cuu?handler=Dislike&ma={code}&so=4321", [], $"/phan-anh/tra-cuu?ma={code}&so=4321");
        Assert.Equal(HttpStatusCode.Redirect, liked.StatusCode);
        var again = await citizen.PostFormAsync($"/phan-anh/tra-cuu?handler=Again&ma={code}&so=4321", new() { ["Text"] = "Tôi chưa nhận được bản chính." },
            $"/phan-anh/tra-cuu?ma={code}&so=4321");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var second = again.Headers.Location!.OriginalString.Split('/')[^1];
        Assert.Equal("PAKN-261123-0002", second);
        Assert.Contains("Ông/Bà đã phản ánh tiếp về câu trả lời này: mã số PAKN-261123-0002", await citizen.ReadAsync($"/phan-anh/tra-cuu?ma={code}&so=4321"));
        await using (var db = app.NewDbContext())
        {
            var first = await db.FeedbackItems.SingleAsync(f => f.Code == code);
            Assert.Equal((AnswerVerdict.Dislike, second), (first.Verdict!.Value, first.ReComplaint));
            Assert.Equal(code, (await db.FeedbackItems.SingleAsync(f => f.Code == second)).ReComplaintOf);
        }

        // The published answer is public, without the sender or the original text.
        var published = await app.Browser().ReadAsync("/phan-anh/cong-khai");
        Assert.Contains("Phòng Tư pháp xin lỗi vì chậm trễ", published);
        Assert.DoesNotContain("Lê Thị Mai", published);
        Assert.DoesNotContain("0987", published);
        Assert.DoesNotContain("quá hẹn 3 ngày", published);
    }

    const string TrackText = "Không tìm thấy phản ánh, kiến nghị với mã số và thông tin này.";

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Bad_input_on_the_portal_form_is_refused_with_a_message_and_nothing_is_kept_R34(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var citizen = app.Browser();
        var cases = new (Action<Dictionary<string, string>> Spoil, string Message)[]
        {
            (f => f["Input.Text"] = "Nội dung\u0007ẩn", "Nội dung"),
            (f => f["Input.Text"] = new string('a', FeedbackItem.MaxTextLength + 1), $"{FeedbackItem.MaxTextLength}"),
            (f => f["Input.Subject"] = "問題", "Tiêu đề"),
            (f => f["Input.Phone"] = "", "Nhập số điện thoại hoặc địa chỉ thư điện tử để nhận trả lời."),
            (f => f["Input.Topic"] = "CenterManagement", "Chọn nội dung phản ánh, kiến nghị liên quan đến việc gì."),
            (f => f["Input.Topic"] = "1", "Chọn nội dung phản ánh, kiến nghị liên quan đến việc gì."),
            (f => f["Input.AgencyId"] = "khong-co", "Chọn cơ quan trong danh sách."),
            (f => { }, "Chọn cơ quan giải quyết hồ sơ, hoặc nhập mã hồ sơ."),
        };
        foreach (var (spoil, message) in cases)
        {
            var form = Form();
            spoil(form);
            var response = await citizen.PostFormAsync("/phan-anh", form);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{message}: {response.StatusCode} {await response.TextAsync()}");
            Assert.Contains(message, await response.TextAsync());
        }

        // A file that is not what its name says is refused by its content.
        var html = await citizen.ReadAsync("/phan-anh");
        var token = Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var multipart = new MultipartFormDataContent { { new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken" } };
        var fields = Form();
        fields["Input.AgencyId"] = DemoCatalog.Justice.Id;
        foreach (var (name, value) in fields)
            multipart.Add(new StringContent(value), name);
        var fake = new ByteArrayContent("MZ not a pdf"u8.ToArray());
        fake.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        multipart.Add(fake, "files", "don.pdf");
        var refused = await citizen.PostAsync("/phan-anh", multipart);
        Assert.Contains("không phải PDF, JPEG hay PNG", await refused.TextAsync());

        await using var db = app.NewDbContext();
        Assert.Equal(0, await db.FeedbackItems.CountAsync());
        Assert.Equal(0, await db.Outbox.CountAsync());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_public_API_sends_follows_rates_and_lists_published_answers_with_ProblemDetails_for_every_mistake_R33_R34(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var client = app.CreateClient();
        var body = new
        {
            topic = "AgencyHandling", agencyId = DemoCatalog.Justice.Id, name = "Lê Thị Mai", email = "mai@vi-du.vn",
            subject = "Chờ lâu tại quầy", text = "Tôi phải chờ 2 giờ mới được tiếp nhận.",
        };
        var created = await client.PostAsJsonAsync("/api/v1/feedback", body);
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var receipt = await created.Content.ReadFromJsonAsync<JsonObject>();
        var code = (string)receipt!["code"]!;
        Assert.Equal("Received", (string)receipt["state"]!);

        // Only the sender's secret opens it: here the whole e-mail address.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/feedback/{code}/status?secret=1234")).StatusCode);
        var status = await client.GetFromJsonAsync<JsonObject>($"/api/v1/feedback/{code}/status?secret=MAI@vi-du.vn");
        Assert.Equal("Tiếp nhận phản ánh, kiến nghị", (string)status!["steps"]![0]!["action"]!);

        // Not answered yet: rating it is refused by the rule, with its id.
        var early = await client.PostAsJsonAsync($"/api/v1/feedback/{code}/verdict", new { secret = "mai@vi-du.vn", verdict = "Like" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        Assert.Equal("NotInState", (string)(await early.Content.ReadFromJsonAsync<JsonObject>())!["ruleName"]!);

        await AnswerAndPublishAsync(app, code, "Trung tâm đã bố trí thêm quầy.", "Trung tâm đã bố trí thêm một quầy tiếp nhận.");
        var wrongVerdict = await client.PostAsJsonAsync($"/api/v1/feedback/{code}/verdict", new { secret = "mai@vi-du.vn", verdict = "1" });
        Assert.Equal(HttpStatusCode.BadRequest, wrongVerdict.StatusCode);
        var liked = await client.PostAsJsonAsync($"/api/v1/feedback/{code}/verdict", new { secret = "mai@vi-du.vn", verdict = "Like" });
        Assert.Equal("Like", (string)(await liked.Content.ReadFromJsonAsync<JsonObject>())!["verdict"]!);

        var answers = await client.GetFromJsonAsync<JsonArray>("/api/v1/feedback/answers");
        Assert.Equal("Trung tâm đã bố trí thêm một quầy tiếp nhận.", (string)answers!.Single()!["answer"]!);

        // Broken JSON, a wrong type, bad text: 400 with what is wrong; nothing new is kept.
        var broken = await client.PostAsync("/api/v1/feedback", new StringContent("{\"topic\": ", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        var wrongType = await client.PostAsync("/api/v1/feedback", new StringContent("{\"text\": 5}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        var control = await client.PostAsJsonAsync("/api/v1/feedback", body with { text = "a\u0007b" });
        Assert.Equal(HttpStatusCode.BadRequest, control.StatusCode);
        Assert.NotNull((await control.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["text"]);
        await using var db = app.NewDbContext();
        Assert.Equal(1, await db.FeedbackItems.CountAsync());
    }
}
