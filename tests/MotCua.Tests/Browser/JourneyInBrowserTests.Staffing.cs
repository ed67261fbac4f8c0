using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace MotCua.Tests.Browser;

public sealed partial class JourneyInBrowserTests
{
    [Fact]
    public async Task The_Center_opens_a_counter_an_agency_names_its_officer_the_Center_records_the_approval_and_the_roster_seats_the_officer_in_a_real_browser_R30()
    {
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 0, kestrel: true);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;

        // 1. The Center's staff opens counter 1 for the Justice office, from the menu.
        var center = await SignInAsync(browser, app, "giamsat");
        await center.GetByRole(AriaRole.Link, new() { Name = "Cán bộ tại Trung tâm" }).ClickAsync();
        await center.WaitForURLAsync(new Regex("/can-bo$"));
        await center.GetByRole(AriaRole.Link, new() { Name = "Quầy", Exact = true }).ClickAsync();
        await center.GetByLabel("Số quầy").FillAsync("1");
        await center.GetByLabel("Nhóm lĩnh vực").FillAsync("Tư pháp – Hộ tịch, chứng thực");
        await center.GetByLabel("Phòng Tư pháp huyện Vĩnh An").CheckAsync();
        await ActAsync(center, "Lưu quầy");
        Assert.Contains("Tư pháp – Hộ tịch, chứng thực", await center.Locator("#quay").InnerTextAsync());

        // 2. The Justice office's leader names the counter officer as its primary officer at counter 1.
        var leader = await SignInAsync(browser, app, "lanhdao1");
        await leader.GetByRole(AriaRole.Link, new() { Name = "Cán bộ tại Trung tâm" }).ClickAsync();
        await leader.Locator("#OfficerId").SelectOptionAsync(new SelectOptionValue { Label = "Nguyễn Thị Lan (tiepnhan1)" });
        await leader.Locator("#Position").SelectOptionAsync(new SelectOptionValue { Label = "Phó Trưởng phòng" });
        await leader.Locator("#CounterId").SelectOptionAsync(new SelectOptionValue { Label = "Quầy 1 – Tư pháp – Hộ tịch, chứng thực" });
        await leader.Locator("#From").FillAsync("2026-11-02");
        await ActAsync(leader, "Cử cán bộ");
        await leader.WaitForURLAsync(new Regex("/can-bo/\\d+$"));
        Assert.Contains("Chờ Trung tâm ghi nhận văn bản phê duyệt", await leader.InnerTextAsync("main"));
        await Chromium.ScreenshotAsync(leader, "staff-1-named");

        // 3. The Center records the chairman's decision; the roster now seats her at counter 1.
        await center.GotoAsync(new Uri(leader.Url).AbsolutePath);
        await center.GetByLabel("Văn bản phê duyệt (số, ngày, cơ quan ban hành)").FillAsync("Quyết định số 15/QĐ-UBND ngày 05/11/2026 của Chủ tịch UBND huyện Vĩnh An");
        await ActAsync(center, "Ghi nhận phê duyệt");
        Assert.Contains("ghi nhận bởi Phạm Thu Hà", await center.InnerTextAsync("main"));
        await center.GotoAsync("/can-bo");
        var roster = await center.Locator("#bo-tri").InnerTextAsync();
        Assert.Contains("Nguyễn Thị Lan", roster);
        Assert.Contains("Tư pháp – Hộ tịch, chứng thực", roster);
        await Chromium.ScreenshotAsync(center, "staff-2-roster");
    }
}
