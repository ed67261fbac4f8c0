using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MotCua.Tests.Processing;
using static MotCua.Tests.Exceptions.ExceptionDesk;

namespace MotCua.Tests.Exceptions;

/// <summary>The officers' API itself (ADR 0007): its OpenAPI description, sign-in by token, and its errors as ProblemDetails.</summary>
public class OfficerApiTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Officers_reach_the_exception_paths_with_the_cookie_or_a_bearer_token_and_errors_are_ProblemDetails(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var code = await TestDossiers.ReceiveAsync(app, MaritalStatus, Local(23, 9));
        var anonymous = app.CreateClient();

        var paths = JsonNode.Parse(await anonymous.GetStringAsync("/api/v1/openapi.json"))!["paths"]!.AsObject().Select(p => p.Key).ToList();
        foreach (var action in new[] { "supplement-request", "supplement-notice", "resubmission", "refusal", "apology", "apology/approval", "consultations",
                     "consultation-answer", "consultations/{agencyId}/resolution", "send-back", "recall", "stop", "incidents", "overdue-explanation", "early-collection",
                     "urge", "urge-answer" })
            Assert.Contains($"/api/v1/officer/dossiers/{{code}}/{action}", paths);
        Assert.Contains("/api/v1/token", paths);

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/v1/officer/dossiers/{code}")).StatusCode);
        var wrong = await anonymous.PostAsJsonAsync("/api/v1/token", new { userName = "chuyenvien1", password = "sai-mat-khau" });
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal("Sai tên đăng nhập hoặc mật khẩu.", (string)(await wrong.JsonAsync(HttpStatusCode.Unauthorized))["detail"]!);

        var token = await app.WithTokenAsync("chuyenvien1");
        var dossier = await (await token.GetAsync($"/api/v1/officer/dossiers/{code}")).JsonAsync();
        Assert.Equal(("InProcessing", Local(27, 17)), ((string)dossier["state"]!, (DateTimeOffset)dossier["due"]!));
        Assert.Equal(Local(27, 17), (DateTimeOffset)dossier["supplementDeadline"]!);
        var cookie = await app.As("chuyenvien1");
        Assert.Equal(HttpStatusCode.OK, (await cookie.GetAsync($"/api/v1/officer/dossiers/{code}")).StatusCode);

        var missing = await token.GetAsync("/api/v1/officer/dossiers/000.01.31.H22-261123-9999");
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Không tìm thấy hồ sơ", (string)(await missing.JsonAsync(HttpStatusCode.NotFound))["title"]!);
        var badJson = await token.PostAsync($"/api/v1/officer/dossiers/{code}/refusal", new StringContent("{\"text\":", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal("Dữ liệu gửi lên không hợp lệ", (string)(await badJson.JsonAsync(HttpStatusCode.BadRequest))["title"]!);
        await (await token.ApiAsync(code, "supplement-request", new { items = Array.Empty<string>(), reason = "Thiếu" })).RefusedByAsync("R15");
        Assert.Equal("InProcessing", (string)(await (await token.GetAsync($"/api/v1/officer/dossiers/{code}")).JsonAsync())["state"]!);
    }
}
