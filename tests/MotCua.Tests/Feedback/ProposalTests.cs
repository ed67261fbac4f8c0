using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Feedback;
using MotCua.Tests.Exceptions;
using MotCua.Tests.Processing;
using MotCua.Tests.Reception;

namespace MotCua.Tests.Feedback;

/// <summary>Proposals to change a regulation (R34): the Center aggregates its items about a regulation, sends the proposal, the items record it.</summary>
public sealed class ProposalTests
{
    /// <summary>Monday 23/11/2026 09:00: proposals of the month are KN-2611-NNN.</summary>
    static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(7));

    static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, object body, string? etag = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        if (etag is not null)
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        return client.SendAsync(request);
    }

    /// <summary>The Center records a call about <paramref name="topic"/>; returns the item's code.</summary>
    static async Task<string> RecordAsync(HttpClient staffApi, string topic, string subject, string? dossier = null) =>
        (string)(await (await PostAsync(staffApi, "/api/v1/officer/feedback", new
        {
            channel = "Hotline", topic, dossierCode = dossier, senderName = "Lê Thị Mai", senderPhone = "0912345678",
            subject, text = $"{subject}: yêu cầu bản sao sổ hộ khẩu dù đã có cơ sở dữ liệu dân cư.",
        })).JsonAsync(HttpStatusCode.Created))["code"]!;

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_Center_aggregates_two_regulation_items_sends_the_proposal_and_each_item_shows_it_its_answer_still_to_come_R34_R52(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0, now: Monday);
        var dossier = await TestDossiers.ReceiveAsync(app, ExceptionDesk.MaritalStatus, Monday.AddHours(-72));
        var api = await app.WithTokenAsync("giamsat");
        var first = await RecordAsync(api, "Regulation", "Giấy tờ thừa khi đăng ký kết hôn", dossier);
        var second = await RecordAsync(api, "Regulation", "Thành phần hồ sơ không cần thiết");
        var other = await RecordAsync(api, "CenterCoordination", "Quầy đông người");

        var staff = await app.SignedIn("giamsat");
        Assert.Contains("/phan-anh-kien-nghi/kien-nghi", (await FormPage.OpenAsync(staff, "/phan-anh-kien-nghi")).Text);
        var list = await FormPage.OpenAsync(staff, "/phan-anh-kien-nghi/kien-nghi");
        Assert.Contains(first, list.Text);
        Assert.Contains(second, list.Text);
        Assert.DoesNotContain(other, list.Text);
        // Grouped under the procedure of the dossier the first item names.
        var procedure = await ProcedureOfAsync(app, dossier);
        Assert.Matches($"<h3>{Regex.Escape(procedure)}[^<]*</h3>.*{first}.*<h3>Không gắn với hồ sơ của thủ tục nào</h3>.*{second}",
            Regex.Replace(list.Text, @"\s+", " "));

        // An item about something else is refused with the reason, and nothing is drafted.
        var refused = await list.PostAsync("/phan-anh-kien-nghi/kien-nghi", ("Title", "Thủ tục đăng ký kết hôn"), ("items", first), ("items", other));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains($"Phản ánh, kiến nghị {other} không phải về quy định hành chính", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        await using (var db = app.NewDbContext())
            Assert.False(await db.RegulationProposals.AnyAsync());

        var drafted = await list.PostAsync("/phan-anh-kien-nghi/kien-nghi", ("Title", "Thủ tục đăng ký kết hôn"), ("items", first), ("items", second));
        Assert.Equal(HttpStatusCode.Redirect, drafted.StatusCode);
        Assert.Equal("/phan-anh-kien-nghi/kien-nghi/KN-2611-001", drafted.Headers.Location!.ToString());
        const string url = "/phan-anh-kien-nghi/kien-nghi/KN-2611-001";

        var draft = await FormPage.OpenAsync(staff, url);
        Assert.Contains("Đã lập dự thảo kiến nghị KN-2611-001", draft.Text);
        // The officer typed no procedure: the one of the dossier an item names is taken.
        Assert.Contains($"{ExceptionDesk.MaritalStatus} — {procedure}", draft.Text);
        Assert.Contains("Gửi kiến nghị: Nhập nội dung kiến nghị (sửa đổi gì và vì sao) trước khi gửi. (R34)", draft.Text);
        Assert.DoesNotContain(first, (await FormPage.OpenAsync(staff, "/phan-anh-kien-nghi/kien-nghi")).Text.Split("Kiến nghị của Trung tâm")[0]);
        Assert.Equal(HttpStatusCode.Redirect, (await draft.PostAsync($"{url}?handler=Edit", ("Title", "Thủ tục đăng ký kết hôn"), ("ProcedureCode", ExceptionDesk.MaritalStatus),
            ("AddressedTo", "Chủ tịch Ủy ban nhân dân tỉnh"), ("Text", "Bỏ yêu cầu bản sao sổ hộ khẩu: thông tin cư trú đã có trong cơ sở dữ liệu quốc gia về dân cư."))).StatusCode);

        var ready = await FormPage.OpenAsync(staff, url);
        Assert.Contains("handler=Send", ready.Text);
        Assert.Equal(HttpStatusCode.Redirect, (await ready.PostAsync($"{url}?handler=Send")).StatusCode);

        await using (var db = app.NewDbContext())
        {
            var proposal = await db.RegulationProposals.SingleAsync();
            Assert.Equal((ProposalState.Sent, "Phạm Thu Hà"), (proposal.State, proposal.SentBy));
            Assert.Equal(ExceptionDesk.MaritalStatus, proposal.ProcedureCode);
            Assert.Equal([first, second], proposal.ItemCodes);
            foreach (var item in await db.FeedbackItems.Where(f => f.Code == first || f.Code == second).ToListAsync())
            {
                Assert.Equal("Tổng hợp vào kiến nghị KN-2611-001", item.Events[^1].Action);
                Assert.Equal(FeedbackState.Received, item.State); // the sender's answer is still to come
            }
        }
        var itemPage = await FormPage.OpenAsync(staff, $"/phan-anh-kien-nghi/{first}");
        Assert.Contains("Đã tổng hợp vào kiến nghị KN-2611-001, gửi Chủ tịch Ủy ban nhân dân tỉnh ngày 23/11/2026", Regex.Replace(itemPage.Text, "<[^>]+>", ""));
        Assert.Contains($"href=\"{url}\"", itemPage.Text);
        Assert.Contains("Câu trả lời có thể nêu: Trung tâm đã tổng hợp phản ánh, kiến nghị này vào kiến nghị KN-2611-001 gửi Chủ tịch Ủy ban nhân dân tỉnh ngày 23/11/2026.", itemPage.Text);
        Assert.Equal(HttpStatusCode.Redirect, (await itemPage.PostAsync($"/phan-anh-kien-nghi/{first}?handler=Answer",
            ("answer", "Trung tâm đã kiến nghị bỏ yêu cầu này (kiến nghị KN-2611-001)."))).StatusCode);

        // Sent, it is kept as it is: no form, and a stale post is refused; its letter is drawn once and served unchanged (R52).
        var sent = await FormPage.OpenAsync(staff, url);
        Assert.DoesNotContain("handler=Edit", sent.Text);
        var late = await sent.PostAsync($"{url}?handler=Edit", ("Title", "Khác"), ("AddressedTo", "Khác"), ("Text", "Khác"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, late.StatusCode);
        Assert.Contains("Kiến nghị đã gửi được lưu nguyên trạng", WebUtility.HtmlDecode(await late.Content.ReadAsStringAsync()));
        var pdf = await (await staff.GetAsync($"{url}?handler=Pdf")).Content.ReadAsByteArrayAsync();
        var text = Regex.Replace(await Forms.ReceiptPdfTests.PdfText(pdf), @"\s+", " ");
        Assert.Contains("VĂN BẢN KIẾN NGHỊ", text);
        Assert.Contains("Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh", text);
        Assert.Contains(first, text);
        Assert.Contains(second, text);
        Assert.DoesNotContain("Lê Thị Mai", text); // the letter is about the regulation, not the senders
        Assert.Equal(pdf, await (await (await app.SignedIn("giamdoc")).GetAsync($"{url}?handler=Pdf")).Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Agencies_and_the_counter_never_see_proposals_R34(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0, now: Monday);
        var api = await app.WithTokenAsync("giamsat");
        var item = await RecordAsync(api, "Regulation", "Giấy tờ thừa");
        var created = await (await PostAsync(api, "/api/v1/officer/feedback-proposals", new { title = "Thủ tục đăng ký khai sinh", items = new[] { item } }))
            .JsonAsync(HttpStatusCode.Created);
        var code = (string)created["code"]!;

        foreach (var stranger in new[] { "chuyenvien1", "lanhdao1", "tiepnhan1" })
        {
            var browser = await app.SignedIn(stranger);
            foreach (var page in new[] { "/phan-anh-kien-nghi/kien-nghi", $"/phan-anh-kien-nghi/kien-nghi/{code}" })
            {
                var response = await browser.GetAsync(page);
                Assert.True(response.StatusCode == HttpStatusCode.Redirect
                    && new Uri(new Uri("http://localhost"), response.Headers.Location!).AbsolutePath == "/khong-co-quyen",
                    $"{stranger} {page}: {(int)response.StatusCode}");
            }
            Assert.DoesNotContain("/phan-anh-kien-nghi/kien-nghi", await browser.ReadAsync("/phan-anh-kien-nghi"));
            var token = await app.WithTokenAsync(stranger);
            foreach (var url in new[] { "/api/v1/officer/feedback-proposals", $"/api/v1/officer/feedback-proposals/{code}" })
            {
                var problem = await (await token.GetAsync(url)).JsonAsync(HttpStatusCode.Forbidden);
                Assert.Contains("Chỉ cán bộ, lãnh đạo Trung tâm", (string)problem["detail"]!);
            }
            await (await PostAsync(token, $"/api/v1/officer/feedback-proposals/{code}/sending", new { })).JsonAsync(HttpStatusCode.Forbidden);
        }
        // Even the item's page shows agencies nothing of it (and they never see an item about a regulation at all).
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignedIn("chuyenvien1")).GetAsync($"/phan-anh-kien-nghi/{item}")).StatusCode);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_API_drafts_adds_edits_and_sends_with_If_Match_and_refuses_with_ProblemDetails_naming_the_rule_R34(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0, now: Monday);
        var api = await app.WithTokenAsync("giamsat");
        var first = await RecordAsync(api, "Regulation", "Giấy tờ thừa");
        var second = await RecordAsync(api, "Regulation", "Mẫu tờ khai khó hiểu");
        var other = await RecordAsync(api, "OfficerConduct", "Thái độ cán bộ");
        const string root = "/api/v1/officer/feedback-proposals";

        var wrong = await (await PostAsync(api, root, new { title = "Thủ tục", items = new[] { first, other } })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(("R34", "OnlyRegulationItems"), ((string)wrong["rule"]!, (string)wrong["ruleName"]!));
        Assert.Contains($"{other} không phải về quy định hành chính", (string)wrong["detail"]!);
        var untitled = await (await PostAsync(api, root, new { title = " ", items = new[] { first } })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("TitleRequired", (string)untitled["ruleName"]!);
        var badProcedure = await (await PostAsync(api, root, new { title = "Thủ tục", procedureCode = "9.999999" })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(badProcedure["errors"]!["procedureCode"]);

        var created = await PostAsync(api, root, new { title = "Thủ tục đăng ký khai sinh", procedureCode = "1.001193", items = new[] { first } });
        var draft = await created.JsonAsync(HttpStatusCode.Created);
        var code = (string)draft["code"]!;
        Assert.Equal(("KN-2611-001", "Draft"), (code, (string)draft["state"]!));
        // Addressed by default to the body the profile names for feedback reports (R64).
        Assert.Equal(Domain.Profiles.LocalityProfiles.Default.FeedbackReportsTo, (string)draft["addressedTo"]!);
        Assert.DoesNotContain("Send", draft["allowedActions"]!.AsArray().Select(a => (string)a!));
        var waiting = (await api.GetFromJsonAsync<JsonArray>($"{root}/waiting-items"))!.Select(i => (string)i!["code"]!).ToList();
        Assert.Equal([second], waiting);
        var taken = await (await PostAsync(api, root, new { title = "Khác", items = new[] { first } })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("InAnotherProposal", (string)taken["ruleName"]!);

        var etag = created.Headers.ETag!.Tag;
        var added = await PostAsync(api, $"{root}/{code}/items", new { items = new[] { second } }, etag);
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        await (await PostAsync(api, $"{root}/{code}/content", new { title = "Khác", text = "Khác" }, etag)).JsonAsync(HttpStatusCode.Conflict);
        await (await PostAsync(api, $"{root}/{code}/content", new { title = "Khác" }, "nope")).JsonAsync(HttpStatusCode.BadRequest);
        var early = await (await PostAsync(api, $"{root}/{code}/sending", new { })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("TextRequired", (string)early["ruleName"]!);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"{root}/{code}/document")).StatusCode);

        var edited = await (await PostAsync(api, $"{root}/{code}/content", new
        {
            title = "Thủ tục đăng ký khai sinh", procedureCode = "1.001193", addressedTo = "Văn phòng Ủy ban nhân dân tỉnh",
            text = "Bỏ yêu cầu bản sao sổ hộ khẩu; sửa mẫu tờ khai cho dễ hiểu.",
        }, (await api.GetAsync($"{root}/{code}")).Headers.ETag!.Tag)).JsonAsync();
        Assert.Contains("Send", edited["allowedActions"]!.AsArray().Select(a => (string)a!));
        var sent = await (await PostAsync(api, $"{root}/{code}/sending", new { })).JsonAsync();
        Assert.Equal("Sent", (string)sent["state"]!);
        Assert.Equal([first, second], sent["itemCodes"]!.AsArray().Select(i => (string)i!));
        Assert.Empty(sent["allowedActions"]!.AsArray());
        var again = await (await PostAsync(api, $"{root}/{code}/item-removal", new { items = new[] { first } })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(("R52", "AlreadySent"), ((string)again["rule"]!, (string)again["ruleName"]!));

        var document = await api.GetAsync($"{root}/{code}/document");
        Assert.Equal("application/pdf", document.Content.Headers.ContentType!.MediaType);
        var item = await (await api.GetAsync($"/api/v1/officer/feedback/{second}")).JsonAsync();
        Assert.Equal("Tổng hợp vào kiến nghị KN-2611-001", (string)item["events"]!.AsArray()[^1]!["action"]!);
        Assert.Equal(code, (string)item["proposalCode"]!);
        Assert.Contains("Answer", item["allowedActions"]!.AsArray().Select(a => (string)a!));
        Assert.Single((await api.GetFromJsonAsync<JsonArray>($"{root}?state=Sent"))!);
        await (await api.GetAsync($"{root}?state=Lost")).JsonAsync(HttpStatusCode.BadRequest);
        await (await api.GetAsync($"{root}/KN-2611-999")).JsonAsync(HttpStatusCode.NotFound);
    }

    static async Task<string> ProcedureOfAsync(MotCuaApp app, string dossier)
    {
        await using var db = app.NewDbContext();
        var code = Domain.Codes.DossierCode.Parse(dossier);
        return await db.Dossiers.Where(d => d.Code == code).Select(d => d.Procedure.Name).SingleAsync();
    }
}
