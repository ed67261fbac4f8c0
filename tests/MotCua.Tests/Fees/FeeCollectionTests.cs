using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MotCua.Tests.Exceptions;
using MotCua.Tests.Forms;
using MotCua.Tests.Reception;

namespace MotCua.Tests.Fees;

/// <summary>Fees collected at the Center as a dossier action (R29): the officers' API, the receipt PDF, cancellation by the director, the sole-collector profile.</summary>
public sealed class FeeCollectionTests
{
    const string SignatureCertification = "2.000884"; // a 10.000 đ fee paid before processing

    static async Task<string> ReceiveAsync(HttpClient reception)
    {
        var created = await reception.PostAsJsonAsync("/api/v1/officer/dossiers", new
        {
            procedureCode = SignatureCertification,
            caseName = "Trong ngày",
            applicant = new { name = "Trịnh Thị Thu Hằng", identityNumber = "001190012345", address = "Số 5, đường Lê Lợi, huyện Vĩnh An", phone = "0912 345 678" },
            components = new[] { new { name = "Giấy tờ, văn bản cần chứng thực chữ ký" } },
            channelIn = "InPerson",
            resultChannel = "InPerson",
        });
        var dossier = await created.JsonAsync(HttpStatusCode.Created);
        // Received, not transferred: its fee is paid before processing.
        Assert.Equal(("Received", "BeforeProcessing", "Center"), ((string)dossier["state"]!, (string?)dossier["feesDue"], (string)dossier["feeCollector"]!));
        return (string)dossier["code"]!;
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_pay_before_dossier_waits_for_its_fee_then_the_cash_collection_issues_receipt_1_and_transfers_it_R11_R29(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var reception = await app.WithTokenAsync("tiepnhan1");
        var processor = await app.WithTokenAsync("chuyenvien1");
        var director = await app.WithTokenAsync("giamdoc");
        var code = await ReceiveAsync(reception);

        var transfer = await (await reception.ApiAsync(code, "transfer")).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(("R29", "FeesNotPaid"), ((string)transfer["rule"]!, (string)transfer["ruleName"]!));
        // The agency does not take the Center's money.
        var byAgency = await (await processor.ApiAsync(code, "fees", new { method = "Cash" })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("RoleNotAllowed", (string)byAgency["ruleName"]!);
        var badMethod = await (await reception.ApiAsync(code, "fees", new { method = "Online" })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(badMethod["errors"]!["method"]);

        var paid = await (await reception.ApiAsync(code, "fees", new { method = "Cash" })).JsonAsync();
        Assert.Equal("InProcessing", (string)paid["state"]!);
        Assert.Null((string?)paid["feesDue"]);
        var payment = paid["payments"]!.AsArray().Single()!;
        Assert.Equal((10_000L, "Cash"), ((long)payment["total"]!, (string)payment["method"]!));

        var receipts = (await reception.GetFromJsonAsync<JsonArray>($"/api/v1/officer/dossiers/{code}/receipts"))!;
        var receipt = receipts.Single()!;
        Assert.Equal((1L, "BL26E", 10_000L, "Trịnh Thị Thu Hằng"), ((long)receipt["number"]!, (string)receipt["series"]!, (long)receipt["total"]!, (string)receipt["payer"]!));
        var receiptId = (string)receipt["id"]!;

        // The receipt as the citizen takes it home, read back with pdftotext.
        var browser = await app.SignedIn("tiepnhan1");
        var pdfResponse = await browser.GetAsync($"/thu-phi/{code}?handler=Receipt&id={receiptId}");
        Assert.Equal(HttpStatusCode.OK, pdfResponse.StatusCode);
        var pdf = await pdfResponse.Content.ReadAsByteArrayAsync();
        var text = System.Text.RegularExpressions.Regex.Replace(await ReceiptPdfTests.PdfText(pdf), @"\s+", " ");
        foreach (var fact in new[] { "BIÊN LAI THU PHÍ, LỆ PHÍ", "Ký hiệu: BL26E", "0000001", $"Mã hồ sơ: {code}", "Họ tên người nộp: Trịnh Thị Thu Hằng",
                     "10.000 đ", "Bằng chữ: Mười nghìn đồng.", "Hình thức thanh toán: Tiền mặt", "NGƯỜI THU TIỀN" })
            Assert.Contains(fact, text);
        // Printed again: the same bytes (R52).
        Assert.Equal(pdf, await browser.GetByteArrayAsync($"/thu-phi/{code}?handler=Receipt&id={receiptId}"));

        // The reception officer cannot cancel; the director cancels with a reason; the receipt stays, marked.
        var notHers = await (await reception.ApiAsync(code, "fees/cancellation", new { receiptId, reason = "Ghi sai" })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("RoleNotAllowed", (string)notHers["ruleName"]!);
        var cancelled = await (await director.ApiAsync(code, "fees/cancellation", new { receiptId, reason = "Thu nhầm hồ sơ" })).JsonAsync();
        Assert.Equal("BeforeProcessing", (string?)cancelled["feesDue"]);
        var after = (await reception.GetFromJsonAsync<JsonArray>($"/api/v1/officer/dossiers/{code}/receipts"))!.Single()!;
        Assert.Equal("Thu nhầm hồ sơ", (string?)after["cancelReason"]);
        var refund = await (await director.ApiAsync(code, "fees/refund", new { receiptId, reason = "Hoàn", amount = 10_000 })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("NoSuchReceipt", (string)refund["ruleName"]!);

        // Collected again: the next number of the year, never the cancelled one's (R29).
        await (await reception.ApiAsync(code, "fees", new { method = "BankTransfer" })).JsonAsync();
        var numbers = (await reception.GetFromJsonAsync<JsonArray>($"/api/v1/officer/dossiers/{code}/receipts"))!.Select(r => (long)r!["number"]!);
        Assert.Equal([1L, 2L], numbers);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Under_Bac_Ninh_the_Center_is_the_sole_collector_and_an_agency_officer_is_refused_R29(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        await ExceptionDesk.UseProfileAsync(app, "bac-ninh-province-2023");
        var reception = await app.WithTokenAsync("tiepnhan1");
        var processor = await app.WithTokenAsync("chuyenvien1");
        var code = await ReceiveAsync(reception);

        var refused = await (await processor.ApiAsync(code, "fees", new { method = "Cash" })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(("R29", "CenterIsSoleCollector"), ((string)refused["rule"]!, (string)refused["ruleName"]!));
        Assert.Equal("InProcessing", (string)(await (await reception.ApiAsync(code, "fees", new { method = "CardOrQr" })).JsonAsync())["state"]!);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_counter_collects_on_the_fee_page_and_comes_back_to_it_with_the_receipt_to_print_R29_R59(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var code = await ReceiveAsync(await app.WithTokenAsync("tiepnhan1"));
        var browser = await app.SignedIn("tiepnhan1");
        var page = await FormPage.OpenAsync(browser, $"/thu-phi/{code}");
        var posted = await page.PostAsync($"/thu-phi/{code}?handler=CollectFees", ("Method", "Cash"));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal($"/thu-phi/{code}", posted.Headers.Location!.OriginalString);
        // Back on the page: what was taken, the receipt to print, and no form to collect twice.
        var again = System.Net.WebUtility.HtmlDecode(await browser.GetStringAsync($"/thu-phi/{code}"));
        Assert.Contains("Đã thu 10.000 đ (hình thức: Tiền mặt), biên lai BL26E số 0000001.", again);
        var print = System.Text.RegularExpressions.Regex.Match(again, "href=\"(?<href>[^\"]*handler=Receipt[^\"]*)\"[^>]*>In biên lai BL26E số 0000001").Groups["href"].Value;
        var pdf = await browser.GetAsync(print);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("Thu và in biên lai", again);
        // The message and the print button are shown once.
        Assert.DoesNotContain("Đã thu 10.000 đ", System.Net.WebUtility.HtmlDecode(await browser.GetStringAsync($"/thu-phi/{code}")));
    }
}
