using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MotCua.Tests.Forms;
using MotCua.Tests.Processing;
using static MotCua.Tests.Exceptions.ExceptionDesk;

namespace MotCua.Tests.Browser;

public sealed partial class JourneyInBrowserTests
{
    [Fact]
    public async Task The_director_opens_last_months_review_downloads_it_and_follows_a_listed_dossier_to_its_page_in_a_real_browser_R36()
    {
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 0, kestrel: true); // now Monday 23/11/2026
        var overdue = await TestDossiers.ReceiveAsync(app, MaritalStatus, Local(23, 9), applicant: "Phan Văn Quá");
        var supplemented = await TestDossiers.ReceiveAsync(app, MaritalStatus, Local(23, 9), applicant: "Lê Thị Bổ");
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        app.MoveTo(Local(25, 9));
        var processor = await SignInAsync(browser, app, "chuyenvien1");
        await processor.GotoAsync($"/ho-so/{supplemented}/bo-sung");
        await processor.GetByLabel("Nội dung cần bổ sung (mỗi dòng một nội dung)").FillAsync("Giấy xác nhận nơi cư trú");
        await processor.GetByLabel("Lý do").FillAsync("Cần xác minh nơi cư trú");
        await processor.GetByRole(AriaRole.Button, new() { Name = "Gửi yêu cầu bổ sung" }).ClickAsync();
        await processor.WaitForURLAsync($"**/ho-so/{supplemented}");
        app.MoveTo(Local(32, 9)); // December: last month is November

        var director = await SignInAsync(browser, app, "giamdoc");
        await director.GetByRole(AriaRole.Link, new() { Name = "Đánh giá tháng" }).ClickAsync();
        await director.WaitForURLAsync(new Regex("/giam-sat/danh-gia-thang"));
        Assert.Contains("Tháng 11/2026", await director.InnerTextAsync("main"));
        Assert.Contains("Chưa giải trình", await director.Locator($"[id='overdue-{overdue}']").InnerTextAsync());
        Assert.Contains("Giấy xác nhận nơi cư trú", await director.Locator("#outside").InnerTextAsync());
        await Chromium.ScreenshotAsync(director, "review-1-last-month");

        var download = await director.RunAndWaitForDownloadAsync(() => director.GetByRole(AriaRole.Link, new() { Name = "Tải PDF" }).ClickAsync());
        Assert.Equal("danh-gia-thang-2026-11.pdf", download.SuggestedFilename);
        Assert.Contains("Hồ sơ tiếp nhận trong tháng: 2", await ReceiptPdfTests.PdfText(await File.ReadAllBytesAsync(await download.PathAsync())));

        await director.Locator("#outside").GetByRole(AriaRole.Link, new() { Name = supplemented }).ClickAsync();
        await director.WaitForURLAsync($"**/ho-so/{supplemented}");
        Assert.Contains("Giấy xác nhận nơi cư trú", await director.InnerTextAsync("main"));
        await Chromium.ScreenshotAsync(director, "review-2-listed-dossier");
    }
}
