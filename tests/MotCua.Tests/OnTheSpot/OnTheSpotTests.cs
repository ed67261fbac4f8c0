using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Tests.Exceptions;
using MotCua.Tests.Reception;
using static MotCua.Tests.Reception.Desk;

namespace MotCua.Tests.OnTheSpot;

/// <summary>"5 tại chỗ" at the counter (R10): received, paid, decided and returned in one sitting, in Bắc Ninh and for flagged procedures only.</summary>
public sealed class OnTheSpotTests
{
    const string Signature = "2.000884"; // flagged "5 tại chỗ", a 10.000 đ fee paid before processing
    const string Document = "Giấy tờ, văn bản cần chứng thực chữ ký";
    const string BacNinh = "bac-ninh-province-2023";
    const string NotHere = "Thủ tục không thuộc diện \"5 tại chỗ\" ở địa phương này.";

    static (string, string)[] Fields(string ticked = Document) =>
    [
        ("CaseName", "Trong ngày"), ("Ticked", ticked), ("ApplicantName", Hoa), ("IdentityNumber", "001190012345"), ("Address", Address),
        ("Phone", "0912 345 678"), ("ApplicantKind", "individual"), ("ChannelIn", "InPerson"), ("ResultChannel", "InPerson"),
    ];

    static async Task<string> ReceiveOnTheSpotAsync(HttpClient client)
    {
        var form = await FormPage.OpenAsync(client, $"/tiep-nhan/thu-tuc/{Signature}");
        Assert.Contains("Giải quyết tại chỗ (5 tại chỗ)", form.Text);
        var received = await form.PostAsync($"/tiep-nhan/thu-tuc/{Signature}?handler=ReceiveOnTheSpot", Fields());
        Assert.Equal(HttpStatusCode.Redirect, received.StatusCode);
        return Regex.Match(received.Headers.Location!.OriginalString, "^/tiep-nhan/tai-cho/(.+)$").Groups[1].Value;
    }

    static async Task<HttpResponseMessage> StepAsync(HttpClient client, string code, string handler, params (string, string)[] fields)
    {
        var page = await FormPage.OpenAsync(client, $"/tiep-nhan/tai-cho/{code}");
        return await page.PostAsync($"/tiep-nhan/tai-cho/{code}?handler={handler}", fields);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Under_Bac_Ninh_the_counter_receives_collects_decides_and_returns_in_one_sitting_R10_R29_R54(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        await ExceptionDesk.UseProfileAsync(app, BacNinh);
        var client = await app.SignedIn("tiepnhan1");
        var code = await ReceiveOnTheSpotAsync(client);
        var page = await client.TextAsync($"/tiep-nhan/tai-cho/{code}");
        Assert.Contains($"Đã tiếp nhận hồ sơ {code} để giải quyết tại chỗ.", page);
        Assert.Contains("Thu và in biên lai", page);

        (await StepAsync(client, code, "CollectFees", ("Method", "Cash"))).RedirectsTo($"/tiep-nhan/tai-cho/{code}");
        page = await client.TextAsync($"/tiep-nhan/tai-cho/{code}");
        Assert.Contains("Đã thu 10.000 đ (hình thức: Tiền mặt), biên lai BL26E số 0000001.", page);
        // Paid and still at the counter, not sent to the agency: the decision is taken here.
        Assert.Equal(DossierState.Received, (await ExceptionDesk.LoadAsync(app, code)).State);
        Assert.Contains("Phê duyệt và đóng dấu", page);

        (await StepAsync(client, code, "Resolve", ("Description", "Giấy ủy quyền được chứng thực chữ ký"), ("ResultNumber", "125/2026-SCT/CK")))
            .RedirectsTo($"/tiep-nhan/tai-cho/{code}");
        page = await client.TextAsync($"/tiep-nhan/tai-cho/{code}");
        Assert.Contains($"Đã thẩm định, phê duyệt và đóng dấu kết quả hồ sơ {code}.", page);
        Assert.Contains("Chờ trả kết quả", page);

        (await StepAsync(client, code, "Return", ("CollectedBy", "Đỗ Văn Hùng"))).RedirectsTo($"/tiep-nhan/tai-cho/{code}");
        page = await client.TextAsync($"/tiep-nhan/tai-cho/{code}");
        Assert.Contains("Hồ sơ đã được giải quyết và trả kết quả tại chỗ.", page);
        Assert.Contains("đã trả cho Đỗ Văn Hùng", page);
        Assert.Contains("Giấy ủy quyền được chứng thực chữ ký", page);
        Assert.Contains("Số kết quả: 125/2026-SCT/CK; Đóng dấu thứ hai của cơ quan giải quyết", page);

        var dossier = await ExceptionDesk.LoadAsync(app, code);
        Assert.Equal((DossierState.Returned, "Đỗ Văn Hùng", Channel.InPerson), (dossier.State, dossier.Return!.CollectedBy, dossier.Return.Channel));
        Assert.Equal([DossierAction.Receive, DossierAction.CollectFees, DossierAction.ResolveOnTheSpot, DossierAction.Return], dossier.History.Select(h => h.Action));
        Assert.Single(dossier.History.Select(h => h.By.Id).Distinct());
        await using (var db = app.NewDbContext())
            Assert.Equal(10_000, (await db.Receipts.SingleAsync(r => r.DossierCode == dossier.Code)).Total);

        // The papers: the receipt (Mẫu 01), the fee receipt and the control slip (Mẫu 06), each printable.
        foreach (var pdf in Regex.Matches(page, "href=\"(/(?:bieu-mau|thu-phi)/[^\"]+)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))
                     .Where(u => u.Contains("handler=Receipt") || u.EndsWith("mau-01") || u.EndsWith("mau-06")).Distinct().ToList() is { Count: 3 } links
                     ? links : throw new Xunit.Sdk.XunitException("the page should link the three papers"))
        {
            var response = await client.GetAsync(pdf);
            Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task It_is_not_offered_for_a_procedure_not_flagged_nor_under_a_profile_without_R10_and_a_forged_post_is_told_why(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var client = await app.SignedIn("tiepnhan1");

        // The demo's own profile has no "5 tại chỗ": no button, and a forged post receives nothing.
        var form = await FormPage.OpenAsync(client, $"/tiep-nhan/thu-tuc/{Signature}");
        Assert.DoesNotContain("Giải quyết tại chỗ", form.Text);
        var forged = await form.PostAsync($"/tiep-nhan/thu-tuc/{Signature}?handler=ReceiveOnTheSpot", Fields());
        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        Assert.Contains(NotHere, await forged.TextAsync());
        await using (var db = app.NewDbContext())
            Assert.Equal(0, await db.Dossiers.CountAsync());

        // Bắc Ninh, a procedure not flagged: the same.
        await ExceptionDesk.UseProfileAsync(app, BacNinh);
        form = await FormPage.OpenAsync(client, $"/tiep-nhan/thu-tuc/{Marriage}");
        Assert.DoesNotContain("Giải quyết tại chỗ", form.Text);
        forged = await form.PostAsync($"/tiep-nhan/thu-tuc/{Marriage}?handler=ReceiveOnTheSpot",
            [("CaseName", Simple), ("Ticked", MarriageForm), .. Fields().Skip(2)]);
        Assert.Contains(NotHere, await forged.TextAsync());

        // A dossier received the usual way: the sequence page only says why, and a forged decision is refused.
        var usual = await form.PostAsync($"/tiep-nhan/thu-tuc/{Marriage}?handler=Receive", [("CaseName", Simple), ("Ticked", MarriageForm), .. Fields().Skip(2)]);
        var code = Regex.Match(usual.Headers.Location!.OriginalString, "^/tiep-nhan/giay-hen/(.+)$").Groups[1].Value;
        var page = await client.TextAsync($"/tiep-nhan/tai-cho/{code}");
        Assert.Contains(NotHere, page);
        Assert.DoesNotContain("Phê duyệt và đóng dấu", page);
        var decided = await StepAsync(client, code, "Resolve", ("Description", "Đã cấp"));
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.Contains("Không thể \"giải quyết tại chỗ\" khi hồ sơ ở trạng thái \"Đang giải quyết\". (TRANG-THAI)", await decided.TextAsync());
        Assert.Equal(DossierState.InProcessing, (await ExceptionDesk.LoadAsync(app, code)).State);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Bad_input_and_a_step_out_of_turn_are_answered_in_Vietnamese_and_leave_the_dossier_where_it_stands_R10(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        await ExceptionDesk.UseProfileAsync(app, BacNinh);
        var client = await app.SignedIn("tiepnhan1");
        var code = await ReceiveOnTheSpotAsync(client);

        // Decided before the fee is paid: refused by R29, the page says so and still offers the collection.
        var early = await StepAsync(client, code, "Resolve", ("Description", "Đã chứng thực"));
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        var text = await early.TextAsync();
        Assert.Contains("(R29)", text);
        Assert.Contains("Thu và in biên lai", text);
        (await StepAsync(client, code, "CollectFees", ("Method", "Cash"))).RedirectsTo($"/tiep-nhan/tai-cho/{code}");

        foreach (var (fields, message) in new[]
                 {
                     (new[] { ("Description", "") }, "Nhập kết quả giải quyết"),
                     (new[] { ("Description", "Đã chứng thực\tbản sao") }, "Kết quả giải quyết có ký tự điều khiển"),
                     (new[] { ("Description", new string('a', 2001)) }, "Kết quả giải quyết không quá 2000 ký tự."),
                     (new[] { ("Description", "Đã chứng thực"), ("ResultNumber", "12\n3") }, "Số, ký hiệu kết quả chỉ gồm một dòng"),
                     (new[] { ("Description", "Đã chứng thực"), ("ResultNumber", new string('1', 101)) }, "Số, ký hiệu kết quả không quá 100 ký tự."),
                 })
        {
            var response = await StepAsync(client, code, "Resolve", fields);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(message, await response.TextAsync());
        }
        Assert.Equal(DossierState.Received, (await ExceptionDesk.LoadAsync(app, code)).State);

        (await StepAsync(client, code, "Resolve", ("Description", "Đã chứng thực"))).RedirectsTo($"/tiep-nhan/tai-cho/{code}");
        var nobody = await StepAsync(client, code, "Return", ("CollectedBy", " "));
        Assert.Contains("Nhập họ tên người nhận kết quả.", await nobody.TextAsync());
        // Broken off here, the result waits at the return desk, where the usual page gives it out.
        var dossierPage = await client.TextAsync($"/ho-so/{code}");
        Assert.Contains($"/tiep-nhan/tai-cho/{code}", dossierPage);
        var returnDesk = await FormPage.OpenAsync(client, $"/tra-ket-qua/{code}");
        (await returnDesk.PostAsync($"/tra-ket-qua/{code}", ("Channel", "InPerson"), ("CollectedBy", Hoa))).RedirectsTo("/tra-ket-qua");
        Assert.Equal(DossierState.Returned, (await ExceptionDesk.LoadAsync(app, code)).State);
        Assert.Contains("Hồ sơ đã được giải quyết và trả kết quả tại chỗ.", await client.TextAsync($"/tiep-nhan/tai-cho/{code}"));
    }
}
