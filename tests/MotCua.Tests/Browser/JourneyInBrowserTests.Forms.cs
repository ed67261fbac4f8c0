using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MotCua.Domain.Codes;
using MotCua.Tests.Forms;

namespace MotCua.Tests.Browser;

public sealed partial class JourneyInBrowserTests
{
    [Fact]
    public async Task The_counter_scans_while_receiving_prints_the_receipt_and_the_applicant_downloads_the_same_one_in_a_real_browser_R5_R51_R52()
    {
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 0, kestrel: true);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var scan = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");

        // The counter receives a birth registration with the declaration scanned on the same form.
        var reception = await SignInAsync(browser, app, "tiepnhan1");
        await reception.GotoAsync("/tiep-nhan/thu-tuc/1.001193");
        await FillReceptionAsync(reception, "Phạm Thị Hương", "Số 12, đường Trần Phú, huyện Vĩnh An");
        await reception.GetByLabel("Đã nộp: Tờ khai đăng ký khai sinh theo mẫu").CheckAsync();
        await reception.GetByLabel("Đã nộp: Giấy chứng sinh", new() { Exact = false }).CheckAsync();
        await reception.GetByLabel("Bản quét: Tờ khai đăng ký khai sinh theo mẫu").SetInputFilesAsync(
            new FilePayload { Name = "to-khai.pdf", MimeType = "application/pdf", Buffer = scan });
        await reception.GetByRole(AriaRole.Button, new() { Name = "Tiếp nhận", Exact = true }).ClickAsync();
        await reception.WaitForURLAsync(new Regex("/tiep-nhan/giay-hen/"));
        var code = reception.Url.Split('/')[^1];

        // The receipt as a PDF, from the link on the receipt page.
        var download = await reception.RunAndWaitForDownloadAsync(() => reception.GetByRole(AriaRole.Link, new() { Name = "Tải giấy hẹn (PDF)" }).ClickAsync());
        var printed = await File.ReadAllBytesAsync(await download.PathAsync());
        var text = await ReceiptPdfTests.PdfText(printed);
        Assert.Contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", text);
        Assert.Contains(code, text);
        Assert.Contains("Phạm Thị Hương", text);

        // The dossier page shows the declaration digitized.
        await reception.GotoAsync($"/ho-so/{code}");
        Assert.Contains("Đã số hóa", await reception.Locator("#details").InnerTextAsync());
        await Chromium.ScreenshotAsync(reception, "8-digitized");

        // The applicant downloads the receipt from the portal: the document the Center issued, to the byte.
        var citizen = await (await browser.NewContextAsync(new() { BaseURL = app.Address })).NewPageAsync();
        await citizen.GotoAsync("/tra-cuu");
        await citizen.GetByLabel("Mã hồ sơ").FillAsync(code);
        await citizen.GetByLabel("4 chữ số cuối số điện thoại đã khai").FillAsync("5678");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Tra cứu" }).ClickAsync();
        await citizen.Locator("form:has(button:has-text('Tải giấy tiếp nhận')) input[name=dt]").FillAsync("0912 345 678");
        var fromPortal = await citizen.RunAndWaitForDownloadAsync(() =>
            citizen.GetByRole(AriaRole.Button, new() { Name = "Tải giấy tiếp nhận và hẹn trả kết quả (PDF)" }).ClickAsync());
        Assert.Equal(printed, await File.ReadAllBytesAsync(await fromPortal.PathAsync()));
        await using var db = app.NewDbContext();
        Assert.Equal("to-khai.pdf", (await db.DossierFiles.SingleAsync(f => f.DossierCode == DossierCode.Parse(code))).FileName);
    }
}
