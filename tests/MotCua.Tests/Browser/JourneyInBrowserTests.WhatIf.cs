using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace MotCua.Tests.Browser;

public sealed partial class JourneyInBrowserTests
{
    [Fact]
    public async Task The_administrator_previews_a_late_holiday_sees_the_dossiers_that_move_applies_it_and_a_moved_dossiers_history_says_so_in_a_real_browser_R48()
    {
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 40, kestrel: true);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;

        // 1. The administrator enters Thursday 26/11/2026 as a holiday and asks for the preview.
        var admin = await SignInAsync(browser, app, "quantri");
        await admin.GotoAsync("/quan-tri");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Lịch làm việc: ngày nghỉ lễ, ngày làm bù" }).ClickAsync();
        await admin.GetByLabel("Ngày", new() { Exact = true }).FillAsync("2026-11-26");
        await admin.GetByLabel("Tên", new() { Exact = true }).FillAsync("Nghỉ đột xuất do bão");
        await ActAsync(admin, "Xem trước");
        var preview = await admin.Locator("#xem-truoc").InnerTextAsync();
        Assert.Contains("Xem trước: Thêm ngày nghỉ 26/11/2026 (Thứ Năm) – Nghỉ đột xuất do bão", preview);
        var total = int.Parse(Regex.Match(preview, @"(\d+) hồ sơ đang giải quyết sẽ đổi hạn").Groups[1].Value);
        Assert.True(total > 0);
        // A dossier whose legal due date moves (some move only their step's).
        var rows = await admin.Locator("#xem-truoc table tr:has(td:nth-child(5))").AllAsync();
        var cells = new List<IReadOnlyList<string>>();
        foreach (var row in rows)
            cells.Add((await row.Locator("td").AllInnerTextsAsync()).Select(t => t.Trim()).ToList());
        var moved = cells.First(c => c[2].Contains('→'));
        var (code, due) = (moved[0], moved[2]);
        Assert.Matches(@"^\d\d:\d\d \d\d/\d\d/\d{4} → \d\d:\d\d \d\d/\d\d/\d{4}$", due);
        Assert.Equal("+1", moved[4]);
        await Chromium.ScreenshotAsync(admin, "whatif-1-preview");

        // Nothing is saved yet: the calendar's list does not have the day.
        Assert.DoesNotContain("Nghỉ đột xuất do bão", await admin.Locator("table.counts").Last.InnerTextAsync());

        // 2. Applying it saves the day and moves exactly as many dossiers as the preview counted.
        await ActAsync(admin, "Áp dụng");
        Assert.Contains($"Đã tính lại hạn của {total} hồ sơ đang giải quyết", await admin.Locator(".message.ok").InnerTextAsync());
        Assert.Contains("Nghỉ đột xuất do bão", await admin.Locator("table.counts").Last.InnerTextAsync());
        await Chromium.ScreenshotAsync(admin, "whatif-2-applied");

        // 3. The Center's staff opens a moved dossier: its control slip records the recomputation, old → new as previewed.
        var center = await SignInAsync(browser, app, "giamsat");
        await center.GotoAsync($"/ho-so/{code}");
        var last = center.Locator("#control-slip tbody tr").Last;
        Assert.Equal("Tính lại hạn do thay đổi lịch", (await last.Locator("td").Nth(2).InnerTextAsync()).Trim());
        Assert.Equal($"Lịch làm việc thay đổi: hạn {due}", (await last.Locator("td").Nth(7).InnerTextAsync()).Trim());
        await last.ScrollIntoViewIfNeededAsync();
        await Chromium.ScreenshotAsync(center, "whatif-3-history");
    }
}
