using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using MiniExcelLibs;
using MotCua.Data.Fees;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Fees;
using MotCua.Features.Demo;
using MotCua.Tests.Exceptions;
using MotCua.Tests.Forms;
using MotCua.Tests.Payments;
using MotCua.Tests.Processing;

namespace MotCua.Tests.Browser;

public sealed partial class JourneyInBrowserTests
{
    /// <summary>Chứng thực chữ ký: one line of 10.000 đ, paid before the dossier goes to Phòng Tư pháp.</summary>
    const string SignatureCertification = "2.000884";

    [Fact]
    public async Task Fees_are_taken_in_cash_and_online_refunded_and_reconciled_and_Bac_Ninh_refuses_an_agency_in_a_real_browser_R28_R29_R60()
    {
        await using var gateway = await LocalVnpayGateway.StartAsync(clock: new FakeTimeProvider(MotCuaApp.DefaultNow));
        var options = gateway.MerchantOptions();
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 0, kestrel: true, settings: new Dictionary<string, string?>
        {
            ["Payments:Vnpay:TmnCode"] = options.TmnCode,
            ["Payments:Vnpay:HashSecret"] = options.HashSecret,
            ["Payments:Vnpay:PaymentUrl"] = options.PaymentUrl,
        });
        gateway.IpnUrl = app.Address + options.IpnPath;
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;

        // The counter receives a pay-before dossier; the appointment slip says the fee is owed and leads to the fee page.
        var reception = await SignInAsync(browser, app, "tiepnhan1");
        await reception.GotoAsync($"/tiep-nhan/thu-tuc/{SignatureCertification}");
        await FillReceptionAsync(reception, "Trịnh Thị Thu Hằng", "Số 5, đường Lê Lợi, huyện Vĩnh An");
        await reception.GetByLabel("Đã nộp: Giấy tờ, văn bản cần chứng thực chữ ký").CheckAsync();
        await reception.GetByRole(AriaRole.Button, new() { Name = "Tiếp nhận", Exact = true }).ClickAsync();
        await reception.WaitForURLAsync(new Regex("/tiep-nhan/giay-hen/"));
        var counterCode = reception.Url.Split('/')[^1];
        await reception.GetByRole(AriaRole.Link, new() { Name = "Thu phí, lệ phí và in biên lai" }).ClickAsync();

        // Cash, the default: back on the page with what was taken and the receipt to print, read back from its PDF.
        Assert.Contains("10.000 đ", await reception.InnerTextAsync("main"));
        await reception.GetByRole(AriaRole.Button, new() { Name = "Thu và in biên lai" }).ClickAsync();
        await reception.WaitForLoadStateAsync();
        Assert.Contains("Đã thu 10.000 đ (hình thức: Tiền mặt), biên lai BL26E số 0000001.", await reception.InnerTextAsync("main"));
        await Chromium.ScreenshotAsync(reception, "9-fee-collected");
        var download = await reception.RunAndWaitForDownloadAsync(() =>
            reception.GetByRole(AriaRole.Link, new() { Name = "In biên lai BL26E số 0000001 (PDF)" }).ClickAsync());
        var receipt = await ReceiptPdfTests.PdfText(await File.ReadAllBytesAsync(await download.PathAsync()));
        Assert.Contains("BIÊN LAI THU PHÍ, LỆ PHÍ", receipt);
        Assert.Contains("Trịnh Thị Thu Hằng", receipt);
        Assert.Contains("10.000", receipt);
        Assert.Contains("Mười nghìn đồng", receipt);
        // Paid, the dossier went on to the agency in the same save.
        Assert.Equal(DossierState.InProcessing.Vietnamese(), (await reception.Locator(".badge").First.InnerTextAsync()).Trim());

        // A second dossier, paid by its applicant from home: lookup, the gateway's page, its notification, the return page.
        var onlineCode = await TestDossiers.ReceiveAsync(app, SignatureCertification, MotCuaApp.DefaultNow.AddHours(-1), transfer: false);
        var citizen = await (await browser.NewContextAsync(new() { BaseURL = app.Address, Locale = "vi-VN" })).NewPageAsync();
        await citizen.GotoAsync("/tra-cuu");
        await citizen.GetByLabel("Mã hồ sơ").FillAsync(onlineCode);
        await citizen.GetByLabel("4 chữ số cuối số điện thoại đã khai").FillAsync("5678");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Tra cứu" }).ClickAsync();
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Thanh toán trực tuyến" }).ClickAsync();
        await citizen.WaitForURLAsync(url => url.StartsWith(gateway.PaymentUrl, StringComparison.Ordinal));
        Assert.Equal("10.000 đ", (await citizen.Locator("#amount").InnerTextAsync()).Replace('\u00a0', ' ').Trim());
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Thanh toán", Exact = true }).ClickAsync();
        await citizen.WaitForURLAsync(new Regex("/thanh-toan/vnpay/ket-qua"));
        Assert.Equal("Đã thanh toán.", (await citizen.Locator("#result").InnerTextAsync()).Trim());
        await Chromium.ScreenshotAsync(citizen, "10-paid-online");
        Assert.Single(gateway.Notifications);
        await using (var db = app.NewDbContext())
        {
            var paid = await db.Receipts.AsNoTracking().SingleAsync(r => r.DossierCode == DossierCode.Parse(onlineCode));
            Assert.Equal((PaymentMethod.Online, 10_000L, 2), (paid.Method, paid.Total, paid.Number));
            Assert.Equal(DossierState.InProcessing, (await db.Dossiers.SingleAsync(d => d.Code == DossierCode.Parse(onlineCode))).State);
        }

        // The Center's director approves a refund of the counter's receipt, with the reason.
        var director = await SignInAsync(browser, app, "giamdoc");
        await director.GotoAsync($"/thu-phi/{counterCode}");
        await director.GetByLabel("Lý do").FillAsync("Người nộp rút yêu cầu chứng thực trước khi ký");
        await director.GetByLabel("Số tiền hoàn trả (đồng, chỉ khi hoàn trả)").FillAsync("10000");
        await director.GetByRole(AriaRole.Button, new() { Name = "Hoàn trả tiền" }).ClickAsync();
        await director.WaitForLoadStateAsync();
        var refunded = await director.InnerTextAsync("main");
        Assert.Contains("Đã hoàn trả 10.000 đ cho người nộp.", refunded);
        Assert.Contains("Đã hoàn trả 10.000 đ — Người nộp rút yêu cầu chứng thực trước khi ký (Lê Quang Vinh)", refunded);

        // The month's reconciliation for Phòng Tư pháp, from the menu, downloaded as a spreadsheet and opened.
        var collector = await SignInAsync(browser, app, "giamsat");
        await collector.GetByRole(AriaRole.Link, new() { Name = "Đối chiếu phí" }).First.ClickAsync();
        await collector.Locator("select[name=agency]").SelectOptionAsync(new SelectOptionValue { Label = DemoCatalog.Justice.Name });
        await collector.Locator("input[name=month]").FillAsync("2026-11");
        await collector.GetByRole(AriaRole.Button, new() { Name = "Xem" }).ClickAsync();
        await collector.WaitForLoadStateAsync();
        await Chromium.ScreenshotAsync(collector, "11-reconciliation");
        var sheet = await collector.RunAndWaitForDownloadAsync(() => collector.GetByRole(AriaRole.Link, new() { Name = "Tải Excel" }).ClickAsync());
        await using (var stream = File.OpenRead(await sheet.PathAsync()))
        {
            var totals = stream.Query(useHeaderRow: true, sheetName: "Tổng hợp").Cast<IDictionary<string, object>>()
                .ToDictionary(r => (string)r["Khoản"], r => Convert.ToInt64(r["Số tiền (đồng)"], CultureInfo.InvariantCulture));
            Assert.Equal(20_000, totals["Đã thu"]);
            Assert.Equal(10_000, totals["Đã hoàn trả"]);
            Assert.Equal(10_000, totals["Thực thu (đã thu − đã hủy − đã hoàn trả)"]);
            Assert.Equal(10_000, totals["Đơn vị thu còn giữ"]);
        }

        // Under Bắc Ninh the Center alone collects: the agency's processor finds no way to record a collection.
        await ExceptionDesk.UseProfileAsync(app, "bac-ninh-province-2023");
        var heldCode = await TestDossiers.ReceiveAsync(app, SignatureCertification, MotCuaApp.DefaultNow.AddMinutes(-30), transfer: false);
        var processor = await SignInAsync(browser, app, "chuyenvien1");
        await processor.GotoAsync($"/thu-phi/{heldCode}");
        var held = await processor.InnerTextAsync("main");
        await Chromium.ScreenshotAsync(processor, "12-bac-ninh-agency-refused");
        Assert.Contains(FeeRules.CenterIsSoleCollector.Message, held);
        Assert.Equal(0, await processor.GetByRole(AriaRole.Button, new() { Name = "Thu và in biên lai" }).CountAsync());
    }
}
