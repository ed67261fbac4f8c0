using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Dossiers;
using MotCua.Features.Demo;
using MotCua.Features.Reports;

namespace MotCua.Tests.Reports;

public partial class DashboardTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Every_figure_of_the_dashboard_opens_exactly_the_dossiers_it_counts_R35(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 120);
        var client = await app.SignedIn("giamdoc");
        var page = await client.GetStringAsync("/bao-cao");
        // Unless told otherwise, the last 90 days up to today (23/11/2026), and the picker says so.
        Assert.Contains("<option value=\"\">90 ngày gần nhất</option>", page);
        Assert.Contains("từ ngày 26/08/2026 đến ngày 23/11/2026", page);

        // The period tiles: each links to its dossiers, and the list holds as many as the figure says.
        var tiles = FigureLinks().Matches(page).Select(m => (Href: WebUtility.HtmlDecode(m.Groups[1].Value), Count: int.Parse(m.Groups[2].Value))).ToList();
        Assert.True(tiles.Count > 20);
        foreach (var (href, count) in tiles.DistinctBy(t => t.Href).Take(40))
            Assert.True(count == await ListedAsync(client, href), href);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_director_clicks_the_late_figure_of_an_agency_and_lands_on_its_late_dossiers_R35(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 120);
        await using var db = app.NewDbContext();
        var justice = DemoCatalog.Justice.Id;
        var client = await app.SignedIn("giamdoc");
        var page = await client.GetStringAsync("/bao-cao");
        var link = Regex.Matches(page, "href=\"(/bao-cao/ho-so\\?[^\"]*Figure=Late[^\"]*)\" data-figure=\"late\">(\\d+)<")
            .Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).First(h => h.Contains($"Agency={justice}"));

        var list = await client.GetStringAsync(link);
        var shown = Regex.Matches(list, "href=\"/ho-so/([^\"]+)\"").Select(m => m.Groups[1].Value).Order().ToList();
        var expected = (await db.Dossiers.Where(d => d.AgencyId == justice && d.Timeliness == Timeliness.Late).Select(d => d.Code).ToListAsync())
            .Select(c => c.ToString()).Order().ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, shown);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_finishing_figure_lists_its_dossiers_in_the_order_they_finished_R35(string provider)
    {
        // By finishing instant, so the list walks the (unit, FinishedAt) index instead of sorting the period's dossiers.
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 120);
        await using var db = app.NewDbContext();
        var client = await app.SignedIn("giamsat");

        var shown = await ListedCodesAsync(client, "/bao-cao/ho-so?Figure=Early&From=2026-01-01&To=2026-12-31");
        var finished = (await db.Dossiers.Where(d => d.Timeliness == Timeliness.Early && d.FinishedAt != null)
                .Select(d => new { d.Code, d.SubmittedAt, d.FinishedAt }).ToListAsync())
            .ToDictionary(d => d.Code.ToString());

        var instants = shown.Select(code => finished[code].FinishedAt!.Value).ToList();
        Assert.Equal(instants.Order().ToList(), instants);
        // The demo's dossiers do not finish in the order they came: by submission the list would differ.
        Assert.NotEqual(shown, shown.OrderBy(code => finished[code].SubmittedAt).ThenBy(code => code, StringComparer.Ordinal).ToList());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_agency_sees_only_its_own_figures_R35(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 80);
        await using var db = app.NewDbContext();
        var justice = DemoCatalog.Justice.Id;
        var client = await app.SignedIn("lanhdao1");
        var page = await client.GetStringAsync("/bao-cao");
        Assert.DoesNotContain("Cơ quan giải quyết</caption>", page);
        var received = FigureLinks().Matches(page).First(m => m.Groups[1].Value.Contains("Figure=Received"));
        var codes = await ListedCodesAsync(client, WebUtility.HtmlDecode(received.Groups[1].Value));
        var agencies = await db.Dossiers.Select(d => new { d.Code, d.AgencyId }).ToListAsync();
        Assert.NotEmpty(codes);
        Assert.All(codes, code => Assert.Equal(justice, agencies.Single(d => d.Code.ToString() == code).AgencyId));

        var other = await client.GetStringAsync($"/bao-cao/ho-so?Figure=Received&From=2026-01-01&To=2026-12-31&Agency={DemoCatalog.FinanceAndPlanning.Id}");
        Assert.Contains("Không có hồ sơ nào.", other);
        var denied = await (await app.SignedIn("tiepnhan1")).GetAsync("/bao-cao");
        Assert.Contains("/khong-co-quyen", denied.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/bao-cao/ho-so?Figure=Nonsense&From=2026-01-01&To=2026-02-01")]
    [InlineData("/bao-cao/ho-so?Figure=Late&From=2026-03-01&To=2026-02-01")]
    [InlineData("/bao-cao/ho-so?Figure=Late&From=2026-01-01")]
    [InlineData("/bao-cao/ho-so?Figure=Late&From=2026-01-01&To=2026-02-01&trang=0")]
    [InlineData("/bao-cao?Choice.Kind=Quarter&Choice.Year=2026&Choice.Number=7")]
    public async Task A_figure_or_period_that_cannot_be_is_refused_in_Vietnamese_R35(string url)
    {
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 0);
        var client = await app.SignedIn("giamsat");
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Matches("class=\"error\"|Biểu mẫu không hợp lệ", await response.Content.ReadAsStringAsync());
    }

    static async Task<int> ListedAsync(HttpClient client, string href) => (await ListedCodesAsync(client, href)).Count;

    /// <summary>Every dossier of a figure's list, following its pages.</summary>
    static async Task<List<string>> ListedCodesAsync(HttpClient client, string href)
    {
        var codes = new List<string>();
        for (var page = 1; ; page++)
        {
            var html = await client.GetStringAsync(href + "&trang=" + page);
            codes.AddRange(Regex.Matches(html, "href=\"/ho-so/([^\"]+)\"").Select(m => m.Groups[1].Value));
            if (!html.Contains("Trang sau"))
                return codes;
        }
    }

    [GeneratedRegex("href=\"(/bao-cao/ho-so\\?[^\"]+)\"[^>]*>(\\d+)</a>")]
    private static partial Regex FigureLinks();
}
