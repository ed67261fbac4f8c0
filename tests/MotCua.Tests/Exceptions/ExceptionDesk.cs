using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Data;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Features.Shared;
using MotCua.Platform;
using MotCua.Tests.Processing;

namespace MotCua.Tests.Exceptions;

/// <summary>What the exception-path tests share: the demo's units, the clock's days, the officers' API, the profile switch.</summary>
public static class ExceptionDesk
{
    // Demo procedures of Phòng Tư pháp: "thẩm định (chuyên viên) → ký (lãnh đạo) → vào sổ (chuyên viên)".
    public const string MaritalStatus = "1.004873"; // 3 working days
    public const string Justice = "000.01.31.H22";
    public const string Finance = "000.02.31.H22";
    public const string Infrastructure = "000.03.31.H22";
    public const string MaritalForm = "Tờ khai cấp Giấy xác nhận tình trạng hôn nhân";

    /// <summary>An instant of November 2026 (or December, for day &gt; 30) in Vietnam.</summary>
    public static DateTimeOffset Local(int day, int hour, int minute = 0) =>
        new DateTimeOffset(2026, 11, 1, hour, minute, 0, TimeSpan.FromHours(7)).AddDays(day - 1);

    public static void MoveTo(this MotCuaApp app, DateTimeOffset instant)
    {
        Assert.True(instant >= app.Clock.GetUtcNow(), "the test clock only moves forward");
        app.Clock.SetUtcNow(instant.ToUniversalTime());
    }

    public static async Task<Dossier> LoadAsync(MotCuaApp app, string code)
    {
        await using var db = app.NewDbContext();
        return await db.Dossiers.AsNoTracking().Whole().SingleAsync(d => d.Code == DossierCode.Parse(code));
    }

    /// <summary>Makes a locality profile the Center's active one, as the administrator's page does.</summary>
    public static async Task UseProfileAsync(MotCuaApp app, string profileId)
    {
        await using var db = app.NewDbContext();
        var settings = await db.Settings.SingleAsync();
        settings.ActiveProfileId = profileId;
        await db.SaveChangesAsync();
        app.Services.GetRequiredService<LocalitySource>().Invalidate();
    }

    public static Task<HttpResponseMessage> ApiAsync(this HttpClient client, string code, string action, object? body = null) =>
        client.PostAsJsonAsync($"/api/v1/officer/dossiers/{Uri.EscapeDataString(code)}/{action}", body ?? new { });

    public static async Task<JsonNode> JsonAsync(this HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    /// <summary>A refusal by a named rule: 422 ProblemDetails with the rule id and the message naming it.</summary>
    public static async Task<string> RefusedByAsync(this HttpResponseMessage response, string ruleId)
    {
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(ruleId, (string)problem["rule"]!);
        var detail = (string)problem["detail"]!;
        Assert.EndsWith($"({ruleId})", detail);
        return detail;
    }

    /// <summary>Posts a form of a page as a browser would; a success goes back to the dossier page.</summary>
    public static async Task<HttpResponseMessage> PostPageAsync(this HttpClient client, string page, string? handler, Dictionary<string, string>? fields = null)
    {
        var url = handler is null ? page : $"{page}?handler={handler}";
        return await client.PostFormAsync(url, fields ?? [], formPage: page);
    }

    /// <summary>Posts a form whose fields repeat (checkboxes) with the page's anti-forgery token.</summary>
    public static async Task<HttpResponseMessage> PostPairsAsync(this HttpClient client, string page, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = (await Officers.OpenFormAsync(client, page)).Token;
        return await client.PostAsync(page, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));
    }

    /// <summary>Signs in again after the test clock jumped: sessions last ten hours of the app's clock.</summary>
    public static Task<HttpClient> As(this MotCuaApp app, string userName) => app.SignedIn(userName);

    /// <summary>A bearer token for the officers' API, as an integration gets one.</summary>
    public static async Task<HttpClient> WithTokenAsync(this MotCuaApp app, string userName)
    {
        var client = app.CreateClient();
        var token = await (await client.PostAsJsonAsync("/api/v1/token", new { userName, password = MotCua.Features.Demo.DemoSeed.Password })).JsonAsync();
        client.DefaultRequestHeaders.Authorization = new("Bearer", (string)token["accessToken"]!);
        return client;
    }

    public static void Redirected(HttpResponseMessage response, string to)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(to, response.Headers.Location!.OriginalString);
    }
}
