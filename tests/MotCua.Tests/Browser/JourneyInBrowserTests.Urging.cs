using Microsoft.Playwright;
using MotCua.Tests.Processing;

namespace MotCua.Tests.Browser;

public sealed partial class JourneyInBrowserTests
{
    [Fact]
    public async Task The_Center_urges_an_overdue_dossier_the_agency_leader_explains_and_the_Center_reads_it_on_the_control_slip_in_a_real_browser_R35()
    {
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 0, kestrel: true); // now Monday 23/11 10:00
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var code = await TestDossiers.ReceiveAsync(app, "2.001035", MotCuaApp.DefaultNow.AddDays(-5).AddHours(-1)); // due Friday 20/11

        // The Center's supervisor picks the agency's overdue dossiers and urges the checked one.
        var center = await SignInAsync(browser, app, "giamsat");
        await center.GetByRole(AriaRole.Link, new() { Name = "Đôn đốc", Exact = true }).ClickAsync();
        await center.GetByLabel("Cơ quan giải quyết").SelectOptionAsync(new SelectOptionValue { Label = "Phòng Tư pháp huyện Vĩnh An" });
        await center.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();
        await center.GetByLabel($"Chọn hồ sơ {code}").CheckAsync();
        await center.GetByLabel("Nội dung đôn đốc").FillAsync("Hồ sơ đã quá hạn trả kết quả; đề nghị giải trình lý do và báo cáo tiến độ.");
        Assert.Equal("2026-11-26", await center.GetByLabel("Hạn trả lời").InputValueAsync()); // Tuesday 24/11 is Vietnamese Culture Day
        await center.GetByRole(AriaRole.Button, new() { Name = "Gửi văn bản đôn đốc các hồ sơ đã chọn" }).ClickAsync();
        Assert.Contains($"{code}: Đã gửi văn bản đôn đốc đến Phòng Tư pháp huyện Vĩnh An.", await center.Locator("#reports").InnerTextAsync());
        Assert.Contains("Chờ trả lời đến 26/11/2026", await center.Locator($"tr[id='{code}']").InnerTextAsync());
        await Chromium.ScreenshotAsync(center, "urging-1-bulk");

        // The agency's leader finds it on the inbox and answers in writing.
        var leader = await SignInAsync(browser, app, "lanhdao1");
        await leader.GetByRole(AriaRole.Link, new() { Name = "Hồ sơ cần xử lý" }).ClickAsync();
        Assert.Contains("Chờ trả lời văn bản đôn đốc của Trung tâm (1)", await leader.Locator("#urged").InnerTextAsync());
        await Chromium.ScreenshotAsync(leader, "urging-2-inbox");
        await leader.Locator("#urged").GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
        await leader.GetByLabel("Lý do chậm", new() { Exact = false }).FillAsync("Chờ kết quả xác minh của UBND xã; dự kiến trả kết quả ngày 25/11/2026.");
        await Chromium.ScreenshotAsync(leader, "urging-3-answer");
        await ActAsync(leader, "Gửi văn bản giải trình");

        // The Center reads both on the control slip: who, when, what.
        await center.GotoAsync($"/ho-so/{code}");
        var slip = await center.Locator("#control-slip tbody tr").AllInnerTextsAsync();
        Assert.Contains("Đôn đốc giải quyết hồ sơ", slip[^2]);
        Assert.Contains("Phạm Thu Hà", slip[^2]);
        Assert.Contains("Văn bản đôn đốc, hạn trả lời 26/11/2026", slip[^2]);
        Assert.Contains("Giải trình hồ sơ quá hạn", slip[^1]);
        Assert.Contains("Trương Văn Hùng", slip[^1]);
        Assert.Contains("10:00 23/11/2026", slip[^1]);
        Assert.Contains("Chờ kết quả xác minh của UBND xã", slip[^1]);
        await center.Locator("#control-slip").ScrollIntoViewIfNeededAsync();
        await Chromium.ScreenshotAsync(center, "urging-4-control-slip");
    }
}
