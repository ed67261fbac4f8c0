using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MotCua.Data.Notifications;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Features.Shared;
using MotCua.Tests.Processing;

namespace MotCua.Tests.Monitoring;

/// <summary>The monitor and the agency inbox: paged and sorted lists under one closed alerts panel (R35, R47).</summary>
public partial class PagingTests
{
    const string MaritalStatus = "1.004873";
    const string Certification = "2.001035";

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_monitor_pages_through_every_dossier_once_in_each_order_it_offers_R35(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 120);
        await using var db = app.NewDbContext();
        var all = (await db.Dossiers.Select(d => new { d.Code, d.Due, d.SubmittedAt, Procedure = d.Procedure.Code, d.State }).ToListAsync())
            .Select(d => new Listed(d.Code.ToString(), d.Due, d.SubmittedAt, d.Procedure, d.State.ToString())).ToList();
        Assert.True(all.Count(d => d.Due is null) > 0 && all.Count(d => d.Due is not null) > DossierListPage.Size, "the demo should have dossiers with and without a due date");
        var client = await app.SignedIn("giamsat");

        foreach (var sort in Enum.GetValues<DossierSort>())
        {
            var expected = Expected(all, sort);
            var name = sort.ToString().ToLowerInvariant();
            Assert.Equal(expected, await MonitorTests.AllCodesAsync(client, $"/giam-sat?sort={name}"));
            expected.Reverse();
            Assert.Equal(expected, await MonitorTests.AllCodesAsync(client, $"/giam-sat?sort={name}&desc=true"));
        }

        // The default is the due date, soonest first; its header says so, and the others link to their own order.
        var first = await client.ReadAsync("/giam-sat");
        Assert.Contains("Trang 1/3 — 120 hồ sơ", first);
        Assert.Contains("<th aria-sort=\"ascending\" scope=\"col\"><a href=\"/giam-sat?desc=true\">Hạn trả", first);
        Assert.Contains("<th scope=\"col\"><a href=\"/giam-sat?sort=received\">Tiếp nhận</a></th>", first);
        Assert.Single(Regex.Matches(first, "aria-sort="));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Paging_and_sorting_links_keep_every_filter_R35(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var received = MotCuaApp.DefaultNow.AddDays(-3);
        var marital = await TestDossiers.ReceiveManyAsync(app, MaritalStatus, received, 55);
        await TestDossiers.ReceiveManyAsync(app, Certification, received, 3);
        var client = await app.SignedIn("giamsat");
        var url = $"/giam-sat?Procedure={MaritalStatus}&Channel=InPerson&From={received:yyyy-MM-dd}&To={received:yyyy-MM-dd}&sort=code&desc=true";

        var first = await client.ReadAsync(url);
        Assert.Contains("Trang 1/2 — 55 hồ sơ", first);
        var next = Regex.Match(first, "href=\"([^\"]+)\" rel=\"next\"").Groups[1].Value;
        Assert.Equal($"/giam-sat?Procedure={MaritalStatus}&Channel=InPerson&From={received:yyyy-MM-dd}&To={received:yyyy-MM-dd}&sort=code&desc=true&page=2", next);
        var codes = await MonitorTests.AllCodesAsync(client, url);
        Assert.Equal(marital.OrderDescending(StringComparer.Ordinal), codes);
        // A header keeps the filters too, and starts again at the first page.
        var second = await client.ReadAsync(next);
        Assert.Contains($"<a href=\"/giam-sat?Procedure={MaritalStatus}&Channel=InPerson&From={received:yyyy-MM-dd}&To={received:yyyy-MM-dd}&sort=state\">Trạng thái</a>", second);
        // The filter form keeps the order chosen.
        Assert.Contains("<input type=\"hidden\" name=\"sort\" value=\"code\">", second);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_agency_inbox_pages_and_sorts_its_open_dossiers_without_losing_one_R47(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var early = await TestDossiers.ReceiveManyAsync(app, Certification, MotCuaApp.DefaultNow.AddDays(-6), 12);
        var late = await TestDossiers.ReceiveManyAsync(app, MaritalStatus, MotCuaApp.DefaultNow.AddHours(-1), 48);
        var processor = await app.SignedIn("chuyenvien1");

        // Soonest due first: the twelve received earlier, then the others, each group by code.
        var byDue = early.Order(StringComparer.Ordinal).Concat(late.Order(StringComparer.Ordinal)).ToList();
        Assert.Equal(byDue, await InboxCodesAsync(processor, "/xu-ly?trang-thai=InProcessing"));
        Assert.Equal(byDue.AsEnumerable().Reverse(), await InboxCodesAsync(processor, "/xu-ly?sort=due&desc=true"));
        Assert.Equal(byDue.AsEnumerable().Reverse(), await InboxCodesAsync(processor, "/xu-ly?sort=received&desc=true"));
        Assert.Equal(byDue.Order(StringComparer.Ordinal), await InboxCodesAsync(processor, "/xu-ly?sort=code"));

        var first = await processor.ReadAsync("/xu-ly?trang-thai=InProcessing");
        Assert.Contains("Trang 1/2 — 60 hồ sơ", first);
        Assert.Contains("href=\"/xu-ly?trang-thai=InProcessing&page=2\" rel=\"next\"", first);
        Assert.Contains("aria-sort=\"ascending\" scope=\"col\"><a href=\"/xu-ly?trang-thai=InProcessing&desc=true\">Hạn giải quyết", first);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Out_of_range_paging_and_sorting_give_the_nearest_page_or_a_message_never_an_error(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        await TestDossiers.ReceiveManyAsync(app, MaritalStatus, MotCuaApp.DefaultNow.AddHours(-1), 120);
        var monitor = await app.SignedIn("giamsat");
        var processor = await app.SignedIn("chuyenvien1");

        foreach (var (client, url) in new[] { (monitor, "/giam-sat"), (processor, "/xu-ly") })
        {
            Assert.Contains("Trang 1/3 — 120 hồ sơ", await client.ReadAsync($"{url}?page=0"));
            Assert.Contains("Trang 1/3 — 120 hồ sơ", await client.ReadAsync($"{url}?page=-4"));
            Assert.Contains("Trang 3/3 — 120 hồ sơ", await client.ReadAsync($"{url}?page=999999"));
            Assert.Contains("Trang 3/3 — 120 hồ sơ", await client.ReadAsync($"{url}?page=99999999999999999999"));
            var words = await client.ReadAsync($"{url}?page=hai");
            Assert.Contains("Số trang không hợp lệ; hiển thị trang đầu.", words);
            Assert.Contains("Trang 1/3", words);
            var sort = await client.ReadAsync($"{url}?sort=nonsense&desc=maybe&page=2");
            Assert.Contains("Cách sắp xếp không hợp lệ; danh sách được xếp theo hạn giải quyết.", sort);
            Assert.Contains("Chiều sắp xếp không hợp lệ; danh sách được xếp tăng dần.", sort);
            Assert.Contains("Trang 2/3", sort);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{url}?sort=%00%01&desc=&page=%E2%80%AE")).StatusCode);
        }
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_alerts_sit_in_one_closed_panel_with_one_line_per_dossier_newest_first_R35(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var codes = await TestDossiers.ReceiveManyAsync(app, Certification, MotCuaApp.DefaultNow.AddDays(-10), 2);
        var (twice, once) = (codes[0], codes[1]);
        var now = MotCuaApp.DefaultNow;
        await using (var db = app.NewDbContext())
        {
            db.DeadlineAlerts.AddRange(
                Alert(twice, AlertKind.Overdue, $"Hồ sơ {twice} đã quá hạn giải quyết.", now.AddHours(-3)),
                Alert(once, AlertKind.DueSoon, $"Hồ sơ {once} sắp đến hạn giải quyết.", now.AddHours(-2)),
                Alert(twice, AlertKind.Escalated, $"Hồ sơ {twice}: đã báo lãnh đạo.", now.AddHours(-1)));
            await db.SaveChangesAsync();
        }

        foreach (var user in new[] { "giamsat", "chuyenvien1" })
        {
            var page = await (await app.SignedIn(user)).ReadAsync(user == "giamsat" ? "/giam-sat" : "/xu-ly");
            var panel = Regex.Match(page, "<details class=\"card alerts\">(.*?)</details>", RegexOptions.Singleline);
            Assert.True(panel.Success, $"{user}: no closed alerts panel");
            Assert.Contains("Cảnh báo hạn xử lý (2 hồ sơ)</strong>:", panel.Value);
            Assert.Contains("1 quá hạn · 1 đã báo cấp trên · 1 sắp đến hạn", panel.Value);
            Assert.Single(Regex.Matches(panel.Value, $"data-alerts=\"{Regex.Escape(twice)}\""));
            var lines = Regex.Matches(panel.Value, "<li data-alerts=\"([^\"]+)\">(.*?)</li>", RegexOptions.Singleline);
            Assert.Equal([twice, once], lines.Select(l => l.Groups[1].Value));
            var line = lines[0].Groups[2].Value;
            Assert.Contains($"<a href=\"/ho-so/{twice}\">{twice}</a>", line);
            Assert.True(line.IndexOf("đã báo lãnh đạo", StringComparison.Ordinal) < line.IndexOf("đã quá hạn giải quyết", StringComparison.Ordinal), line);
            // The work comes before the alerts' detail: the list is on the page, the panel closed.
            Assert.Contains("Trang 1/1 — 2 hồ sơ", page);
        }
    }

    static DeadlineAlert Alert(string code, AlertKind kind, string text, DateTimeOffset at) => new()
    {
        Key = $"{code}/test/{kind}",
        DossierCode = DossierCode.Parse(code),
        Kind = kind,
        Text = text,
        RaisedAt = at,
    };

    sealed record Listed(string Code, DateTimeOffset? Due, DateTimeOffset SubmittedAt, string Procedure, string State);

    /// <summary>The order a sort must give, ascending: without a due date last; the code breaks every tie.</summary>
    static List<string> Expected(IEnumerable<Listed> all, DossierSort sort)
    {
        var ordered = sort switch
        {
            DossierSort.Due => all.OrderBy(d => d.Due is null).ThenBy(d => d.Due),
            DossierSort.Received => all.OrderBy(d => d.SubmittedAt),
            DossierSort.Procedure => all.OrderBy(d => d.Procedure, StringComparer.Ordinal),
            DossierSort.State => all.OrderBy(d => d.State, StringComparer.Ordinal),
            _ => all.OrderBy(d => d.Code, StringComparer.Ordinal),
        };
        return ordered.ThenBy(d => d.Code, StringComparer.Ordinal).Select(d => d.Code).ToList();
    }

    /// <summary>The inbox's rows on all its pages, in order; none twice.</summary>
    static async Task<List<string>> InboxCodesAsync(HttpClient client, string url)
    {
        var codes = new List<string>();
        var first = await client.ReadAsync(url);
        var pages = int.Parse(Regex.Match(first, "Trang 1/(\\d+) — ").Groups[1].Value);
        for (var number = 1; number <= pages; number++)
        {
            var html = number == 1 ? first : await client.ReadAsync($"{url}&page={number}");
            codes.AddRange(Regex.Matches(html, "<tr id=\"([^\"]+)\">").Select(m => m.Groups[1].Value));
        }
        Assert.Equal(codes.Count, codes.Distinct().Count());
        return codes;
    }
}
