using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MotCua.Tests.Exceptions;

namespace MotCua.Tests.Api;

/// <summary>
/// A dossier's whole life through the officers' API alone, as an agency's own software or a load
/// test would drive it: every call goes to a route the OpenAPI document describes, with the method
/// and the body schema it gives.
/// </summary>
public sealed class MainPathApiTests
{
    const string MaritalStatus = "1.004873"; // 3 working days, three steps: appraise, approve, record
    const string Form = "Tờ khai cấp Giấy xác nhận tình trạng hôn nhân";

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_dossier_lives_its_whole_life_through_the_documented_API_alone_R6_R11_R14_R22_R23_R24(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var api = await Documented.ReadAsync(app.CreateClient());
        var reception = await app.WithTokenAsync("tiepnhan1");
        var processor = await app.WithTokenAsync("chuyenvien1");
        var leader = await app.WithTokenAsync("lanhdao1");

        // Received at the counter with the receipt, and transferred to the agency in the same save (R6, R11).
        var created = await api.SendAsync(reception, HttpMethod.Post, "/api/v1/officer/dossiers", new
        {
            procedureCode = MaritalStatus,
            caseName = "Cấp Giấy xác nhận tình trạng hôn nhân",
            applicant = new { name = "Trịnh Thị Thu Hằng", identityNumber = "001190012345", address = "Số 5, đường Lê Lợi, huyện Vĩnh An", phone = "0912 345 678" },
            components = new[] { new { name = Form } },
            channelIn = "InPerson",
            resultChannel = "InPerson",
        });
        var dossier = await created.JsonAsync(HttpStatusCode.Created);
        var code = (string)dossier["code"]!;
        Assert.Equal("InProcessing", (string)dossier["state"]!);
        Assert.Equal($"/api/v1/officer/dossiers/{code}", created.Headers.Location!.OriginalString);
        var receipt = await api.SendAsync(reception, HttpMethod.Get, "/api/v1/officer/dossiers/{code}/receipt", null, code);
        Assert.Equal(HttpStatusCode.OK, receipt.StatusCode);
        Assert.Equal("application/pdf", receipt.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await receipt.Content.ReadAsByteArrayAsync(), 0, 4));

        // The agency finds it in its inbox and by the applicant's phone, and reads what it may do now.
        var inbox = await (await api.SendAsync(processor, HttpMethod.Get, "/api/v1/officer/inbox", null, query: "?state=InProcessing&pageSize=10")).JsonAsync();
        Assert.Equal(code, (string)inbox["items"]![0]!["code"]!);
        var found = await (await api.SendAsync(processor, HttpMethod.Get, "/api/v1/officer/search", null, query: "?q=0912345678")).JsonAsync();
        Assert.Equal(code, (string)found.AsArray().Single()!["code"]!);
        var read = await api.SendAsync(processor, HttpMethod.Get, "/api/v1/officer/dossiers/{code}", null, code);
        var etag = read.Headers.ETag!.Tag;
        Assert.Contains("Forward", (await read.JsonAsync())["allowed"]!.AsArray().Select(a => (string)a!));

        // Three steps (R14): appraise and forward, the leader approves, the result is recorded (R22).
        var forwarded = await (await api.SendAsync(processor, HttpMethod.Post, "/api/v1/officer/dossiers/{code}/forward", new { }, code, ifMatch: etag)).JsonAsync();
        Assert.Equal(1, (int)forwarded["step"]!);
        // A client acting on what it read before the forward is told the dossier changed (409), and nothing is applied.
        var stale = await api.SendAsync(leader, HttpMethod.Post, "/api/v1/officer/dossiers/{code}/approval", new { }, code, ifMatch: etag);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        await (await api.SendAsync(leader, HttpMethod.Post, "/api/v1/officer/dossiers/{code}/approval", new { }, code)).JsonAsync();
        var refused = await api.SendAsync(leader, HttpMethod.Post, "/api/v1/officer/dossiers/{code}/result", new { text = "Đã cấp" }, code);
        Assert.Equal("RoleNotAllowed", (string)(await refused.JsonAsync(HttpStatusCode.UnprocessableEntity))["ruleName"]!);
        var result = await (await api.SendAsync(processor, HttpMethod.Post, "/api/v1/officer/dossiers/{code}/result",
            new { text = "Đã cấp Giấy xác nhận tình trạng hôn nhân số 12/2026" }, code)).JsonAsync();
        Assert.Equal("ResultReady", (string)result["state"]!);

        // The result goes to the return desk (R23) and out at the counter (R24).
        await (await api.SendAsync(processor, HttpMethod.Post, "/api/v1/officer/dossiers/{code}/hand-over", new { }, code)).JsonAsync();
        var desk = await (await api.SendAsync(reception, HttpMethod.Get, "/api/v1/officer/inbox", null, query: "?state=AtReturnDesk")).JsonAsync();
        Assert.Contains(desk["items"]!.AsArray(), r => (string)r!["code"]! == code);
        var returned = await (await api.SendAsync(reception, HttpMethod.Post, "/api/v1/officer/dossiers/{code}/return",
            new { channel = "InPerson", collectedBy = "Trịnh Thị Thu Hằng" }, code)).JsonAsync();
        Assert.Equal("Returned", (string)returned["state"]!);
        Assert.Equal(["RecordIncident"], returned["allowed"]!.AsArray().Select(a => (string)a!));
        Assert.Equal(["Receive", "Transfer", "Forward", "Forward", "RecordResult", "HandToReturnDesk", "Return"],
            returned["history"]!.AsArray().Select(h => (string)h!["action"]!));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Every_failure_of_an_action_answers_ProblemDetails_400_404_409_422(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var code = await Processing.TestDossiers.ReceiveAsync(app, MaritalStatus, MotCuaApp.DefaultNow.AddHours(-1));
        var processor = await app.WithTokenAsync("chuyenvien1");
        async Task<JsonNode> Problem(HttpResponseMessage response, HttpStatusCode status)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            return await response.JsonAsync(status);
        }

        var url = $"/api/v1/officer/dossiers/{code}/send-back";
        await Problem(await processor.PostAsync(url, new StringContent("{\"text\":", System.Text.Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);
        await Problem(await processor.PostAsync(url, new StringContent("text=x", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded")), HttpStatusCode.BadRequest);
        var wrongType = await Problem(await processor.PostAsJsonAsync(url, new { text = 12 }), HttpStatusCode.BadRequest);
        Assert.True(wrongType["errors"]!.AsObject().ContainsKey("text"));
        var tooLong = await Problem(await processor.PostAsJsonAsync(url, new { text = new string('x', 2001) }), HttpStatusCode.BadRequest);
        Assert.True(tooLong["errors"]!.AsObject().ContainsKey("text"));
        var nullItem = await Problem(await processor.PostAsJsonAsync($"/api/v1/officer/dossiers/{code}/supplement-request",
            new { items = new string?[] { null }, reason = "Thiếu" }), HttpStatusCode.BadRequest);
        Assert.True(nullItem["errors"]!.AsObject().ContainsKey("items"));
        var badTag = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/officer/dossiers/{code}/forward") { Content = JsonContent.Create(new { }) };
        badTag.Headers.TryAddWithoutValidation("If-Match", "W/\"x\"");
        await Problem(await processor.SendAsync(badTag), HttpStatusCode.BadRequest);

        // The appraisal step of this procedure has no send-back (R14), named by rule and name.
        var firstStep = await Problem(await processor.PostAsJsonAsync(url, new { text = "Xem lại" }), HttpStatusCode.UnprocessableEntity);
        Assert.Equal(("R14", "StepForbids"), ((string)firstStep["rule"]!, (string)firstStep["ruleName"]!));
        await Problem(await (await app.WithTokenAsync("chuyenvien2")).PostAsJsonAsync(url, new { text = "x" }), HttpStatusCode.NotFound);
        await Problem(await processor.PostAsJsonAsync("/api/v1/officer/dossiers/000.01.31.H22-261123-9999/forward", new { }), HttpStatusCode.NotFound);
    }

    /// <summary>The routes of the OpenAPI document: a call to anything else fails the test before it is sent.</summary>
    sealed class Documented(HashSet<string> operations)
    {
        public static async Task<Documented> ReadAsync(HttpClient client)
        {
            var document = JsonNode.Parse(await client.GetStringAsync("/api/v1/openapi.json"))!;
            var operations = new HashSet<string>();
            foreach (var (path, item) in document["paths"]!.AsObject())
                foreach (var (method, operation) in item!.AsObject())
                {
                    operations.Add($"{method.ToUpperInvariant()} {path}");
                    // An action's body is described, so a client can be generated from the document.
                    if (method == "post" && path.StartsWith("/api/v1/officer/dossiers/{code}/", StringComparison.Ordinal))
                        Assert.NotNull(operation!["requestBody"]?["content"]?["application/json"]?["schema"]);
                }
            return new Documented(operations);
        }

        public Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string template, object? body, string? code = null,
            string query = "", string? ifMatch = null)
        {
            Assert.Contains($"{method.Method} {template}", operations);
            var request = new HttpRequestMessage(method, template.Replace("{code}", code, StringComparison.Ordinal) + query);
            if (body is not null)
                request.Content = JsonContent.Create(body);
            if (ifMatch is not null)
                request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
            return client.SendAsync(request);
        }
    }
}
