using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MotCua.Data.Notifications;
using MotCua.Domain.Codes;
using MotCua.Tests.Processing;

namespace MotCua.Tests.Browser;

public sealed partial class JourneyInBrowserTests
{
    [Fact]
    public async Task The_monitor_and_the_inbox_show_their_list_on_the_first_screen_under_a_closed_alerts_panel_and_page_and_sort_by_click_R35()
    {
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 120, kestrel: true);
        var justice = await TestDossiers.ReceiveManyAsync(app, "1.004873", MotCuaApp.DefaultNow.AddHours(-1), 55);
        await using (var db = app.NewDbContext())
        {
            // Thirty alerts, two per dossier: the panel names fifteen dossiers in one closed line.
            foreach (var (code, i) in justice.Take(15).Select((c, i) => (c, i)))
            {
                db.DeadlineAlerts.Add(new DeadlineAlert { Key = $"{code}/a", DossierCode = DossierCode.Parse(code), Kind = AlertKind.DueSoon, Text = $"Hồ sơ {code} sắp đến hạn giải quyết.", RaisedAt = MotCuaApp.DefaultNow.AddMinutes(-2 * i - 1) });
                db.DeadlineAlerts.Add(new DeadlineAlert { Key = $"{code}/b", DossierCode = DossierCode.Parse(code), Kind = AlertKind.Overdue, Text = $"Hồ sơ {code} đã quá hạn giải quyết.", RaisedAt = MotCuaApp.DefaultNow.AddMinutes(-2 * i) });
            }
            await db.SaveChangesAsync();
        }
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;

        foreach (var (user, link, name) in new[] { ("giamsat", "Giám sát", "monitor"), ("chuyenvien1", "Hồ sơ cần xử lý", "inbox") })
        {
            var page = await SignInAsync(browser, app, user);
            await page.SetViewportSizeAsync(1280, 800);
            await page.GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync();
            var summary = page.Locator("details.alerts > summary");
            Assert.Contains("Cảnh báo hạn xử lý (15 hồ sơ)", await summary.InnerTextAsync());
            Assert.False(await page.Locator("details.alerts").EvaluateAsync<bool>("d => d.open"));
            // The first rows of the list are on the first screen, the pages counted above them.
            var rows = page.Locator("table.list tbody tr");
            await FirstScreenAsync(page, $"paging-{name}-first-screen");
            var third = await rows.Nth(2).BoundingBoxAsync();
            Assert.True(third!.Y + third.Height <= 800, $"{name}: the third row ends at {third.Y + third.Height}px");
            Assert.Matches("Trang 1/\\d+ — \\d+ hồ sơ", await page.Locator("nav.pager").First.InnerTextAsync());

            // The panel opens to one line per dossier.
            await summary.ClickAsync();
            Assert.Equal(15, await page.Locator("details.alerts li[data-alerts]").CountAsync());
            await FirstScreenAsync(page, $"paging-{name}-alerts-open");

            // A header sorts, a second click reverses; the next page keeps the order.
            await page.GetByRole(AriaRole.Link, new() { Name = "Mã hồ sơ" }).ClickAsync();
            await page.WaitForURLAsync(new Regex("sort=code$"));
            await page.GetByRole(AriaRole.Link, new() { Name = "Mã hồ sơ" }).ClickAsync();
            await page.WaitForURLAsync(new Regex("sort=code&desc=true$"));
            Assert.Equal("descending", await page.Locator("th[aria-sort]").GetAttributeAsync("aria-sort"));
            var top = await rows.First.Locator("a").InnerTextAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Sau ›" }).First.ClickAsync();
            await page.WaitForURLAsync(new Regex("sort=code&desc=true&page=2$"));
            Assert.True(string.CompareOrdinal(await rows.First.Locator("a").InnerTextAsync(), top) < 0);
        }
    }

    /// <summary>What a person sees without scrolling, not the whole page.</summary>
    static Task FirstScreenAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", name + ".png") });
}
