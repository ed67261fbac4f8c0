using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain;
using MotCua.Domain.Profiles;
using MotCua.Domain.Staffing;
using MotCua.Features.Demo;
using MotCua.Tests.Exceptions;
using MotCua.Tests.Processing;
using MotCua.Tests.Reception;
using UglyToad.PdfPig;

namespace MotCua.Tests.Staffing;

/// <summary>The Center's proposal to replace a seconded officer and the agency's answer (R32); the Center's opinion asked by an agency (R62).</summary>
public sealed class ReplacementTests
{
    const string Birth = "1.001193"; // Phòng Tư pháp
    const string Digits = "5678";    // the demo applicant's phone ends so
    static readonly string Justice = DemoCatalog.Justice.Id;
    static readonly string Center = DemoCatalog.Center.Id;

    /// <summary>An approved secondment of the demo account <paramref name="userName"/> from <paramref name="agencyId"/>, serving since 05/01/2026.</summary>
    static async Task<int> SecondAsync(MotCuaApp app, string userName, string agencyId)
    {
        await using var db = app.NewDbContext();
        var officer = await db.Users.SingleAsync(u => u.UserName == userName);
        var director = await db.Users.SingleAsync(u => u.UserName == "giamdoc");
        var by = new Actor(director.Id, director.FullName, Role.CenterDirector, director.UnitId);
        var at = app.Clock.GetUtcNow().AddMonths(-11);
        var secondment = Secondment.Propose(Center, agencyId, "Phòng Tư pháp", isAgency: true, officer.Id, officer.FullName, SecondmentRole.Primary,
            OfficerPosition.Staff, false, counterId: null, new DateOnly(2026, 1, 5), null, [], LocalityProfiles.Default.OfficerRules, by, at).Value!;
        Assert.True(secondment.Approve("Quyết định số 12/QĐ-UBND ngày 02/01/2026 của Chủ tịch UBND huyện", by, at).Succeeded);
        db.Secondments.Add(secondment);
        await db.SaveChangesAsync();
        return secondment.Id;
    }

    static async Task<string> UserIdAsync(MotCuaApp app, string userName)
    {
        await using var db = app.NewDbContext();
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }

    static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, object body, string? etag = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        if (etag is not null)
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        return client.SendAsync(request);
    }

    static string Words(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)).Normalize(NormalizationForm.FormC);
    }

    static async Task<string> Html(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_Center_proposes_replacing_an_officer_for_low_satisfaction_the_agency_names_another_who_is_proposed_and_the_old_one_ends_R32_R52(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        // The counter's officer tiepnhan1 (Nguyễn Thị Lan), seconded by the Justice office, received two dossiers; one applicant was dissatisfied.
        var id = await SecondAsync(app, "tiepnhan1", Justice);
        var citizen = app.Browser();
        foreach (var (code, level) in (await TestDossiers.ReceiveManyAsync(app, Birth, MotCuaApp.DefaultNow.AddHours(-2), 2)).Zip(["Dissatisfied", "Satisfied"]))
            Assert.Equal(HttpStatusCode.OK, (await citizen.PostFormAsync("/danh-gia", new() { ["ma"] = code, ["so"] = Digits, ["muc"] = level })).StatusCode);

        var staff = await app.SignedIn("giamsat");
        var list = await FormPage.OpenAsync(staff, "/can-bo/de-nghi");
        Assert.Contains("Nguyễn Thị Lan — Phòng Tư pháp huyện Vĩnh An — 2 lượt đánh giá, 1 không hài lòng (50% hài lòng)", list.Text);
        const string grounds = "Từ tháng 01/2026 nhiều người nộp hồ sơ không hài lòng về thái độ hướng dẫn tại quầy.";
        var drafted = await list.PostAsync("/can-bo/de-nghi?handler=Draft", ("Officer", $"{id}"), ("Ground", "LowSatisfaction"), ("Grounds", grounds));
        Assert.Equal(HttpStatusCode.Redirect, drafted.StatusCode);
        var url = drafted.Headers.Location!.ToString();
        Assert.Matches(@"^/can-bo/de-nghi/\d+$", url);
        // A draft is the Center's: the agency sees nothing of it yet.
        var leader = await app.SignedIn("lanhdao1");
        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync(url)).StatusCode);

        var draft = await FormPage.OpenAsync(staff, url);
        Assert.Contains("Đã lập dự thảo đề nghị thay thế cán bộ Nguyễn Thị Lan.", draft.Text);
        Assert.Contains("2 lượt đánh giá, 1 không hài lòng", draft.Text);
        Assert.Equal(HttpStatusCode.Redirect, (await draft.PostAsync($"{url}?handler=Send")).StatusCode);
        await using (var db = app.NewDbContext())
        {
            var notice = await db.OfficerNotifications.SingleAsync(n => n.UnitId == Justice && n.Role == nameof(Role.AgencyLeader));
            Assert.Contains("Trung tâm đề nghị thay thế cán bộ Nguyễn Thị Lan", notice.Text);
        }

        // Sent, the letter is drawn once and served unchanged (R52); the form to edit is gone and a stale edit is refused.
        var sent = await FormPage.OpenAsync(staff, url);
        Assert.DoesNotContain("handler=Edit", sent.Text);
        var late = await draft.PostAsync($"{url}?handler=Edit", ("Ground", "Other"), ("Grounds", "Khác"));
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        var pdf = await (await staff.GetAsync($"{url}?handler=Pdf")).Content.ReadAsByteArrayAsync();
        var text = Words(pdf);
        Assert.Contains("ĐỀ NGHỊ THAY THẾ CÁN BỘ", text);
        Assert.Contains("Kính gửi: Phòng Tư pháp huyện Vĩnh An", text);
        Assert.Contains("Nguyễn Thị Lan", text);
        Assert.Contains("Lý do: Mức độ hài lòng của tổ chức, cá nhân thấp.", text);
        Assert.Contains(grounds, text);
        Assert.Equal(pdf, await (await leader.GetAsync($"{url}?handler=Pdf")).Content.ReadAsByteArrayAsync());

        // The agency's leader names its processor chuyenvien1 (Hoàng Văn Nam) from 01/12/2026.
        var answer = await FormPage.OpenAsync(leader, url);
        Assert.Contains("Cử cán bộ thay thế", answer.Text);
        var newOfficer = await UserIdAsync(app, "chuyenvien1");
        var accepted = await answer.PostAsync($"{url}?handler=Accept", ("NewOfficer", newOfficer), ("Role", "Primary"), ("Position", "Staff"), ("From", "01/12/2026"));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var page = await FormPage.OpenAsync(leader, url);
        Assert.Contains("Cơ quan đồng ý thay thế", page.Text);
        Assert.Contains("Hoàng Văn Nam, từ ngày 01/12/2026", page.Text);

        await using (var db = app.NewDbContext())
        {
            var proposal = await db.ReplacementProposals.SingleAsync();
            Assert.Equal((ReplacementState.Accepted, "Trương Văn Hùng", new DateOnly(2026, 12, 1)), (proposal.State, proposal.AnsweredBy, proposal.ReplacedOn));
            var old = await db.Secondments.SingleAsync(s => s.Id == id);
            Assert.Equal((SecondmentState.Ended, new DateOnly(2026, 12, 1)), (old.State, old.EndedOn));
            var replacement = await db.Secondments.SingleAsync(s => s.Id == proposal.ReplacementId);
            Assert.Equal((SecondmentState.Proposed, newOfficer, Justice, new DateOnly(2026, 12, 1)), (replacement.State, replacement.OfficerId, replacement.AgencyId, replacement.From));
            var told = await db.OfficerNotifications.Where(n => n.UnitId == Center && n.Key.StartsWith("thay-the/")).Select(n => n.Role).ToListAsync();
            Assert.Equal([nameof(Role.CenterDirector), nameof(Role.CenterStaff)], told.Order());
        }
        // Answered, it is answered once.
        var again = await answer.PostAsync($"{url}?handler=Decline", ("Reason", "Không"));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var stale = await (await FormPage.OpenAsync(leader, url)).PostAsync($"{url}?handler=Decline", ("Reason", "Không"), ("Seen", "99"));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_agency_asks_the_Centers_opinion_before_an_appointment_and_reads_it_with_who_and_when_R62(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var id = await SecondAsync(app, "tiepnhan1", Justice);
        var leader = await app.WithTokenAsync("lanhdao1");
        const string root = "/api/v1/officer/opinion-requests";

        var asked = await PostAsync(leader, root, new { secondmentId = id, matter = "Appointment", details = "Dự kiến bổ nhiệm Phó Trưởng phòng Tư pháp từ 01/01/2027." });
        var request = await asked.JsonAsync(HttpStatusCode.Created);
        var requestId = (int)request["id"]!;
        Assert.Equal(("Appointment", "Trương Văn Hùng"), ((string)request["matter"]!, (string)request["requestedBy"]!));
        Assert.Empty(request["allowedActions"]!.AsArray());
        await using (var db = app.NewDbContext())
            Assert.Equal(2, await db.OfficerNotifications.CountAsync(n => n.UnitId == Center && n.Text.Contains("bổ nhiệm đối với cán bộ Nguyễn Thị Lan")));

        var director = await app.WithTokenAsync("giamdoc");
        var read = await director.GetAsync($"{root}/{requestId}");
        Assert.Equal(["Give"], (await read.JsonAsync())["allowedActions"]!.AsArray().Select(a => (string)a!));
        Assert.NotNull((await (await PostAsync(director, $"{root}/{requestId}/opinion", new { opinion = "Đồng ý" }, read.Headers.ETag!.Tag))
            .JsonAsync(HttpStatusCode.BadRequest))["errors"]!["agrees"]);
        var empty = await (await PostAsync(director, $"{root}/{requestId}/opinion", new { agrees = true }, read.Headers.ETag!.Tag)).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("Ghi ý kiến của Trung tâm.", (string)empty["detail"]!);
        await (await PostAsync(director, $"{root}/{requestId}/opinion", new { agrees = true, opinion = "Đồng ý" }, "\"99\"")).JsonAsync(HttpStatusCode.Conflict);
        var given = await (await PostAsync(director, $"{root}/{requestId}/opinion",
            new { agrees = true, opinion = "Cán bộ hoàn thành tốt nhiệm vụ tại Trung tâm, không vi phạm nội quy." }, read.Headers.ETag!.Tag)).JsonAsync();
        Assert.Equal((true, "Lê Quang Vinh"), ((bool)given["agrees"]!, (string)given["givenBy"]!));
        var twice = await (await PostAsync(director, $"{root}/{requestId}/opinion", new { agrees = false, opinion = "Khác" })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(("R62", "OpinionAlreadyGiven"), ((string)twice["rule"]!, (string)twice["ruleName"]!));

        // The agency reads it, on the page too, and was told.
        var mine = (await leader.GetFromJsonAsync<JsonArray>(root))!.Single()!;
        Assert.Equal("Cán bộ hoàn thành tốt nhiệm vụ tại Trung tâm, không vi phạm nội quy.", (string)mine["opinion"]!);
        var page = await (await app.SignedIn("lanhdao1")).ReadAsync($"/can-bo/y-kien/{requestId}");
        Assert.Contains("Đồng ý", page);
        Assert.Contains("Lê Quang Vinh", page);
        Assert.DoesNotContain("Gửi ý kiến", page);
        await using (var db = app.NewDbContext())
            Assert.Contains("Trung tâm đồng ý việc bổ nhiệm đối với cán bộ Nguyễn Thị Lan",
                (await db.OfficerNotifications.SingleAsync(n => n.UnitId == Justice && n.Role == nameof(Role.AgencyLeader))).Text);
        // Another agency sees none of it.
        Assert.Empty((await (await app.WithTokenAsync("lanhdao2")).GetFromJsonAsync<JsonArray>(root))!);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_processor_is_refused_and_bad_input_gets_a_Vietnamese_400_or_422_never_a_5xx_R32_R62(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var id = await SecondAsync(app, "tiepnhan1", Justice);
        const string root = "/api/v1/officer/replacement-proposals";

        var processor = await app.WithTokenAsync("chuyenvien1");
        foreach (var path in new[] { root, "/api/v1/officer/opinion-requests" })
            Assert.Contains("Chỉ cán bộ, lãnh đạo Trung tâm", (string)(await (await processor.GetAsync(path)).JsonAsync(HttpStatusCode.Forbidden))["detail"]!);
        await (await PostAsync(processor, root, new { secondmentId = id, ground = "RuleBreach", grounds = "Đi muộn" })).JsonAsync(HttpStatusCode.Forbidden);
        var denied = await (await app.SignedIn("chuyenvien1")).GetAsync("/can-bo/de-nghi");
        Assert.Equal("/khong-co-quyen", new Uri(new Uri("http://localhost"), denied.Headers.Location!).AbsolutePath);

        // Pages: the form comes back with the reasons.
        var staff = await app.SignedIn("giamsat");
        var list = await FormPage.OpenAsync(staff, "/can-bo/de-nghi");
        var blank = await list.PostAsync("/can-bo/de-nghi?handler=Draft", ("Officer", ""), ("Ground", "Excellent"), ("Grounds", "Đi muộn\u0007"));
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        var shown = await Html(blank);
        Assert.Contains("Chọn cán bộ được đề nghị thay thế.", shown);
        Assert.Contains("Chọn lý do đề nghị thay thế", shown);
        Assert.Contains("Lý do cụ thể có ký tự điều khiển", shown);
        Assert.Contains("Lập dự thảo đề nghị", shown);
        var unfounded = await list.PostAsync("/can-bo/de-nghi?handler=Draft", ("Officer", $"{id}"), ("Ground", "RuleBreach"), ("Grounds", " "));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unfounded.StatusCode);
        Assert.Contains("Nêu cụ thể lý do đề nghị thay thế cán bộ", await Html(unfounded));
        var stranger = await list.PostAsync("/can-bo/de-nghi?handler=Draft", ("Officer", "99999"), ("Ground", "RuleBreach"), ("Grounds", "Đi muộn"));
        Assert.Equal(HttpStatusCode.BadRequest, stranger.StatusCode);

        // The API: field errors 400, rules 422 with their names, stale versions 409.
        var api = await app.WithTokenAsync("giamsat");
        Assert.NotNull((await (await PostAsync(api, root, new { secondmentId = 99999, ground = "RuleBreach", grounds = "Đi muộn" })).JsonAsync(HttpStatusCode.BadRequest))["errors"]!["secondmentId"]);
        Assert.NotNull((await (await PostAsync(api, root, new { secondmentId = id, ground = "1", grounds = "Đi muộn" })).JsonAsync(HttpStatusCode.BadRequest))["errors"]!["ground"]);
        await (await api.PostAsync(root, new StringContent("{\"secondmentId\": \"một\"}", Encoding.UTF8, "application/json"))).JsonAsync(HttpStatusCode.BadRequest);
        var created = await PostAsync(api, root, new { secondmentId = id, ground = "RuleBreach", grounds = "Tự ý rời quầy 3 lần trong tháng 11/2026." });
        var proposal = await created.JsonAsync(HttpStatusCode.Created);
        var url = $"{root}/{(int)proposal["id"]!}";
        Assert.Equal(["Edit", "Send"], proposal["allowedActions"]!.AsArray().Select(a => (string)a!));
        var twice = await (await PostAsync(api, root, new { secondmentId = id, ground = "Other", grounds = "Khác" })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(("R32", "AlreadyProposed"), ((string)twice["rule"]!, (string)twice["ruleName"]!));
        await (await api.GetAsync($"{url}/document")).JsonAsync(HttpStatusCode.NotFound);
        await (await PostAsync(api, $"{url}/sending", new { }, "nope")).JsonAsync(HttpStatusCode.BadRequest);
        await (await PostAsync(api, $"{url}/sending", new { }, "\"7\"")).JsonAsync(HttpStatusCode.Conflict);
        var sent = await (await PostAsync(api, $"{url}/sending", new { }, created.Headers.ETag!.Tag)).JsonAsync();
        Assert.Equal("Sent", (string)sent["state"]!);
        var kept = await (await PostAsync(api, $"{url}/content", new { ground = "Other", grounds = "Khác" })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(("R52", "AlreadySent"), ((string)kept["rule"]!, (string)kept["ruleName"]!));
        Assert.Equal("application/pdf", (await api.GetAsync($"{url}/document")).Content.Headers.ContentType!.MediaType);

        var leader = await app.WithTokenAsync("lanhdao1");
        Assert.Equal(["Accept", "Decline"], (await (await leader.GetAsync(url)).JsonAsync())["allowedActions"]!.AsArray().Select(a => (string)a!));
        await (await (await app.WithTokenAsync("lanhdao2")).GetAsync(url)).JsonAsync(HttpStatusCode.NotFound);
        var noDate = await (await PostAsync(leader, $"{url}/acceptance", new { officerId = "x", role = "Primary", position = "Chief" })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(noDate["errors"]!["from"]);
        Assert.NotNull(noDate["errors"]!["position"]);
        var outsider = await (await PostAsync(leader, $"{url}/acceptance",
            new { officerId = await UserIdAsync(app, "chuyenvien2"), role = "Primary", position = "Staff", from = "2026-12-01" })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("NotAgencyOfficer", (string)outsider["ruleName"]!);
        var early = await (await PostAsync(leader, $"{url}/acceptance",
            new { officerId = await UserIdAsync(app, "chuyenvien1"), role = "Primary", position = "Staff", from = "2025-12-01" })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("ReplacementBeforeStart", (string)early["ruleName"]!);
        var unexplained = await (await PostAsync(leader, $"{url}/declining", new { reason = "" })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("Nêu lý do cơ quan không thay thế cán bộ.", (string)unexplained["detail"]!);
        var declined = await (await PostAsync(leader, $"{url}/declining", new { reason = "Cán bộ đã được nhắc nhở, cam kết khắc phục." })).JsonAsync();
        Assert.Equal(("Declined", "Trương Văn Hùng"), ((string)declined["state"]!, (string)declined["answeredBy"]!));
        await using var db = app.NewDbContext();
        Assert.Equal(SecondmentState.Approved, (await db.Secondments.SingleAsync(s => s.Id == id)).State);
        Assert.Equal(1, await db.Secondments.CountAsync());
    }
}
