using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Microsoft.Playwright;
using MotCua.Features.Demo;

namespace MotCua.Tests.Browser;

public sealed partial class JourneyInBrowserTests
{
    [Fact]
    public async Task The_director_opens_the_dashboard_clicks_an_agencys_late_figure_and_downloads_last_quarters_form_in_a_real_browser_R35_R38()
    {
        // 20/12/2026: the demo's dossiers (the 60 days before) fall in the quarter that ended on 14/12.
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 120, now: new DateTimeOffset(2026, 12, 21, 9, 0, 0, TimeSpan.FromHours(7)), kestrel: true);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var director = await SignInAsync(browser, app, "giamdoc");
        await director.GetByRole(AriaRole.Link, new() { Name = "Tổng quan" }).ClickAsync();
        await director.WaitForURLAsync(new Regex("/bao-cao$"));
        Assert.True(await director.Locator("figure.chart svg rect").CountAsync() > 10);
        await Chromium.ScreenshotAsync(director, "reports-1-dashboard");

        var justice = director.Locator("table", new() { Has = director.GetByText("Cơ quan giải quyết") })
            .GetByRole(AriaRole.Row, new() { Name = DemoCatalog.Justice.Name });
        var late = justice.Locator("a[data-figure=late]");
        var count = int.Parse(await late.InnerTextAsync());
        Assert.True(count > 0);
        await late.ClickAsync();
        await director.WaitForURLAsync(new Regex("/bao-cao/ho-so"));
        Assert.Contains("Giải quyết quá hạn", await director.InnerTextAsync("main"));
        Assert.Equal(count, await director.Locator("main table tbody tr").CountAsync());
        await Chromium.ScreenshotAsync(director, "reports-2-late-dossiers");

        await director.GotoAsync("/bao-cao/bieu-06a");
        Assert.Contains("Quý IV/2026", await director.InnerTextAsync("main"));
        Assert.Contains("Các ràng buộc của biểu đều đúng", await director.InnerTextAsync("main"));
        await Chromium.ScreenshotAsync(director, "reports-3-form-06a");
        var download = await director.RunAndWaitForDownloadAsync(() => director.GetByRole(AriaRole.Link, new() { Name = "Tải Excel" }).ClickAsync());
        Assert.Equal("bieu-II06a-20260915-20261214.xlsx", download.SuggestedFilename);
        // Playwright keeps the download under a name without extension: ClosedXML reads it as a stream.
        await using var file = File.OpenRead(await download.PathAsync());
        using var book = new XLWorkbook(file);
        var sheet = book.Worksheet(1);
        var total = Enumerable.Range(10, 40).First(r => sheet.Cell(r, 2).GetString() == "Tổng cộng");
        int C(int column) => sheet.Cell(total, column).GetValue<int>();
        Assert.True(C(3) > 0);
        Assert.Equal(C(3), C(7) + C(11));
        Assert.Equal(C(7), C(8) + C(9) + C(10));
        Assert.Equal(C(11), C(12) + C(13));

        await director.GotoAsync("/bao-cao/chi-so");
        Assert.Contains("Xếp hạng", await director.InnerTextAsync("main"));
        await Chromium.ScreenshotAsync(director, "reports-4-scorecard");
    }
}
