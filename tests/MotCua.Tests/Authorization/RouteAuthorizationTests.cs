using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Tests.Processing;

namespace MotCua.Tests.Authorization;

/// <summary>
/// The authorization matrix over every route the application maps, read from its endpoint data
/// source so that a new page or endpoint is covered the day it is added: only the public ones answer
/// anonymous requests, and no officer outside a dossier's units gets anything about it.
/// </summary>
public partial class RouteAuthorizationTests
{
    /// <summary>
    /// What anyone may open without signing in, by route pattern: the public portal (catalog, online
    /// submission, status lookup), the calculator, sign-in, errors, health, and the public API. A new
    /// public route is added here on purpose; any other route is an officer's.
    /// </summary>
    static readonly string[] PublicRoutes =
    [
        "/", "/tinh-han", "/dang-nhap", "/khong-co-quyen", "/Error", "/health", "/health/live", "/health/ready",
        "/api/v1/openapi.json", "/api/v1/procedures", "/api/v1/procedures/{code}", "/api/v1/dossiers", "/api/v1/dossiers/{code:dossiercode}/status",
        // The applicant's receipt and electronic result, with the code and phone digits like the status (R22).
        "/api/v1/dossiers/{code:dossiercode}/receipt", "/api/v1/dossiers/{code:dossiercode}/result-file",
        // The applicant's app attaches the components' files of an online submission, with the whole phone number (R9).
        "/api/v1/dossiers/{code:dossiercode}/files",
        // The applicant completes a dossier online with its code and phone digits (R15); officers get an API token.
        "/bo-sung-ho-so", "/api/v1/token",
        // The payment gateway's notification (signed by the gateway) and the citizen's return from it (R29).
        "/thanh-toan/vnpay/ipn", "/thanh-toan/vnpay/ket-qua",
        // The applicant rates a dossier with its code and phone digits, or the receipt's signed QR link (R33).
        "/danh-gia", "/api/v1/dossiers/{code:dossiercode}/rating",
        // Anyone sends feedback and reads the published answers; the sender follows theirs with its code and a second secret (R33, R34).
        "/phan-anh", "/phan-anh/da-gui/{code}", "/phan-anh/tra-cuu", "/phan-anh/cong-khai",
        "/api/v1/feedback", "/api/v1/feedback/answers", "/api/v1/feedback/{code}/status", "/api/v1/feedback/{code}/reply",
        "/api/v1/feedback/{code}/verdict", "/api/v1/feedback/{code}/re-complaint", "/api/v1/feedback/{code}/answer",
        // The floor (R40): anyone takes a ticket and follows it; the hall's board shows numbers and counters, no one's data.
        "/lay-so", "/lay-so/{day}/{number:int}", "/bang-goi", "/bang-goi/su-kien", "/dat-lich",
        // The hall's kiosk: its home and the reader of a receipt's QR, which only opens the public lookup or rating form.
        "/kiosk", "/kiosk/quet",
        // Unknown addresses: a ProblemDetails 404 under the API, and a file that is not a published asset.
        "/api/v1/{*path}", "/{**path:file}",
    ];

    /// <summary>The public portal's route families: the procedure pages, online submission, status lookup.</summary>
    static readonly string[] PublicPrefixes = ["/thu-tuc/", "/nop-ho-so/", "/tra-cuu"];

    static bool IsPublic(string route) =>
        PublicRoutes.Contains(route) || route == "/thu-tuc" || route == "/nop-ho-so" || PublicPrefixes.Any(route.StartsWith);

    /// <summary>One mapped route: its pattern (with a leading slash) and the methods it answers.</summary>
    sealed record Route(string Pattern, IReadOnlyList<string> Methods)
    {
        /// <summary>Whether the route takes a dossier code; every such route says so with its <c>dossiercode</c> constraint.</summary>
        public bool HasCode => Pattern.Contains("{code:dossiercode}", StringComparison.Ordinal);

        /// <summary>A concrete address: <c>{code}</c> is the given dossier code, a file path a missing file, an id an unknown one, any other value "1".</summary>
        public string Url(string code) => Parameter().Replace(Pattern, m => m.Groups["name"].Value switch
        {
            "code" => code,
            _ when m.Value.Contains(":file", StringComparison.Ordinal) => "khong-co.css",
            _ when m.Value.Contains(":guid", StringComparison.Ordinal) => Guid.Empty.ToString(),
            _ => "1",
        });
    }

    /// <summary>Every page and endpoint the running application maps, except its static files.</summary>
    static IReadOnlyList<Route> Routes(MotCuaApp app)
    {
        _ = app.Server; // endpoints are mapped when the host starts
        return app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<StaticAssetDescriptor>() is null)
            .Select(e => new Route("/" + e.RoutePattern.RawText!.TrimStart('/'),
                e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.ToList() is { Count: > 0 } methods ? methods : ["GET", "POST"]))
            .DistinctBy(r => r.Pattern + string.Join(",", r.Methods))
            .ToList();
    }

    [Fact]
    public async Task Anonymous_requests_to_every_officer_route_are_sent_to_sign_in_and_public_routes_stay_open()
    {
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 0);
        var code = await TestDossiers.ReceiveAsync(app, "1.004873", MotCuaApp.DefaultNow.AddHours(-1));
        var routes = Routes(app);
        Assert.Contains(routes, r => r.Pattern == "/ho-so/{code:dossiercode}");
        Assert.Contains(routes, r => r.Pattern == "/xu-ly");
        var anonymous = app.Browser();
        var failures = new List<string>();

        foreach (var route in routes)
        {
            var url = route.Url(code);
            if (IsPublic(route.Pattern))
            {
                // Public pages are only read here (posting would submit or look up for real); an endpoint gets its own method, with nothing to act on.
                var method = route.Methods.Contains("GET") ? "GET" : route.Methods[0];
                // Headers are enough, and the board's event stream never ends.
                using var response = await anonymous.SendAsync(Request(method, url), HttpCompletionOption.ResponseHeadersRead);
                if (response.StatusCode == HttpStatusCode.Unauthorized || SignIn(response))
                    failures.Add($"{method} {url} is public but asks to sign in ({(int)response.StatusCode})");
                continue;
            }
            foreach (var method in route.Methods)
            {
                var response = await anonymous.SendAsync(Request(method, url));
                var denied = url.StartsWith("/api/", StringComparison.Ordinal)
                    ? response.StatusCode == HttpStatusCode.Unauthorized
                    : SignIn(response);
                if (!denied)
                    failures.Add($"{method} {url} answered {(int)response.StatusCode} {response.Headers.Location} to an anonymous request");
            }
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Officers_outside_the_dossiers_units_get_404_on_every_dossier_route(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        const string applicant = "Tạ Thị Riêng Tư";
        var code = await TestDossiers.ReceiveAsync(app, "1.004873", MotCuaApp.DefaultNow.AddHours(-1), applicant: applicant);
        // Strangers to the dossier in every officer role that scoping depends on: another agency, and another Center.
        await using (var db = app.NewDbContext())
        {
            db.Units.Add(new Unit { Id = "000.21.31.H22", Name = "Bộ phận Một cửa xã Vĩnh Hòa", Kind = UnitKind.Center });
            await db.SaveChangesAsync();
        }
        await Officers.AddAsync(app, "tiepnhanxa", "Lò Văn Xã", Role.Reception, "000.21.31.H22");
        await Officers.AddAsync(app, "giamsatxa", "Hà Thị Xã", Role.CenterStaff, "000.21.31.H22");
        string[] strangers = ["chuyenvien2", "lanhdao2", "tiepnhanxa", "giamsatxa"];

        var routes = Routes(app).Where(r => r.HasCode && !IsPublic(r.Pattern)).ToList();
        Assert.Contains(routes, r => r.Pattern == "/ho-so/{code:dossiercode}");
        Assert.Equal(HttpStatusCode.OK, (await (await app.SignedIn("chuyenvien1")).GetAsync($"/ho-so/{code}")).StatusCode);
        var failures = new List<string>();
        foreach (var stranger in strangers)
        {
            var client = await app.SignedIn(stranger);
            var token = (await Officers.OpenFormAsync(client, "/xu-ly")).Token;
            foreach (var route in routes)
            foreach (var method in route.Methods)
            {
                var url = route.Url(code);
                var response = await client.SendAsync(Request(method, url, token));
                var body = await response.Content.ReadAsStringAsync();
                // 404; or, where the route's role is not the stranger's at all, the access-denied page (401/403 from the API).
                var kept = response.StatusCode == HttpStatusCode.NotFound || Denied(response)
                    || (url.StartsWith("/api/", StringComparison.Ordinal) && response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden);
                if (!kept || WebUtility.HtmlDecode(body).Contains(applicant, StringComparison.Ordinal))
                    failures.Add($"{stranger}: {method} {url} answered {(int)response.StatusCode} {response.Headers.Location}");
                if (route.Pattern == "/ho-so/{code:dossiercode}" && response.StatusCode != HttpStatusCode.NotFound)
                    failures.Add($"{stranger}: {method} {url} is not 404");
            }
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    /// <summary>A request as a browser form sends it: a GET, or a form post (with the anti-forgery token when the client has one).</summary>
    static HttpRequestMessage Request(string method, string url, string? token = null) => new(new HttpMethod(method), url)
    {
        Content = method == "GET" ? null
            : new FormUrlEncodedContent(token is null ? [] : new Dictionary<string, string> { ["__RequestVerificationToken"] = token }),
    };

    static bool SignIn(HttpResponseMessage response) => RedirectsTo(response, "/dang-nhap");

    static bool Denied(HttpResponseMessage response) => RedirectsTo(response, "/khong-co-quyen");

    static bool RedirectsTo(HttpResponseMessage response, string path) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location is { } location
        && new Uri(new Uri("http://localhost"), location).AbsolutePath == path;

    [GeneratedRegex(@"\{\*{0,2}(?<name>\w+)[^}]*\}")]
    private static partial Regex Parameter();
}
