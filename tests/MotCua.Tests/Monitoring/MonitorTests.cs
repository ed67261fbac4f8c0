using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Catalog;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Time;
using MotCua.Features.Demo;
using MotCua.Features.Monitoring;
using MotCua.Features.Shared;

namespace MotCua.Tests.Monitoring;

public partial class MonitorTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_Center_sees_every_dossier_with_counts_and_filters_R35_R27(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 60);
        await using var db = app.NewDbContext();
        var all = await db.Dossiers.Select(d => new { d.Code, d.AgencyId, d.State }).ToListAsync();
        var client = await app.SignedIn("giamsat");

        var page = await client.GetStringAsync("/giam-sat");
        Assert.Contains($"Trang 1/2 — {all.Count} hồ sơ", page);
        foreach (var group in all.GroupBy(d => d.State))
            Assert.Contains($"data-state=\"{group.Key}\">{group.Count()}<", page);

        var justice = DemoCatalog.Justice.Id;
        var codes = await AllCodesAsync(client, $"/giam-sat?Agency={justice}");
        Assert.Equal(all.Count(d => d.AgencyId == justice), codes.Count);
        Assert.All(codes, code => Assert.Equal(justice, all.Single(d => d.Code == DossierCode.Parse(code)).AgencyId));

        var returned = await AllCodesAsync(client, $"/giam-sat?State={DossierState.Returned}");
        Assert.Equal(all.Count(d => d.State == DossierState.Returned), returned.Count);

        var bad = await client.GetStringAsync("/giam-sat?From=2026-11-20&To=2026-11-01");
        Assert.Contains("Ngày bắt đầu phải trước ngày kết thúc.", bad);
    }

    [Fact]
    public async Task Overdue_open_dossiers_are_the_ones_past_their_due_date_R35()
    {
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 60);
        await using var db = app.NewDbContext();
        var now = app.Clock.GetUtcNow();
        var open = await db.Dossiers.Where(d => d.Due != null && d.Timeliness == null).Select(d => new { d.Code, d.Due }).ToListAsync();
        var expected = open.Where(d => d.Due < now).Select(d => d.Code.ToString()).Order().ToList();
        var client = await app.SignedIn("giamdoc");
        Assert.Equal(expected, (await AllCodesAsync(client, "/giam-sat?Due=Overdue")).Order().ToList());
    }

    /// <summary>The database's classification (counts and filters) against the one worked out dossier by dossier.</summary>
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Every_due_status_counts_and_lists_the_dossiers_the_badge_gives_it_and_the_period_is_the_submission_day_R27_R35_R49(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 120);
        var now = app.Clock.GetUtcNow();
        var calendar = StateCalendars.VietnamStateBodiesCalendar;
        await using var db = app.NewDbContext();
        var all = await db.Dossiers.Select(d => new { d.Code, d.State, d.Timeliness, d.Due, d.SubmittedAt }).ToListAsync();
        var expected = all.GroupBy(d => IndexModel.Classify(d.State, d.Timeliness, d.Due, now, calendar)).ToDictionary(g => g.Key, g => g.Select(d => d.Code.ToString()).Order().ToList());
        Assert.True(expected.Count >= 6, $"the demo should spread over the due statuses: {string.Join(", ", expected.Keys)}");
        var client = await app.SignedIn("giamsat");

        var overview = await client.GetStringAsync("/giam-sat");
        foreach (var filter in Enum.GetValues<DueFilter>())
        {
            var codes = expected.GetValueOrDefault(filter, []);
            if (codes.Count > 0)
                Assert.Contains($"data-due=\"{filter}\">{codes.Count}<", overview);
            Assert.Equal(codes, (await AllCodesAsync(client, $"/giam-sat?Due={filter}")).Order().ToList());
        }

        var day = calendar.LocalDate(all.OrderBy(d => d.Code.ToString()).First().SubmittedAt);
        var onDay = all.Where(d => calendar.LocalDate(d.SubmittedAt) == day).Select(d => d.Code.ToString()).Order().ToList();
        Assert.Equal(onDay, (await AllCodesAsync(client, $"/giam-sat?From={day:yyyy-MM-dd}&To={day:yyyy-MM-dd}")).Order().ToList());
    }

    /// <summary>Without a period the counts come from the kept state counts and the unfinished dossiers' index; with one, from the dossiers.</summary>
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_kept_counts_equal_the_dossiers_counted_one_by_one_under_every_filter_R35(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 120);
        var client = await app.SignedIn("giamsat");
        const string always = "From=2000-01-01&To=2099-12-31";
        foreach (var filter in new[] { "", $"Agency={DemoCatalog.Justice.Id}", $"Procedure={Reception.Desk.Marriage}", $"Channel={Channel.Online}",
                     $"State={DossierState.Returned}", $"Agency={DemoCatalog.Justice.Id}&Channel={Channel.InPerson}&Due={DueFilter.Overdue}" })
        {
            var kept = Counts(await client.GetStringAsync($"/giam-sat?{filter}"));
            var counted = Counts(await client.GetStringAsync($"/giam-sat?{filter}&{always}"));
            Assert.NotEmpty(counted);
            Assert.Equal(counted, kept);
        }

        static List<string> Counts(string page) => Regex.Matches(page, "data-(?:state|due)=\"\\w+\">\\d+<|Trang \\d+/\\d+ — [\\d.]+ hồ sơ").Select(m => m.Value).ToList();
    }

    [Fact]
    public async Task Only_the_Centers_monitoring_officers_open_the_monitor()
    {
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 0);
        var anonymous = await app.Browser().GetAsync("/giam-sat");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/dang-nhap", anonymous.Headers.Location!.PathAndQuery);
        var processor = await (await app.SignedIn("chuyenvien1")).GetAsync("/giam-sat");
        Assert.Equal(HttpStatusCode.Redirect, processor.StatusCode);
        Assert.StartsWith("/khong-co-quyen", processor.Headers.Location!.PathAndQuery);
    }

    /// <summary>The codes a list shows on all its pages, in order; none twice.</summary>
    internal static async Task<List<string>> AllCodesAsync(HttpClient client, string url)
    {
        var codes = new List<string>();
        var separator = url.Contains('?') ? '&' : '?';
        for (int number = 1, pages = 1; number <= pages; number++)
        {
            var html = await client.GetStringAsync($"{url}{separator}page={number}");
            var caption = Caption().Match(html);
            Assert.True(caption.Success, $"{url}: no page caption");
            Assert.Equal(number, int.Parse(caption.Groups[1].Value));
            pages = int.Parse(caption.Groups[2].Value);
            var shown = Codes().Matches(html).Select(m => m.Groups[1].Value).ToList();
            Assert.True(shown.Count == (number < pages ? DossierListPage.Size : shown.Count) && shown.Count <= DossierListPage.Size, $"{url} page {number}: {shown.Count} rows");
            codes.AddRange(shown);
        }
        Assert.Equal(codes.Count, codes.Distinct().Count());
        return codes;
    }

    [GeneratedRegex("<td class=\"when\"><a href=\"/ho-so/([^\"]+)\">")]
    private static partial Regex Codes();

    [GeneratedRegex("Trang (\\d+)/(\\d+) (?:—|&#x2014;) ")]
    private static partial Regex Caption();
}
