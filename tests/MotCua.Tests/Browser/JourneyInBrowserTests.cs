using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Features.Demo;
using MotCua.Tests.Processing;

namespace MotCua.Tests.Browser;

/// <summary>
/// The acceptance journey of the web application, clicked through in chromium as officers and a
/// citizen would: the counter receives, the agency appraises, signs and records, the return desk
/// hands the result over, the citizen looks the dossier up.
/// </summary>
public sealed partial class JourneyInBrowserTests
{
    [Fact]
    public async Task A_dossier_received_at_the_counter_is_decided_returned_and_looked_up_in_a_real_browser_R6_R11_R13_R23()
    {
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 10, kestrel: true);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;

        // Reception: search without diacritics, receive with exactly the published components, get the receipt.
        var reception = await SignInAsync(browser, app, "tiepnhan1");
        await reception.GetByRole(AriaRole.Link, new() { Name = "Tiếp nhận", Exact = true }).ClickAsync();
        await reception.GetByRole(AriaRole.Searchbox).FillAsync("dang ky khai sinh");
        await reception.GetByRole(AriaRole.Button, new() { Name = "Tìm" }).ClickAsync();
        await reception.GetByRole(AriaRole.Link, new() { Name = "Thủ tục đăng ký khai sinh", Exact = true }).ClickAsync();
        await FillReceptionAsync(reception, "Phạm Thị Hương", "Số 12, đường Trần Phú, huyện Vĩnh An");
        await reception.GetByLabel("Đã nộp: Tờ khai đăng ký khai sinh theo mẫu").CheckAsync();
        await reception.GetByLabel("Đã nộp: Giấy chứng sinh", new() { Exact = false }).CheckAsync();
        await reception.Locator("input[name=ResultChannel][value=InPerson]").CheckAsync();
        await reception.GetByRole(AriaRole.Button, new() { Name = "Tiếp nhận", Exact = true }).ClickAsync();
        await reception.WaitForURLAsync(new Regex("/tiep-nhan/giay-hen/"));
        var receipt = await reception.InnerTextAsync("main");
        Assert.Contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", receipt);
        Assert.Contains("Phạm Thị Hương", receipt);
        var code = Code().Match(receipt).Value;
        Assert.StartsWith("000.01.31.H22-261123-", code);
        await Chromium.ScreenshotAsync(reception, "1-receipt");

        // The agency: the processor appraises and forwards, the leader signs, the processor records and hands over.
        var processor = await SignInAsync(browser, app, "chuyenvien1");
        await processor.GetByRole(AriaRole.Link, new() { Name = "Hồ sơ cần xử lý" }).ClickAsync();
        await processor.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
        await Chromium.ScreenshotAsync(processor, "2-agency-dossier");
        await ActAsync(processor, "Chuyển bước tiếp theo");

        var leader = await SignInAsync(browser, app, "lanhdao1");
        await leader.GotoAsync($"/ho-so/{code}");
        await ActAsync(leader, "Duyệt");

        await processor.ReloadAsync();
        await processor.GetByLabel("Kết quả giải quyết").FillAsync("Đã cấp Giấy khai sinh số 125/2026");
        await ActAsync(processor, "Ghi nhận kết quả");
        await ActAsync(processor, "Chuyển kết quả về Trung tâm");
        Assert.Equal("Chờ trả kết quả", (await processor.Locator("#state").InnerTextAsync()).Trim());

        // The return desk hands the result to the applicant at the counter.
        await reception.GetByRole(AriaRole.Link, new() { Name = "Trả kết quả", Exact = true }).ClickAsync();
        await reception.GetByRole(AriaRole.Link, new() { Name = code }).First.ClickAsync();
        await reception.Locator("input[name=Channel][value=InPerson]").CheckAsync();
        await reception.GetByLabel("Người nhận kết quả", new() { Exact = false }).FillAsync("Phạm Thị Hương");
        await reception.GetByRole(AriaRole.Button, new() { Name = "Trả kết quả" }).ClickAsync();
        await reception.WaitForURLAsync(new Regex("/tra-ket-qua$"));

        // The control slip names each hand-over with who gave it and when.
        await processor.ReloadAsync();
        var slip = await processor.Locator("#control-slip tbody tr").AllInnerTextsAsync();
        await Chromium.ScreenshotAsync(processor, "3-control-slip");
        string[] expected =
        [
            "Tiếp nhận hồ sơ", "Chuyển hồ sơ đến cơ quan giải quyết", "Chuyển bước tiếp theo", "Đã duyệt",
            "Ghi nhận kết quả", "Chuyển kết quả về bộ phận trả kết quả", "Trả kết quả",
        ];
        Assert.Equal(expected.Length, slip.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Contains(expected[i], slip[i]);
            Assert.Matches(@"\d{2}:\d{2} \d{2}/\d{2}/\d{4}", slip[i]);
        }
        Assert.Contains("Nguyễn Thị Lan", slip[0]);
        Assert.Contains("Hoàng Văn Nam", slip[2]);
        Assert.Contains("Trương Văn Hùng", slip[3]);
        Assert.Contains("Nguyễn Thị Lan", slip[6]);

        // The citizen looks the dossier up with its code and the phone's last four digits.
        var citizen = await (await browser.NewContextAsync(new() { BaseURL = app.Address })).NewPageAsync();
        await citizen.GotoAsync("/");
        await citizen.Locator("nav").GetByRole(AriaRole.Link, new() { Name = "Tra cứu hồ sơ" }).ClickAsync();
        await citizen.GetByLabel("Mã hồ sơ").FillAsync(code);
        await citizen.GetByLabel("4 chữ số cuối số điện thoại đã khai").FillAsync("5678");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Tra cứu" }).ClickAsync();
        var status = await citizen.InnerTextAsync("main");
        await Chromium.ScreenshotAsync(citizen, "4-portal-lookup");
        Assert.Contains("Đã trả kết quả", status);
        Assert.Contains("******5678", status);
        Assert.DoesNotContain("0912345678", status);
        Assert.DoesNotContain("Số 12, đường Trần Phú", status);
    }

    [Fact]
    public async Task A_supplement_is_asked_for_completed_online_and_an_apology_moves_the_due_date_in_a_real_browser_R15_R18_R45_R46()
    {
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 0, kestrel: true);
        var code = await TestDossiers.ReceiveAsync(app, "1.004873", MotCuaApp.DefaultNow.AddHours(-1));
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;

        // The processor asks for a supplement within three working days of reception (R15).
        var processor = await SignInAsync(browser, app, "chuyenvien1");
        await processor.GotoAsync($"/ho-so/{code}");
        await processor.GetByRole(AriaRole.Link, new() { Name = "Yêu cầu bổ sung hồ sơ" }).ClickAsync();
        await processor.GetByLabel("Nội dung cần bổ sung", new() { Exact = false }).FillAsync("Bản sao Giấy chứng tử có chứng thực");
        await processor.GetByLabel("Lý do", new() { Exact = true }).FillAsync("Giấy tờ đã nộp bị mờ, không đọc được");
        await ActAsync(processor, "Gửi yêu cầu bổ sung");

        // The Center tells the applicant; the clock stops.
        var reception = await SignInAsync(browser, app, "tiepnhan1");
        await reception.GotoAsync($"/ho-so/{code}");
        await reception.GetByRole(AriaRole.Link, new() { Name = "Thông báo, nhận hồ sơ bổ sung" }).ClickAsync();
        await ActAsync(reception, "Đã gửi phiếu yêu cầu bổ sung cho người nộp");
        await Chromium.ScreenshotAsync(reception, "5-supplement-notified");

        // The applicant completes it online, with the code and the phone's last four digits; the clock restarts from zero (R45).
        app.Clock.Advance(TimeSpan.FromDays(2));
        var citizen = await (await browser.NewContextAsync(new() { BaseURL = app.Address })).NewPageAsync();
        await citizen.GotoAsync("/bo-sung-ho-so");
        await citizen.GetByLabel("Mã hồ sơ").FillAsync(code);
        await citizen.GetByLabel("4 chữ số cuối số điện thoại đã khai").FillAsync("5678");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Tìm hồ sơ" }).ClickAsync();
        await citizen.Locator("input[name=Components]").First.CheckAsync();
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Nộp hồ sơ bổ sung" }).ClickAsync();
        await Chromium.ScreenshotAsync(citizen, "6-supplement-online");
        Assert.Equal(0, await citizen.Locator(".message.bad").CountAsync());
        DateTimeOffset restartedDue;
        await using (var db = app.NewDbContext())
        {
            var dossier = await db.Dossiers.SingleAsync(d => d.Code == DossierCode.Parse(code));
            Assert.Equal(DossierState.InProcessing, dossier.State);
            restartedDue = dossier.Due!.Value;
            Assert.True(restartedDue > dossier.OriginalDue, "the restarted clock gives a later due date");
        }

        // An apology with a new date: the processor drafts, the leader approves, the original date stays visible (R18, R46).
        // Two days later: a new working day, a new sign-in.
        processor = await SignInAsync(browser, app, "chuyenvien1");
        await processor.GotoAsync($"/ho-so/{code}");
        await processor.GetByRole(AriaRole.Link, new() { Name = "Xin lỗi, hẹn lại ngày trả kết quả" }).ClickAsync();
        await processor.GetByLabel("Lý do chậm").FillAsync("Chờ kết quả xác minh của Công an xã");
        var newDay = DateOnly.FromDateTime(restartedDue.ToOffset(TimeSpan.FromHours(7)).DateTime).AddDays(7);
        await processor.GetByLabel("Ngày hẹn trả mới").FillAsync(newDay.ToString("yyyy-MM-dd"));
        await ActAsync(processor, "Gửi lãnh đạo duyệt");
        var leader = await SignInAsync(browser, app, "lanhdao1");
        await leader.GotoAsync($"/ho-so/{code}/xin-loi");
        await ActAsync(leader, "Duyệt và dời hạn trả kết quả");
        var page = await leader.InnerTextAsync("main");
        await Chromium.ScreenshotAsync(leader, "7-apology-approved");
        Assert.Contains($"17:00 {newDay:dd/MM/yyyy}", page);
        await processor.GotoAsync($"/ho-so/{code}/xin-loi");
        Assert.Contains("Mỗi hồ sơ chỉ được hẹn lại ngày trả kết quả một lần. (R18)", await processor.InnerTextAsync("main"));
        await using (var db = app.NewDbContext())
        {
            var dossier = await db.Dossiers.SingleAsync(d => d.Code == DossierCode.Parse(code));
            Assert.Equal(newDay, DateOnly.FromDateTime(dossier.Due!.Value.ToOffset(TimeSpan.FromHours(7)).DateTime));
            Assert.True(dossier.OriginalDue < restartedDue);
        }
    }

    static async Task<IPage> SignInAsync(IBrowser browser, MotCuaApp app, string userName)
    {
        var page = await (await browser.NewContextAsync(new() { BaseURL = app.Address, Locale = "vi-VN" })).NewPageAsync();
        await page.GotoAsync("/dang-nhap");
        await page.GetByLabel("Tên đăng nhập").FillAsync(userName);
        await page.GetByLabel("Mật khẩu").FillAsync(DemoSeed.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        // Signing in hashes the password: on a loaded CI machine that alone can pass Playwright's default 30 s.
        await page.WaitForURLAsync(url => !url.Contains("/dang-nhap"), new() { Timeout = 90_000 });
        return page;
    }

    /// <summary>On the counter's reception form: the first case, and an individual applicant with the phone 0912345678.</summary>
    static async Task FillReceptionAsync(IPage reception, string name, string address)
    {
        await reception.Locator("input[name=CaseName]").First.CheckAsync();
        await reception.GetByLabel("Họ tên (tên tổ chức)").FillAsync(name);
        await reception.GetByLabel("Số định danh cá nhân / mã số tổ chức").FillAsync("001190012345");
        await reception.GetByLabel("Địa chỉ").FillAsync(address);
        await reception.GetByLabel("Số điện thoại").FillAsync("0912345678");
    }

    /// <summary>Clicks an action on the dossier page and checks the page came back without an error message.</summary>
    static async Task ActAsync(IPage page, string button)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        await page.WaitForLoadStateAsync();
        Assert.Equal(0, await page.Locator(".message.bad").CountAsync());
    }

    [GeneratedRegex(@"\d{3}\.\d{2}\.\d{2}\.H\d{2}-\d{6}-\d{4,}")]
    private static partial Regex Code();
}
