using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using MotCua.Features.Demo;
using MotCua.Tests.Exceptions;
using MotCua.Tests.Processing;

namespace MotCua.Tests.Feedback;

/// <summary>Feedback in the officers' API (R34, R63): intake, the actions with If-Match, and each failure as ProblemDetails.</summary>
public sealed class FeedbackOfficerApiTests
{
    static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(7));

    static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, object body, string? etag = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        if (etag is not null)
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        return client.SendAsync(request);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_agency_flow_through_the_API_with_If_Match_and_problems_R34_R63(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0, now: Monday);
        var dossier = await TestDossiers.ReceiveAsync(app, ExceptionDesk.MaritalStatus, Monday.AddHours(-72));
        var staff = await app.WithTokenAsync("giamsat");
        var processor = await app.WithTokenAsync("chuyenvien1");
        var other = await app.WithTokenAsync("chuyenvien2");

        var bad = await (await PostAsync(staff, "/api/v1/officer/feedback", new { channel = "Portal", topic = "AgencyHandling", senderName = "A\u0007", subject = "", text = "x" }))
            .JsonAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(bad["errors"]!["channel"]);
        Assert.NotNull(bad["errors"]!["senderName"]);
        Assert.NotNull(bad["errors"]!["subject"]);
        await using (var db = app.NewDbContext())
            Assert.False(await db.FeedbackItems.AnyAsync());

        var created = await (await PostAsync(staff, "/api/v1/officer/feedback", new
        {
            channel = "Email", topic = "AgencyHandling", dossierCode = dossier, senderName = "Lê Thị Mai", senderEmail = "mai@example.vn",
            subject = "Hồ sơ trễ hẹn", text = "Thư gửi hộp thư của Trung tâm: hồ sơ trễ hẹn.",
        })).JsonAsync(HttpStatusCode.Created);
        var code = (string)created["code"]!;
        Assert.Equal((DemoCatalog.Justice.Id, "Received"), ((string)created["agencyId"]!, (string)created["state"]!));
        Assert.Contains("Forward", created["allowedActions"]!.AsArray().Select(a => (string)a!));

        var read = await staff.GetAsync($"/api/v1/officer/feedback/{code}");
        var etag = read.Headers.ETag!.Tag;
        // The agency may not answer before the Center forwards, nor see it.
        await (await PostAsync(processor, $"/api/v1/officer/feedback/{code}/answer", new { text = "Trả lời" })).JsonAsync(HttpStatusCode.NotFound);
        var early = await (await PostAsync(staff, $"/api/v1/officer/feedback/{code}/answer", new { text = "Trả lời" })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(("R34", "ForwardBeforeAnswer"), ((string)early["rule"]!, (string)early["ruleName"]!));
        var forwarded = await PostAsync(staff, $"/api/v1/officer/feedback/{code}/forwarding", new { }, etag);
        Assert.Equal(HttpStatusCode.OK, forwarded.StatusCode);
        await (await PostAsync(staff, $"/api/v1/officer/feedback/{code}/refusal", new { text = "Trùng" }, etag)).JsonAsync(HttpStatusCode.Conflict);
        await (await PostAsync(staff, $"/api/v1/officer/feedback/{code}/refusal", new { text = "Trùng" }, "nope")).JsonAsync(HttpStatusCode.BadRequest);

        await (await PostAsync(other, $"/api/v1/officer/feedback/{code}/answer", new { text = "Trả lời" })).JsonAsync(HttpStatusCode.NotFound);
        var empty = await (await PostAsync(processor, $"/api/v1/officer/feedback/{code}/answer", new { text = " " })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(empty["errors"]!["text"]);
        var list = (await processor.GetFromJsonAsync<JsonObject>("/api/v1/officer/feedback?state=Forwarded"))!;
        Assert.Equal(code, (string)list["items"]![0]!["code"]!);
        Assert.Equal(0, (int)(await other.GetFromJsonAsync<JsonObject>("/api/v1/officer/feedback"))!["total"]!);
        await (await processor.GetAsync("/api/v1/officer/feedback?state=Lost")).JsonAsync(HttpStatusCode.BadRequest);

        var answered = await (await PostAsync(processor, $"/api/v1/officer/feedback/{code}/answer", new { text = "Hồ sơ đã có kết quả." })).JsonAsync();
        Assert.Equal("Answered", (string)answered["state"]!);
        var published = await (await PostAsync(staff, $"/api/v1/officer/feedback/{code}/publication", new { text = "Hồ sơ đã có kết quả." })).JsonAsync();
        Assert.Equal("Published", (string)published["state"]!);
    }
}
