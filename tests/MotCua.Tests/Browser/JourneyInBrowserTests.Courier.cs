using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MotCua.Tests.Exceptions;
using MotCua.Tests.Processing;

namespace MotCua.Tests.Browser;

public sealed partial class JourneyInBrowserTests
{
    /// <summary>
    /// The desk sends Phòng Tư pháp three paper dossiers in the 11:00 round (Bắc Kạn); the agency's officer counts two, ticks them
    /// and confirms: the page warns of the missing one, whose lost-dossier incident is on its incidents page (R12, R13, R20).
    /// </summary>
    [Fact]
    public async Task A_round_of_three_dossiers_is_confirmed_with_one_missing_and_its_incident_appears_R12_R13_R20()
    {
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 0, kestrel: true);
        await ExceptionDesk.UseProfileAsync(app, "bac-kan-ward-2025");
        var codes = await TestDossiers.ReceiveManyAsync(app, ExceptionDesk.MaritalStatus, ExceptionDesk.Local(23, 9).ToUniversalTime(), 3);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;

        var desk = await SignInAsync(browser, app, "tiepnhan1");
        await desk.GetByRole(AriaRole.Link, new() { Name = "Chuyến giao nhận" }).ClickAsync();
        await desk.GetByRole(AriaRole.Link, new() { Name = "Phòng Tư pháp huyện Vĩnh An" }).ClickAsync();
        await desk.Locator("select[name=Slot]").SelectOptionAsync("11:00");
        await desk.GetByLabel("Người vận chuyển").FillAsync("Đinh Văn Toàn");
        await Chromium.ScreenshotAsync(desk, "courier-1-dispatch");
        await desk.GetByRole(AriaRole.Button, new() { Name = "Giao chuyến" }).ClickAsync();
        await desk.WaitForURLAsync(new Regex("/chuyen-giao-nhan/[0-9a-f-]{36}$"));
        Assert.Contains("Đã giao chuyến 11:00 với 3 hồ sơ", await desk.InnerTextAsync("main"));

        var agency = await SignInAsync(browser, app, "chuyenvien1");
        await agency.GetByRole(AriaRole.Link, new() { Name = "Chuyến giao nhận" }).ClickAsync();
        await agency.Locator("#to-confirm a").First.ClickAsync();
        await agency.GetByLabel($"Đã nhận hồ sơ {codes[0]}").CheckAsync();
        await agency.GetByLabel($"Đã nhận hồ sơ {codes[2]}").CheckAsync();
        await agency.GetByLabel("Số hồ sơ đếm được").FillAsync("2");
        await agency.GetByRole(AriaRole.Button, new() { Name = "Xác nhận đã nhận" }).ClickAsync();
        await Assertions.Expect(agency.Locator("#discrepancy")).ToContainTextAsync("Chuyến thiếu 1 hồ sơ so với danh sách giao.");
        await Chromium.ScreenshotAsync(agency, "courier-2-discrepancy");

        await agency.GetByRole(AriaRole.Link, new() { Name = codes[1] }).ClickAsync();
        await agency.WaitForURLAsync($"**/ho-so/{codes[1]}/su-co");
        var incidents = await agency.Locator("#incidents").InnerTextAsync();
        Assert.Contains("Thất lạc hồ sơ", incidents);
        Assert.Contains("Không có trong chuyến 11:00 ngày 23/11/2026", incidents);
        await Chromium.ScreenshotAsync(agency, "courier-3-incident");
    }
}
