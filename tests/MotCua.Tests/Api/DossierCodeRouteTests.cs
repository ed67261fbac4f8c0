using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Domain.Codes;
using MotCua.Tests.Exceptions;
using MotCua.Tests.Processing;

namespace MotCua.Tests.Api;

/// <summary>
/// A dossier code in an address (R50): the <c>dossiercode</c> route constraint lets only a code reach a page
/// or an endpoint, so anything else is not found (ProblemDetails under the API, never a 500), and a code
/// typed in small letters is the same dossier.
/// </summary>
public sealed class DossierCodeRouteTests
{
    /// <summary>Not codes: words, a day that does not exist, a short sequence, an agency id too long or with diacritics.</summary>
    static readonly string[] Malformed =
    [
        "khong-phai-ma-ho-so", "000.01.31.H22-261131-0001", "000.01.31.H22-261123-001",
        $"{new string('A', DossierCode.MaxAgencyIdLength + 1)}-261123-0001", "Sở.Tư.Pháp-261123-0001",
    ];

    static async Task Problem(HttpResponseMessage response, string url)
    {
        Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url}: {(int)response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, (int)(await response.Content.ReadFromJsonAsync<JsonNode>())!["status"]!);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_malformed_code_in_an_address_is_not_found_as_ProblemDetails_under_the_API_and_404_on_pages_R50(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        await TestDossiers.ReceiveAsync(app, ExceptionDesk.MaritalStatus, MotCuaApp.DefaultNow.AddHours(-1));
        var processor = await app.WithTokenAsync("chuyenvien1");
        var anonymous = app.CreateClient();
        var browser = await app.SignedIn("chuyenvien1");

        foreach (var bad in Malformed.Select(Uri.EscapeDataString))
        {
            foreach (var url in new[] { $"/api/v1/officer/dossiers/{bad}", $"/api/v1/officer/dossiers/{bad}/files" })
                await Problem(await processor.GetAsync(url), url);
            foreach (var action in new[] { "forward", "send-back", "supplement-request" })
            {
                var url = $"/api/v1/officer/dossiers/{bad}/{action}";
                await Problem(await processor.PostAsJsonAsync(url, new { text = "Xem lại" }), url);
            }
            var status = $"/api/v1/dossiers/{bad}/status?phone=5678";
            await Problem(await anonymous.GetAsync(status), status);
            foreach (var page in new[] { $"/ho-so/{bad}", $"/ho-so/{bad}/bo-sung", $"/bieu-mau/{bad}/mau-06", $"/bieu-mau/{bad}/mau-01", $"/tiep-nhan/giay-hen/{bad}" })
                Assert.True((await browser.GetAsync(page)).StatusCode == HttpStatusCode.NotFound, page);
            Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/nop-ho-so/da-nop/{bad}")).StatusCode);
        }
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_code_in_small_letters_is_the_same_dossier_for_the_officers_pages_and_API_R50(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var code = await TestDossiers.ReceiveAsync(app, ExceptionDesk.MaritalStatus, MotCuaApp.DefaultNow.AddHours(-1));
        var small = code.ToLowerInvariant();
        Assert.NotEqual(code, small);
        var processor = await app.WithTokenAsync("chuyenvien1");

        var read = await (await processor.GetAsync($"/api/v1/officer/dossiers/{small}")).JsonAsync();
        Assert.Equal(code, (string)read["code"]!);
        var found = await (await processor.GetAsync($"/api/v1/officer/search?q={small}")).JsonAsync();
        Assert.Equal(code, (string)found.AsArray().Single()!["code"]!);
        var forwarded = await (await processor.ApiAsync(small, "forward")).JsonAsync();
        Assert.Equal((code, 1), ((string)forwarded["code"]!, (int)forwarded["step"]!));

        var page = await (await app.SignedIn("chuyenvien1")).ReadAsync($"/ho-so/{small}");
        Assert.Contains(code, page);
        Assert.DoesNotContain(small, page);
    }

    /// <summary>The routes whose <c>{code}</c> is a procedure's code (1.001193), not a dossier's.</summary>
    static readonly string[] ProcedureRoutes = ["/thu-tuc/{code}", "/nop-ho-so/{code}", "/tiep-nhan/thu-tuc/{code}", "/quan-tri/thu-tuc/{code}", "/api/v1/procedures/{code}"];

    /// <summary>The route families whose <c>{code}</c> is a feedback item's code (PAKN-261123-0001) or a proposal's (KN-2611-001), not a dossier's.</summary>
    static readonly string[] FeedbackPrefixes = ["/phan-anh-kien-nghi/", "/phan-anh/", "/api/v1/feedback/", "/api/v1/officer/feedback/", "/api/v1/officer/feedback-proposals/"];

    /// <summary>Read from the app's own endpoints, so a page or endpoint added tomorrow is checked too.</summary>
    [Fact]
    public async Task Every_route_that_takes_a_dossier_code_declares_the_dossiercode_constraint_R50()
    {
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 0);
        _ = app.Server; // endpoints are mapped when the host starts
        var patterns = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(p => p.Contains("{code", StringComparison.Ordinal)).Distinct().ToList();
        Assert.Contains("/ho-so/{code:dossiercode}", patterns);
        Assert.Contains("/api/v1/officer/dossiers/{code:dossiercode}/forward", patterns);
        var unconstrained = patterns.Where(p => !p.Contains("{code:dossiercode}", StringComparison.Ordinal)).Except(ProcedureRoutes)
            .Where(p => !FeedbackPrefixes.Any(f => p.StartsWith(f, StringComparison.Ordinal))).ToList();
        Assert.Empty(unconstrained);
    }

    /// <summary>A client generated from the document sends the code as text, and can check its shape before sending it.</summary>
    [Fact]
    public async Task The_API_document_describes_every_dossier_code_parameter_as_a_string_of_its_shape_R50()
    {
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 0);
        var document = JsonNode.Parse(await app.CreateClient().GetStringAsync("/api/v1/openapi.json"))!;
        var codes = document["paths"]!.AsObject()
            .Where(p => p.Key.StartsWith("/api/v1/dossiers/{code}", StringComparison.Ordinal) || p.Key.StartsWith("/api/v1/officer/dossiers/{code}", StringComparison.Ordinal))
            .SelectMany(p => p.Value!.AsObject().Select(o => (Route: $"{o.Key} {p.Key}", Schema: o.Value!["parameters"]!.AsArray().Single(x => (string)x!["name"]! == "code")!["schema"]!)))
            .ToList();
        Assert.True(codes.Count > 20, $"{codes.Count} routes");
        Assert.All(codes, c => Assert.Equal(("string", DossierCode.Pattern, DossierCode.MaxLength),
            ((string)c.Schema["type"]!, (string)c.Schema["pattern"]!, (int)c.Schema["maxLength"]!)));
        var procedure = document["paths"]!["/api/v1/procedures/{code}"]!["get"]!["parameters"]![0]!["schema"]!;
        Assert.Null(procedure["pattern"]);
    }
}
