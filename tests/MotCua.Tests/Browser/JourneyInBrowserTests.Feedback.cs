using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MotCua.Domain.Feedback;
using MotCua.Tests.Exceptions;
using MotCua.Tests.Processing;

namespace MotCua.Tests.Browser;

public sealed partial class JourneyInBrowserTests
{
    [Fact]
    public async Task A_citizen_files_feedback_about_a_late_dossier_the_Center_forwards_the_agency_answers_and_it_is_published_and_rated_and_Cam_Pha_flags_late_forwarding_in_a_real_browser_R34()
    {
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 0, kestrel: true);
        // A 3-working-day dossier of Phòng Tư pháp received two weeks ago and still not decided: late.
        var dossier = await TestDossiers.ReceiveAsync(app, ExceptionDesk.MaritalStatus, MotCuaApp.DefaultNow.AddDays(-14));
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;

        // 1. The citizen, from the portal's menu, files feedback about the dossier and reads the code on the receipt.
        var citizen = await (await browser.NewContextAsync(new() { BaseURL = app.Address, Locale = "vi-VN" })).NewPageAsync();
        await citizen.GotoAsync("/");
        await citizen.Locator("nav").GetByRole(AriaRole.Link, new() { Name = "Phản ánh, kiến nghị" }).ClickAsync();
        await citizen.WaitForURLAsync(new Regex("/phan-anh$"));
        await FillFeedbackAsync(citizen, dossier, "Hồ sơ xác nhận tình trạng hôn nhân quá hạn",
            "Tôi nộp hồ sơ từ hai tuần trước, hẹn trả sau 3 ngày làm việc nhưng đến nay chưa có kết quả và không được thông báo lý do.");
        await Chromium.ScreenshotAsync(citizen, "fb-1-form");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Gửi phản ánh, kiến nghị" }).ClickAsync();
        await citizen.WaitForURLAsync(new Regex("/phan-anh/da-gui/"));
        var code = (await citizen.Locator("#code").InnerTextAsync()).Trim();
        Assert.StartsWith("PAKN-", code);
        Assert.Contains("Việc giải quyết hồ sơ của cơ quan", await citizen.InnerTextAsync("main"));
        await Chromium.ScreenshotAsync(citizen, "fb-2-receipt");

        // 2. The Center's staff opens the desk, then the item, and forwards it to Phòng Tư pháp.
        var center = await SignInAsync(browser, app, "giamsat");
        await center.GetByRole(AriaRole.Link, new() { Name = "Phản ánh, kiến nghị" }).First.ClickAsync();
        await center.WaitForURLAsync(new Regex("/phan-anh-kien-nghi$"));
        await Chromium.ScreenshotAsync(center, "fb-3-center-desk");
        await center.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
        Assert.Contains(dossier, await center.InnerTextAsync("main"));
        Assert.Contains("Chuyển đến Phòng Tư pháp", await center.InnerTextAsync("main"));
        await Chromium.ScreenshotAsync(center, "fb-4-center-item");
        await ActAsync(center, "Chuyển");
        Assert.Equal(FeedbackState.Forwarded.Vietnamese(), (await center.Locator("dl.facts .badge").First.InnerTextAsync()).Trim());

        // 3. The agency's processor finds it in its list and answers in writing.
        var agency = await SignInAsync(browser, app, "chuyenvien1");
        await agency.GetByRole(AriaRole.Link, new() { Name = "Phản ánh, kiến nghị" }).First.ClickAsync();
        await Chromium.ScreenshotAsync(agency, "fb-5-agency-list");
        await agency.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
        await agency.GetByLabel("Nội dung trả lời").FillAsync(
            "Kính gửi bà Đỗ Thị Hoa. Phòng Tư pháp xin lỗi vì hồ sơ chậm do chờ kết quả xác minh; kết quả được trả ngày 25/11/2026 tại Trung tâm.");
        await ActAsync(agency, "Trả lời");
        await Chromium.ScreenshotAsync(agency, "fb-6-agency-answered");

        // 4. The Center removes the name and publishes the answer.
        await center.ReloadAsync();
        await center.GetByLabel("Nội dung công khai").FillAsync(
            "Phòng Tư pháp xin lỗi vì hồ sơ chậm do chờ kết quả xác minh; kết quả được trả ngày 25/11/2026 tại Trung tâm.");
        await Chromium.ScreenshotAsync(center, "fb-7-publish-form");
        await ActAsync(center, "Công khai");
        Assert.Equal(FeedbackState.Published.Vietnamese(), (await center.Locator("dl.facts .badge").First.InnerTextAsync()).Trim());

        // 5. The citizen looks it up with the code and the phone's last four digits, reads the answer and likes it.
        await citizen.GotoAsync("/phan-anh/tra-cuu");
        await citizen.GetByLabel("Mã số phản ánh, kiến nghị").FillAsync(code);
        await citizen.GetByLabel("4 chữ số cuối số điện thoại (hoặc địa chỉ thư điện tử) đã khai").FillAsync("5678");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Tra cứu" }).ClickAsync();
        Assert.Contains("Kính gửi bà Đỗ Thị Hoa", await citizen.Locator("#answer").InnerTextAsync());
        await Chromium.ScreenshotAsync(citizen, "fb-8-track-answer");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Hài lòng", Exact = true }).ClickAsync();
        await citizen.WaitForLoadStateAsync();
        await Chromium.ScreenshotAsync(citizen, "fb-9-rated");
        Assert.Equal("", string.Join(" | ", await citizen.Locator(".message.bad").AllInnerTextsAsync()));
        Assert.Contains("Ông/Bà đã chọn: hài lòng", await citizen.InnerTextAsync("main"));

        await citizen.GotoAsync("/phan-anh/cong-khai");
        var published = await citizen.InnerTextAsync("main");
        await Chromium.ScreenshotAsync(citizen, "fb-10-published");
        Assert.Contains("Hồ sơ xác nhận tình trạng hôn nhân quá hạn", published);
        Assert.Contains("Phòng Tư pháp xin lỗi vì hồ sơ chậm", published);
        Assert.DoesNotContain("Đỗ Thị Hoa", published);
        Assert.DoesNotContain("0912345678", published);
        await using (var db = app.NewDbContext())
        {
            var item = await db.FeedbackItems.AsNoTracking().SingleAsync();
            Assert.Equal((FeedbackState.Published, AnswerVerdict.Like), (item.State, item.Verdict));
        }

        // 6. Under Cẩm Phả an item received on Monday and still not forwarded the next Monday (3 working days) shows late on the Center's desk.
        await ExceptionDesk.UseProfileAsync(app, "cam-pha-city-2022");
        await citizen.GotoAsync("/phan-anh");
        await FillFeedbackAsync(citizen, dossier, "Chưa nhận được kết quả hồ sơ", "Đề nghị cho biết khi nào nhận được kết quả.");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Gửi phản ánh, kiến nghị" }).ClickAsync();
        await citizen.WaitForURLAsync(new Regex("/phan-anh/da-gui/"));
        var held = (await citizen.Locator("#code").InnerTextAsync()).Trim();
        app.MoveTo(ExceptionDesk.Local(30, 10));
        // A new week, a new sign-in.
        center = await SignInAsync(browser, app, "giamsat");
        await center.GetByRole(AriaRole.Link, new() { Name = "Phản ánh, kiến nghị" }).First.ClickAsync();
        await center.GetByLabel("Thời hạn").SelectOptionAsync(new SelectOptionValue { Label = "Quá hạn" });
        await center.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();
        await center.WaitForURLAsync(new Regex("han=tre"));
        var row = await center.Locator($"tr[id='{held}']").InnerTextAsync();
        await Chromium.ScreenshotAsync(center, "fb-11-cam-pha-late");
        Assert.Contains("Chưa chuyển cơ quan giải quyết, đã quá thời hạn chuyển", row);
        Assert.Equal(0, await center.Locator($"tr[id='{code}']").CountAsync());
        await center.GetByRole(AriaRole.Link, new() { Name = held }).ClickAsync();
        Assert.Contains("Chưa chuyển cơ quan giải quyết, đã quá thời hạn chuyển", await center.Locator(".message.bad").First.InnerTextAsync());
        await Chromium.ScreenshotAsync(center, "fb-12-cam-pha-late-item");
    }

    /// <summary>The portal's feedback form about a dossier of the demo applicant (phone 0912345678).</summary>
    static async Task FillFeedbackAsync(IPage page, string dossier, string subject, string text)
    {
        await page.GetByLabel("Việc giải quyết hồ sơ của cơ quan").CheckAsync();
        await page.GetByLabel("Mã hồ sơ", new() { Exact = true }).FillAsync(dossier);
        await page.GetByLabel("4 chữ số cuối số điện thoại đã khai trong hồ sơ").FillAsync("5678");
        await page.GetByLabel("Họ và tên").FillAsync("Đỗ Thị Hoa");
        await page.GetByLabel("Số điện thoại", new() { Exact = true }).FillAsync("0912345678");
        await page.GetByLabel("Tiêu đề").FillAsync(subject);
        await page.GetByLabel("Nội dung", new() { Exact = true }).FillAsync(text);
    }
}
