using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Dossiers;

namespace MotCua.Tests.Api;

public class ApiTests
{
    static async Task<JsonNode> Json(HttpResponseMessage response) => JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    /// <summary>A ProblemDetails answer with this status; its body.</summary>
    static async Task<JsonNode> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await Json(response);
        Assert.Equal((int)status, (int)problem["status"]!);
        return problem;
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_catalog_lists_what_is_in_force_and_gives_every_field_of_a_procedure_with_an_OpenAPI_document_R1_R2(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var client = app.CreateClient();

        var all = (await Json(await client.GetAsync("/api/v1/procedures"))).AsArray();
        Assert.Equal(17, all.Count);
        var birth = all.Single(p => (string)p!["code"]! == "1.001193")!;
        Assert.Equal("Phòng Tư pháp huyện Vĩnh An", (string)birth["agency"]!["name"]!);
        Assert.Equal("1 ngày làm việc", (string)birth["cases"]![0]!["timeLimit"]!["text"]!);
        Assert.True((bool)birth["acceptsOnline"]!);
        var search = (await Json(await client.GetAsync("/api/v1/procedures?q=giay%20phep%20xay%20dung"))).AsArray();
        Assert.Equal("1.013225", (string)search.Single()!["code"]!);

        var detail = await Json(await client.GetAsync("/api/v1/procedures/1.001193"));
        Assert.Equal("Thủ tục đăng ký khai sinh", (string)detail["name"]!);
        Assert.Equal("2025-07-01", (string)detail["effectiveFrom"]!);
        Assert.Contains(detail["components"]!.AsArray(), c => (string)c!["name"]! == "Tờ khai đăng ký khai sinh theo mẫu" && (bool)c["required"]!);
        // The copy fee (R28): a fee, not a charge, per copy, only when asked for, paid when the dossier is handed in.
        Assert.Contains(detail["fees"]!.AsArray(), f => (long)f!["amountVnd"]! == 8000 && (string)f["display"]! == "8.000 đ/bản"
            && (string)f["kind"]! == "Fee" && (string)f["perUnit"]! == "bản" && (bool)f["onRequest"]! && (string)f["timing"]! == "BeforeProcessing");
        Assert.Equal(["InPerson", "Post", "Online"], detail["channelsIn"]!.AsArray().Select(c => (string)c!));
        Assert.Contains("Luật Hộ tịch 60/2014/QH13", detail["legalBasis"]!.AsArray().Select(l => (string)l!));
        Assert.Equal("Kiểm tra hồ sơ, đối chiếu cơ sở dữ liệu hộ tịch", (string)detail["workflow"]![0]!["name"]!);
        Assert.Equal("Giấy khai sinh (mã kết quả KQ.G15.000031)", (string)detail["result"]!);
        var land = await Json(await client.GetAsync("/api/v1/procedures/1.013831"));
        Assert.Equal("Chi cục Thuế khu vực Vĩnh An", (string)land["coordinatingAgencies"]![0]!["name"]!);

        var unknown = await Problem(await client.GetAsync("/api/v1/procedures/9.999999"), HttpStatusCode.NotFound);
        Assert.Equal("Không tìm thấy thủ tục", (string)unknown["title"]!);
        await Problem(await client.GetAsync("/api/v1/khong-co-dia-chi-nay"), HttpStatusCode.NotFound);

        var openApi = await client.GetAsync("/api/v1/openapi.json");
        Assert.Equal(HttpStatusCode.OK, openApi.StatusCode);
        // The officers' routes (issue 4's exception paths) are checked in Exceptions/OfficerApiTests.
        var paths = (await Json(openApi))["paths"]!.AsObject().Select(p => p.Key)
            .Where(p => !p.StartsWith("/api/v1/officer/", StringComparison.Ordinal) && p != "/api/v1/token").Order().ToList();
        Assert.Equal(["/api/v1/dossiers", "/api/v1/dossiers/{code}/files", "/api/v1/dossiers/{code}/rating", "/api/v1/dossiers/{code}/receipt", "/api/v1/dossiers/{code}/result-file", "/api/v1/dossiers/{code}/status",
            "/api/v1/feedback", "/api/v1/feedback/{code}/answer", "/api/v1/feedback/{code}/re-complaint", "/api/v1/feedback/{code}/reply", "/api/v1/feedback/{code}/status",
            "/api/v1/feedback/{code}/verdict", "/api/v1/feedback/answers", "/api/v1/procedures", "/api/v1/procedures/{code}"], paths);
    }

    static object Body(string phone = "0987654321", string procedure = "1.001193", params string[] components) => new
    {
        procedureCode = procedure,
        caseName = "Đăng ký khai sinh",
        applicant = new { name = "Lê Văn Minh", identityNumber = "001089012345", address = "Số 3, đường Quang Trung, huyện Vĩnh An", phone, email = (string?)null, isOrganization = false },
        components = (components.Length > 0 ? components : ["Tờ khai đăng ký khai sinh theo mẫu", "Giấy chứng sinh; nếu không có: văn bản người làm chứng hoặc giấy cam đoan về việc sinh"])
            .Select(name => new { name, originals = 1, copies = 0 }),
        resultChannel = "Online",
    };

    static Task<HttpResponseMessage> Submit(HttpClient client, string? key, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/dossiers") { Content = JsonContent.Create(body) };
        if (key is not null)
            request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_submission_is_made_once_per_idempotency_key_refusals_name_their_rule_and_the_status_needs_the_phone_digits_R4_R9_R50(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 15);
        var client = app.CreateClient();
        int Count() { using var db = app.NewDbContext(); return db.Dossiers.Count(d => d.ChannelIn == Domain.Catalog.Channel.Online && d.State == DossierState.Submitted); }
        var before = Count();

        var missingKey = await Problem(await Submit(client, null, Body()), HttpStatusCode.BadRequest);
        Assert.Contains("Idempotency-Key", (string)missingKey["detail"]!);

        var created = await Submit(client, "lan-1", Body());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var receipt = await Json(created);
        var code = (string)receipt["code"]!;
        Assert.Matches(@"^000\.01\.31\.H22-261123-\d{4,}$", code);
        Assert.Equal($"/api/v1/dossiers/{code}/status", created.Headers.Location!.OriginalString);
        Assert.Equal("Chờ tiếp nhận", (string)receipt["stateName"]!);
        Assert.Equal("2026-11-23T10:00:00+07:00", (string)receipt["submittedAt"]!);

        var again = await Submit(client, "lan-1", Body());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(code, (string)(await Json(again))["code"]!);
        var reused = await Problem(await Submit(client, "lan-1", Body(phone: "0911111111")), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("khóa", (string)reused["detail"]!);

        var invalid = await Problem(await Submit(client, "lan-2", Body(phone: "84987")), HttpStatusCode.BadRequest);
        Assert.Equal(PhoneNumber.Shape, (string)invalid["errors"]!["applicant.phone"]![0]!);
        var unknown = await Problem(await Submit(client, "lan-3", Body(procedure: "9.999999")), HttpStatusCode.NotFound);
        Assert.Equal("Không tìm thấy thủ tục", (string)unknown["title"]!);
        var unpublished = await Problem(await Submit(client, "lan-4",
            Body(components: ["Tờ khai đăng ký khai sinh theo mẫu", "Giấy chứng sinh; nếu không có: văn bản người làm chứng hoặc giấy cam đoan về việc sinh", "Sổ hộ khẩu"])),
            HttpStatusCode.UnprocessableEntity);
        Assert.Equal("R4", (string)unpublished["rule"]!);
        Assert.StartsWith("Chỉ được yêu cầu các thành phần hồ sơ đã công bố", (string)unpublished["detail"]!);
        Assert.Equal(before + 1, Count());

        // Retries racing each other: one creates, the others get the same dossier.
        var racing = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Submit(client, "lan-5", Body(phone: "0977000111"))));
        Assert.Single(racing, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(racing, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.OK }));
        Assert.Single((await Task.WhenAll(racing.Select(Json))).Select(r => (string)r["code"]!).Distinct());
        Assert.Equal(before + 2, Count());
        await using (var db = app.NewDbContext())
            Assert.Equal(2, await db.IdempotencyRecords.CountAsync());

        var status = await Json(await client.GetAsync($"/api/v1/dossiers/{code}/status?phone=4321"));
        Assert.Equal("Submitted", (string)status["state"]!);
        Assert.Equal("Chờ tiếp nhận", (string)status["stateName"]!);
        Assert.Equal("Nộp hồ sơ trực tuyến", (string)status["history"]![0]!["action"]!);
        Assert.Null(status["due"]);
        var wrong = await Problem(await client.GetAsync($"/api/v1/dossiers/{code}/status?phone=1234"), HttpStatusCode.NotFound);
        Assert.Equal("Không tìm thấy hồ sơ với mã và số điện thoại này.", (string)wrong["detail"]!);

        Dossier received;
        await using (var db = app.NewDbContext())
            received = await db.Dossiers.Where(d => d.State == DossierState.InProcessing && d.Due != null).OrderBy(d => d.Code).FirstAsync();
        var progress = await Json(await client.GetAsync($"/api/v1/dossiers/{received.Code}/status?phone={received.Applicant.Phone[^4..]}"));
        Assert.Equal("Đang giải quyết", (string)progress["stateName"]!);
        var due = DateTimeOffset.Parse((string)progress["due"]!);
        Assert.Equal(TimeSpan.FromHours(7), due.Offset);
        Assert.Equal(received.Due!.Value, due);
        Assert.Equal(received.Clock!.ReceivedAt, DateTimeOffset.Parse((string)progress["receivedAt"]!));

        // Ten status lookups a minute per client: three above, seven more, then the eleventh is refused.
        for (var i = 0; i < 7; i++)
            await client.GetAsync($"/api/v1/dossiers/{code}/status?phone=000{i}");
        var limited = await Problem(await client.GetAsync($"/api/v1/dossiers/{code}/status?phone=4321"), HttpStatusCode.TooManyRequests);
        Assert.Contains("quá nhiều lần", (string)limited["detail"]!);
    }
}
