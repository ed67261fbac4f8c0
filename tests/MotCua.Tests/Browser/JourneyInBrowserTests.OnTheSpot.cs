using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MotCua.Domain.Dossiers;
using MotCua.Tests.Exceptions;
using MotCua.Tests.Forms;

namespace MotCua.Tests.Browser;

public sealed partial class JourneyInBrowserTests
{
    [Fact]
    public async Task Under_Bac_Ninh_a_signature_is_certified_paid_and_returned_in_one_sitting_at_the_counter_in_a_real_browser_R10()
    {
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 0, kestrel: true);
        await ExceptionDesk.UseProfileAsync(app, "bac-ninh-province-2023");
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var reception = await SignInAsync(browser, app, "tiepnhan1");

        // A procedure not under "5 tại chỗ" offers only the usual reception.
        await reception.GotoAsync("/tiep-nhan/thu-tuc/1.000894");
        await Assertions.Expect(reception.GetByRole(AriaRole.Button, new() { Name = "Tiếp nhận", Exact = true })).ToBeVisibleAsync();
        Assert.Equal(0, await reception.GetByRole(AriaRole.Button, new() { Name = "Giải quyết tại chỗ (5 tại chỗ)" }).CountAsync());

        await reception.GotoAsync($"/tiep-nhan/thu-tuc/{SignatureCertification}");
        await FillReceptionAsync(reception, "Trịnh Thị Thu Hằng", "Số 5, đường Lê Lợi, huyện Vĩnh An");
        await reception.GetByLabel("Đã nộp: Giấy tờ, văn bản cần chứng thực chữ ký").CheckAsync();
        await reception.GetByRole(AriaRole.Button, new() { Name = "Giải quyết tại chỗ (5 tại chỗ)" }).ClickAsync();
        await reception.WaitForURLAsync(new Regex("/tiep-nhan/tai-cho/"));
        var code = reception.Url.Split('/')[^1];

        await reception.GetByRole(AriaRole.Button, new() { Name = "Thu và in biên lai" }).ClickAsync();
        await Assertions.Expect(reception.Locator("main")).ToContainTextAsync("Đã thu 10.000 đ (hình thức: Tiền mặt), biên lai BL26E số 0000001.");
        await reception.GetByLabel("Số, ký hiệu kết quả (nếu có, ví dụ số chứng thực)").FillAsync("125/2026-SCT/CK");
        await reception.GetByRole(AriaRole.Button, new() { Name = "Phê duyệt và đóng dấu" }).ClickAsync();
        await Assertions.Expect(reception.GetByLabel("Người nhận kết quả")).ToHaveValueAsync("Trịnh Thị Thu Hằng");
        await reception.GetByRole(AriaRole.Button, new() { Name = "Trả kết quả" }).ClickAsync();

        await Assertions.Expect(reception.Locator("#state")).ToHaveTextAsync(DossierState.Returned.Vietnamese());
        await Assertions.Expect(reception.Locator("#steps")).ToContainTextAsync("đã trả cho Trịnh Thị Thu Hằng");
        await Assertions.Expect(reception.Locator("#papers")).ToContainTextAsync("Số kết quả: 125/2026-SCT/CK");
        await Chromium.ScreenshotAsync(reception, "13-on-the-spot-returned");
        var download = await reception.RunAndWaitForDownloadAsync(() =>
            reception.GetByRole(AriaRole.Link, new() { Name = "Biên lai thu phí, lệ phí BL26E số 0000001 — 10.000 đ (PDF)" }).ClickAsync());
        var receipt = await ReceiptPdfTests.PdfText(await File.ReadAllBytesAsync(await download.PathAsync()));
        Assert.Contains("BIÊN LAI THU PHÍ, LỆ PHÍ", receipt);
        Assert.Contains(code, receipt);
        Assert.Contains("Mười nghìn đồng", receipt);
    }
}
