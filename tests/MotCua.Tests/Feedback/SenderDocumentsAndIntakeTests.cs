using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Domain;
using MotCua.Domain.Feedback;
using MotCua.Features.Demo;
using MotCua.Features.Feedback;
using MotCua.Platform;
using MotCua.Tests.Exceptions;
using MotCua.Tests.Processing;

namespace MotCua.Tests.Feedback;

/// <summary>
/// The sender's written answer as the stored PDF (R34, R52), the public API's intake with attachments checked by content (R33),
/// and the officers' intake made once per Idempotency-Key (R63).
/// </summary>
public sealed class SenderDocumentsAndIntakeTests
{
    static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D];
    static readonly byte[] Exe = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00];

    static Dictionary<string, string> Fields() => new()
    {
        ["topic"] = nameof(FeedbackTopic.AgencyHandling),
        ["agencyId"] = DemoCatalog.Justice.Id,
        ["name"] = "Lê Thị Mai",
        ["phone"] = "0987 654 321",
        ["subject"] = "Hồ sơ khai sinh trễ hẹn",
        ["text"] = "Hồ sơ của tôi đã quá hẹn 3 ngày mà chưa có kết quả.",
    };

    static MultipartFormDataContent Multipart(Dictionary<string, string> fields, params (string Name, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
            form.Add(new StringContent(value), name);
        foreach (var (name, content) in files)
        {
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(file, "files", name);
        }
        return form;
    }

    static async Task<string> SendAsync(HttpClient client, Dictionary<string, string> fields)
    {
        var created = await client.PostAsJsonAsync("/api/v1/feedback", fields);
        return (string)(await created.JsonAsync(HttpStatusCode.Created))["code"]!;
    }

    static async Task AnswerAsync(MotCuaApp app, string code)
    {
        await using var db = app.NewDbContext();
        var locality = await app.Services.GetRequiredService<LocalitySource>().GetAsync(db);
        var item = await db.FeedbackItems.SingleAsync(f => f.Code == code);
        var now = app.Clock.GetUtcNow();
        Assert.True(item.Forward(new Actor("gs", "Phạm Thu Hà", Role.CenterStaff, DemoCatalog.Center.Id), now).Succeeded);
        Assert.True(item.AnswerWith("Hồ sơ đã có kết quả ngày 24/11.", new Actor("cv1", "Hoàng Văn Nam", Role.Processor, DemoCatalog.Justice.Id), now, locality).Succeeded);
        await db.SaveChangesAsync();
    }

    /// <summary>Opens the tracking page once (one lookup) for its anti-forgery token, as a sender's browser holds it for the page's buttons.</summary>
    static async Task<string> TokenAsync(HttpClient client, string code, string secret)
    {
        var html = await client.ReadAsync($"/phan-anh/tra-cuu?ma={code}&so={Uri.EscapeDataString(secret)}");
        Assert.Contains("Tải văn bản trả lời (PDF)", html);
        return Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
    }

    static Task<HttpResponseMessage> DownloadAsync(HttpClient client, string token, string code, string secret, string? fullPhone)
    {
        var form = new Dictionary<string, string> { ["__RequestVerificationToken"] = token };
        if (fullPhone is not null)
            form["dt"] = fullPhone;
        return client.PostAsync($"/phan-anh/tra-cuu?handler=AnswerPdf&ma={code}&so={Uri.EscapeDataString(secret)}", new FormUrlEncodedContent(form));
    }

    static async Task<byte[]> PdfAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));
        return pdf;
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_sender_downloads_the_written_answer_on_the_tracking_page_as_the_PDF_stored_at_its_first_print_with_the_whole_phone_R34_R52(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var code = await SendAsync(app.CreateClient(), Fields());
        var citizen = app.Browser();
        Assert.DoesNotContain("Tải văn bản trả lời (PDF)", await citizen.ReadAsync($"/phan-anh/tra-cuu?ma={code}&so=4321"));
        await AnswerAsync(app, code);

        // The code and digits as for following it, then the whole phone: the PDF carries the sender's contact in full.
        var token = await TokenAsync(citizen, code, "4321");
        var pdf = await PdfAsync(await DownloadAsync(citizen, token, code, "4321", "0987.654.321"));
        Assert.Equal(pdf, await PdfAsync(await DownloadAsync(citizen, token, code, "4321", "0987654321")));
        // The same bytes the officers print from the item's page, kept once.
        var officer = await app.SignedIn("giamsat");
        Assert.Equal(pdf, await officer.GetByteArrayAsync($"/phan-anh-kien-nghi/{code}?handler=Pdf"));
        await using (var db = app.NewDbContext())
            Assert.NotNull(await db.FeedbackItems.Where(f => f.Code == code).Select(f => EF.Property<string?>(f, AnswerDocuments.Sha256Column)).SingleAsync());

        // The four digits alone are not enough; a wrong phone or wrong digits give no PDF, and wrong digits do not tell the item exists.
        var digitsOnly = await DownloadAsync(citizen, token, code, "4321", null);
        Assert.Equal(HttpStatusCode.BadRequest, digitsOnly.StatusCode);
        Assert.Contains(TrackModel.FullPhoneRequired, await digitsOnly.TextAsync());
        var wrongPhone = await DownloadAsync(citizen, token, code, "4321", "0912345678");
        Assert.Equal(HttpStatusCode.Forbidden, wrongPhone.StatusCode);
        Assert.Equal("text/html", wrongPhone.Content.Headers.ContentType?.MediaType);
        var wrongDigits = await DownloadAsync(citizen, token, code, "1111", "0987654321");
        Assert.Equal(HttpStatusCode.NotFound, wrongDigits.StatusCode);
        var text = await wrongDigits.TextAsync();
        Assert.Contains(TrackModel.NotFoundMessage, text);
        Assert.DoesNotContain("Hồ sơ khai sinh trễ hẹn", text);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_public_API_gives_the_sender_the_same_answer_PDF_with_the_whole_phone_or_e_mail_rate_limited_as_a_lookup_R34_R52(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var api = app.CreateClient();
        var code = await SendAsync(api, Fields());
        var byEmail = Fields();
        byEmail.Remove("phone");
        byEmail["email"] = "mai@vi-du.vn";
        var emailed = await SendAsync(api, byEmail);

        // Not answered yet: the sender learns there is nothing yet; the lookups below are ten, the public's limit a minute.
        var early = await (await api.GetAsync($"/api/v1/feedback/{code}/answer?secret=0987654321")).JsonAsync(HttpStatusCode.NotFound);
        Assert.Equal("Phản ánh, kiến nghị chưa có văn bản trả lời.", (string)early["detail"]!);
        await AnswerAsync(app, code);
        await AnswerAsync(app, emailed);

        var pdf = await PdfAsync(await api.GetAsync($"/api/v1/feedback/{code.ToLowerInvariant()}/answer?secret=0987654321"));
        Assert.Equal(pdf, await PdfAsync(await api.GetAsync($"/api/v1/feedback/{code}/answer?secret=%2B84%20987%20654%20321")));
        var digits = await (await api.GetAsync($"/api/v1/feedback/{code}/answer?secret=4321")).JsonAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(digits["errors"]!["secret"]);
        var wrong = await (await api.GetAsync($"/api/v1/feedback/{code}/answer?secret=0912345678")).JsonAsync(HttpStatusCode.NotFound);
        var unknown = await (await api.GetAsync("/api/v1/feedback/PAKN-261123-0099/answer?secret=0987654321")).JsonAsync(HttpStatusCode.NotFound);
        Assert.Equal((string)unknown["detail"]!, (string)wrong["detail"]!);

        // A sender who gave only an e-mail address: it is the proof, on the API and on the page (no phone asked).
        var mailed = await PdfAsync(await api.GetAsync($"/api/v1/feedback/{emailed}/answer?secret=MAI@vi-du.vn"));
        await (await api.GetAsync($"/api/v1/feedback/{emailed}/answer?secret=khac@vi-du.vn")).JsonAsync(HttpStatusCode.NotFound);
        var citizen = app.Browser();
        var token = await TokenAsync(citizen, emailed, "mai@vi-du.vn");
        Assert.Equal(mailed, await PdfAsync(await DownloadAsync(citizen, token, emailed, "mai@vi-du.vn", null)));

        var limited = await (await api.GetAsync($"/api/v1/feedback/{code}/answer?secret=0987654321")).JsonAsync(HttpStatusCode.TooManyRequests);
        Assert.Contains("quá nhiều lần", (string)limited["detail"]!);
        var openApi = await api.GetFromJsonAsync<JsonObject>("/api/v1/openapi.json");
        var responses = openApi!["paths"]!["/api/v1/feedback/{code}/answer"]!["get"]!["responses"]!;
        Assert.Equal("binary", (string)responses["200"]!["content"]!["application/pdf"]!["schema"]!["format"]!);
        Assert.NotNull(responses["429"]);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_public_API_takes_attachments_as_multipart_checked_by_content_and_keeps_nothing_of_a_refused_request_R33_R34(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0, settings: new Dictionary<string, string?> { ["Files:MaxUploadBytes"] = "1024" });
        var api = app.CreateClient();

        var created = await (await api.PostAsync("/api/v1/feedback", Multipart(Fields(), ("don.pdf", Pdf), ("anh-chup.png", Png)))).JsonAsync(HttpStatusCode.Created);
        var code = (string)created["code"]!;
        await using (var db = app.NewDbContext())
        {
            var item = await db.FeedbackItems.SingleAsync();
            Assert.Equal((code, FeedbackChannel.Portal, "0987654321"), (item.Code, item.Channel, item.Sender.Phone));
            Assert.Equal([("don.pdf", "application/pdf", (long)Pdf.Length), ("anh-chup.png", "image/png", (long)Png.Length)],
                item.Attachments.Select(a => (a.FileName, a.ContentType, a.Size)).ToList());
        }
        var kept = Directory.EnumerateFiles(app.FilesRoot, "*", SearchOption.AllDirectories).Count();
        Assert.Equal(2, kept);

        // A renamed program next to a good file, too many files, a file over the limit, a control character, another content type:
        // each a 4xx ProblemDetails that says why in Vietnamese, and nothing kept.
        var renamed = await (await api.PostAsync("/api/v1/feedback", Multipart(Fields(), ("bien-ban.pdf", Pdf), ("don.pdf", Exe)))).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("\"don.pdf\" không phải PDF, JPEG hay PNG", (string)renamed["detail"]!);
        Assert.NotNull(renamed["errors"]!["files"]);
        var many = await (await api.PostAsync("/api/v1/feedback",
            Multipart(Fields(), [.. Enumerable.Range(1, FeedbackItem.MaxAttachments + 1).Select(i => ($"trang-{i}.pdf", Pdf))]))).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal(FeedbackRules.TooManyAttachments.Message, (string)many["detail"]!);
        var large = await (await api.PostAsync("/api/v1/feedback", Multipart(Fields(), ("lon.pdf", [.. Pdf, .. new byte[2000]])))).JsonAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("vượt giới hạn", (string)large["detail"]!);
        var fields = Fields();
        fields["subject"] = "Trễ\u0007hẹn";
        var control = await (await api.PostAsync("/api/v1/feedback", Multipart(fields, ("don.pdf", Pdf)))).JsonAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(control["errors"]!["subject"]);
        var plain = await (await api.PostAsync("/api/v1/feedback", new StringContent("xin chào", Encoding.UTF8, "text/plain"))).JsonAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("multipart/form-data", (string)plain["detail"]!);

        await using (var db = app.NewDbContext())
            Assert.Equal(1, await db.FeedbackItems.CountAsync());
        Assert.Equal(kept, Directory.EnumerateFiles(app.FilesRoot, "*", SearchOption.AllDirectories).Count());
    }

    static Task<HttpResponseMessage> RecordAsync(HttpClient client, string? key, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/officer/feedback") { Content = JsonContent.Create(body) };
        if (key is not null)
            request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_officers_intake_repeated_with_its_Idempotency_Key_within_24_hours_returns_the_first_item_and_another_body_is_refused_R33_R63(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var staff = await app.WithTokenAsync("giamsat");
        var reception = await app.WithTokenAsync("tiepnhan1");
        var call = new
        {
            channel = "Hotline", topic = "CenterCoordination", senderName = "Trần Văn Bình", senderPhone = "0912345678",
            subject = "Chờ lâu tại quầy", text = "Gọi đường dây nóng: phải chờ 2 giờ mới được tiếp nhận.",
        };
        const string key = "3f2b8c1e-0d4a-4a57-9e1b-6c2d7f8a9b10";

        var first = await RecordAsync(staff, key, call);
        var code = (string)(await first.JsonAsync(HttpStatusCode.Created))["code"]!;
        var repeated = await (await RecordAsync(staff, key, call)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(code, (string)repeated["code"]!);

        // Classified since: the repeated request is compared with what was asked, not with the item as it now stands.
        var read = await staff.GetAsync($"/api/v1/officer/feedback/{code}");
        var classify = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/officer/feedback/{code}/classification") { Content = JsonContent.Create(new { topic = "Regulation" }) };
        classify.Headers.TryAddWithoutValidation("If-Match", read.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, (await staff.SendAsync(classify)).StatusCode);
        Assert.Equal(code, (string)(await (await RecordAsync(staff, key, call)).JsonAsync(HttpStatusCode.OK))["code"]!);

        var reused = await (await RecordAsync(staff, key, call with { text = "Một cuộc gọi khác." })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("khóa mới", (string)reused["detail"]!);
        await (await RecordAsync(staff, new string('k', 101), call)).JsonAsync(HttpStatusCode.BadRequest);
        await using (var db = app.NewDbContext())
        {
            Assert.Equal(code, (await db.FeedbackItems.SingleAsync()).Code);
            Assert.Equal(code, (await db.IdempotencyRecords.SingleAsync()).FeedbackCode);
        }

        // The key is the officer's own: another officer's same key records their own call.
        var other = (string)(await (await RecordAsync(reception, key, call)).JsonAsync(HttpStatusCode.Created))["code"]!;
        Assert.NotEqual(code, other);
        // After 24 hours the key is free again.
        app.Clock.Advance(TimeSpan.FromHours(25));
        staff = await app.WithTokenAsync("giamsat"); // a token lasts an hour
        var later = (string)(await (await RecordAsync(staff, key, call)).JsonAsync(HttpStatusCode.Created))["code"]!;
        Assert.NotEqual(code, later);
        await using (var db = app.NewDbContext())
        {
            Assert.Equal(3, await db.FeedbackItems.CountAsync());
            Assert.Equal([other, later], (await db.IdempotencyRecords.Select(r => r.FeedbackCode!).ToListAsync()).Order().ToList());
        }
    }
}
