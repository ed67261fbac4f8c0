using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain;
using MotCua.Domain.Profiles;
using MotCua.Domain.Staffing;
using MotCua.Features.Demo;
using MotCua.Tests.Exceptions;
using MotCua.Tests.Reception;

namespace MotCua.Tests.Staffing;

/// <summary>Seconded officers' records (R69, R70): assets handed, taken over and handed back; uniforms; training; awards.</summary>
public sealed class RecordsTests
{
    /// <summary>The demo officer <paramref name="userName"/> seconded by the Phòng Tư pháp and approved (the demo's own secondment when it seeds one); returns its id.</summary>
    static async Task<int> SecondAsync(MotCuaApp app, string userName)
    {
        await using var db = app.NewDbContext();
        var account = await db.Users.SingleAsync(u => u.UserName == userName);
        if (await db.Secondments.Where(s => s.OfficerId == account.Id && s.AgencyId == DemoCatalog.Justice.Id && s.State == SecondmentState.Approved)
                .Select(s => (int?)s.Id).FirstOrDefaultAsync() is { } seeded)
            return seeded;
        var director = new Actor("giamdoc", "Lê Quang Vinh", Role.CenterDirector, DemoCatalog.Center.Id);
        var secondment = Secondment.Propose(DemoCatalog.Center.Id, DemoCatalog.Justice.Id, DemoCatalog.Justice.Name, isAgency: true, account.Id, account.FullName,
            SecondmentRole.Primary, OfficerPosition.Head, delegatedApproval: true, counterId: null, new DateOnly(2026, 1, 1), null, [],
            LocalityProfiles.Default.OfficerRules, director, MotCuaApp.DefaultNow).Value!;
        Assert.True(secondment.Approve("Quyết định số 12/QĐ-UBND ngày 02/01/2026", director, MotCuaApp.DefaultNow).Succeeded);
        db.Secondments.Add(secondment);
        await db.SaveChangesAsync();
        return secondment.Id;
    }

    static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, object body, string? etag = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        if (etag is not null)
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        return client.SendAsync(request);
    }

    static async Task<string> TextAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.True(status == response.StatusCode, $"{(int)response.StatusCode}: {text}");
        return text;
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_Center_hands_a_computer_the_officer_takes_it_over_and_it_is_handed_back_on_the_pages_R69(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var id = await SecondAsync(app, "tiepnhan1");
        var url = $"/can-bo/{id}/ho-so";
        var staff = await app.SignedIn("giamsat");
        var page = await FormPage.OpenAsync(staff, url);
        Assert.Contains("Nguyễn Thị Lan", page.Text);
        Assert.Contains("Quy chế không quy định nơi bảo đảm văn phòng phẩm.", page.Text);

        // Bad input is refused with the form again: a kind that does not exist (400), then what the rule needs (422).
        var badKind = await TextAsync(await page.PostAsync($"{url}?handler=Hand", ("Asset.Kind", "Tablet"), ("Asset.ItemName", "Máy tính"),
            ("Asset.AssetCode", "TS-01"), ("Asset.Condition", "Mới")), HttpStatusCode.BadRequest);
        Assert.Contains("Chọn loại tài sản", badKind);
        Assert.Contains("Bàn giao tài sản cho cán bộ", badKind);
        var noCode = await TextAsync(await page.PostAsync($"{url}?handler=Hand", ("Asset.Kind", "Computer"), ("Asset.ItemName", "Máy tính để bàn"),
            ("Asset.AssetCode", " "), ("Asset.Condition", "Mới")), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("Nhập số sê-ri hoặc mã tài sản. (R69)", noCode);
        var handed = await page.PostAsync($"{url}?handler=Hand", ("Asset.Kind", "Computer"), ("Asset.ItemName", "Máy tính để bàn Dell OptiPlex"),
            ("Asset.AssetCode", "TS-2026-015"), ("Asset.Condition", "Mới, đủ bàn phím và chuột"));
        Assert.Equal(HttpStatusCode.Redirect, handed.StatusCode);
        Assert.Equal($"{url}#tai-san", handed.Headers.Location!.OriginalString);
        var assets = await FormPage.OpenAsync(staff, "/can-bo/tai-san");
        Assert.Contains("TS-2026-015", assets.Text);
        Assert.Contains("Chờ cán bộ nhận bàn giao", assets.Text);
        int handover;
        await using (var db = app.NewDbContext())
            handover = (await db.AssetHandovers.SingleAsync()).Id;

        // Another counter officer neither sees it nor can confirm it.
        var other = await app.SignedIn("tiepnhan2");
        var theirs = await FormPage.OpenAsync(other, "/can-bo/tai-san-cua-toi");
        Assert.DoesNotContain("TS-2026-015", theirs.Text);
        Assert.Equal(HttpStatusCode.NotFound, (await theirs.PostAsync("/can-bo/tai-san-cua-toi?handler=TakeOver", ("Record", $"{handover}"), ("Seen", "0"))).StatusCode);

        var officer = await app.SignedIn("tiepnhan1");
        var mine = await FormPage.OpenAsync(officer, "/can-bo/tai-san-cua-toi");
        Assert.Contains("TS-2026-015", mine.Text);
        var taken = await mine.PostAsync("/can-bo/tai-san-cua-toi?handler=TakeOver", ("Record", $"{handover}"));
        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        mine = await FormPage.OpenAsync(officer, "/can-bo/tai-san-cua-toi");
        Assert.Contains("Đã xác nhận nhận bàn giao Máy tính để bàn Dell OptiPlex", mine.Text);
        Assert.Contains("Cán bộ đã nhận bàn giao", mine.Text);
        Assert.DoesNotContain("handler=TakeOver", mine.Text);

        // The Center receives it back; a form drawn before another change is refused as stale (409).
        page = await FormPage.OpenAsync(staff, url);
        Assert.Contains("Nguyễn Thị Lan", page.Text);
        var stale = await TextAsync(await page.PostAsync($"{url}?handler=HandBack", ("Record", $"{handover}"), ("Seen", "0"), ("Back.Condition", "Tốt")),
            HttpStatusCode.Conflict);
        Assert.Contains("Bản ghi vừa được người khác cập nhật", stale);
        var back = await page.PostAsync($"{url}?handler=HandBack", ("Record", $"{handover}"), ("Back.Condition", "Hoạt động tốt, vỏ trầy nhẹ"));
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        await using (var db = app.NewDbContext())
        {
            var returned = await db.AssetHandovers.SingleAsync();
            Assert.Equal((AssetHandoverState.Returned, "Phạm Thu Hà", "Nguyễn Thị Lan"), (returned.State, returned.ReturnedTo, returned.TakenOverBy));
        }
        Assert.DoesNotContain("TS-2026-015", (await FormPage.OpenAsync(staff, "/can-bo/tai-san")).Text);
        Assert.Contains("Đã bàn giao lại Trung tâm", (await FormPage.OpenAsync(officer, "/can-bo/tai-san-cua-toi")).Text);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Under_CamPha_the_Center_issues_uniforms_yearly_and_records_training_the_agency_reports_R69_R70(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        await ExceptionDesk.UseProfileAsync(app, "cam-pha-city-2022");
        var id = await SecondAsync(app, "tiepnhan1");
        var url = $"/can-bo/{id}/ho-so";
        var staff = await app.SignedIn("giamsat");
        var page = await FormPage.OpenAsync(staff, url);
        Assert.Contains("Văn phòng phẩm do Trung tâm bảo đảm.", page.Text);
        Assert.Contains("Cán bộ chưa được cấp phát đồng phục năm 2026.", page.Text);
        Assert.DoesNotContain("Đề xuất may đồng phục", page.Text);
        var due = $"/can-bo/{id}/ho-so#dong-phuc";
        Assert.Contains("Chưa cấp phát đồng phục năm 2026", (await FormPage.OpenAsync(staff, "/can-bo/tai-san")).Text);
        Assert.Contains(due, (await FormPage.OpenAsync(staff, "/can-bo/tai-san")).Text);

        var issued = await page.PostAsync($"{url}?handler=Uniform", ("Uniform.Action", "Issue"), ("Uniform.Items", "02 bộ mùa đông"), ("Uniform.On", "2026-11-20"));
        Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
        page = await FormPage.OpenAsync(staff, url);
        Assert.Contains("Đã ghi cấp phát đồng phục ngày 20/11/2026.", page.Text);
        Assert.DoesNotContain("Cán bộ chưa được cấp phát đồng phục năm 2026.", page.Text);
        Assert.DoesNotContain(due, (await FormPage.OpenAsync(staff, "/can-bo/tai-san")).Text);
        var again = await TextAsync(await page.PostAsync($"{url}?handler=Uniform", ("Uniform.Action", "Issue"), ("Uniform.Items", "01 bộ"), ("Uniform.On", "2026-11-23")),
            HttpStatusCode.UnprocessableEntity);
        Assert.Contains("Cán bộ đã được cấp phát đồng phục năm 2026 (ngày 20/11/2026).", again);
        var badDate = await TextAsync(await page.PostAsync($"{url}?handler=Uniform", ("Uniform.Action", "Issue"), ("Uniform.Items", "01 bộ"), ("Uniform.On", "31/02/2026")),
            HttpStatusCode.BadRequest);
        Assert.Contains("không phải ngày hợp lệ", badDate);

        // Cẩm Phả's agencies train their own officers: the Center records what they report, and organises nothing itself.
        Assert.Contains("Ghi nhận khóa đào tạo do cơ quan báo", page.Text);
        var organised = await TextAsync(await page.PostAsync($"{url}?handler=Training", ("Training.Arrangement", "CenterOrganised"), ("Training.Course", "Kỹ năng giao tiếp"),
            ("Training.Organiser", "Trung tâm"), ("Training.From", "2026-11-02"), ("Training.To", "2026-11-04")), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("cơ quan tự đào tạo, bồi dưỡng cán bộ của mình", organised);
        var reported = await page.PostAsync($"{url}?handler=Training", ("Training.Arrangement", "AgencyReported"), ("Training.Course", "Bồi dưỡng nghiệp vụ hộ tịch"),
            ("Training.Organiser", "Phòng Tư pháp"), ("Training.From", "2026-11-02"), ("Training.To", "2026-11-04"));
        Assert.Equal(HttpStatusCode.Redirect, reported.StatusCode);
        page = await FormPage.OpenAsync(staff, url);
        Assert.Contains("Bồi dưỡng nghiệp vụ hộ tịch", page.Text);
        Assert.Contains("Cơ quan cử đi, báo Trung tâm", page.Text);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_API_hands_an_asset_the_officer_takes_it_over_and_training_and_awards_are_recorded_R69_R70(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var id = await SecondAsync(app, "tiepnhan1");
        var staff = await app.WithTokenAsync("giamsat");
        const string root = "/api/v1/officer";

        var invalid = await (await PostAsync(staff, $"{root}/asset-handovers", new { kind = "Tablet", itemName = "Máy" })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("Chọn loại tài sản", (string)invalid["errors"]!["kind"]![0]!);
        Assert.NotNull(invalid["errors"]!["secondmentId"]);
        var notJson = await staff.PostAsync($"{root}/asset-handovers", new StringContent("kind=Computer"));
        await notJson.JsonAsync(HttpStatusCode.BadRequest);
        await (await PostAsync(staff, $"{root}/asset-handovers", new { secondmentId = 999, kind = "Computer", itemName = "Máy", assetCode = "A", condition = "Mới" }))
            .JsonAsync(HttpStatusCode.NotFound);
        var created = await PostAsync(staff, $"{root}/asset-handovers",
            new { secondmentId = id, kind = "Computer", itemName = "Máy tính xách tay", assetCode = "TS-2026-020", condition = "Mới" });
        var handover = await created.JsonAsync(HttpStatusCode.Created);
        var path = created.Headers.Location!.OriginalString;
        Assert.Equal(("Handed", "Phạm Thu Hà"), ((string)handover["state"]!, (string)handover["handedBy"]!));
        Assert.Equal(["HandBack"], handover["allowedActions"]!.AsArray().Select(a => (string)a!));
        var held = await (await PostAsync(staff, $"{root}/asset-handovers",
            new { secondmentId = id, kind = "Computer", itemName = "Máy khác", assetCode = "ts-2026-020", condition = "Mới" })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(("R69", "AssetHeld"), ((string)held["rule"]!, (string)held["ruleName"]!));

        // Only the officer it was handed to confirms taking it over.
        var stranger = await app.WithTokenAsync("tiepnhan2");
        Assert.Empty((await stranger.GetFromJsonAsync<JsonArray>($"{root}/asset-handovers"))!);
        await (await PostAsync(stranger, $"{path}/take-over", new { })).JsonAsync(HttpStatusCode.NotFound);
        var officer = await app.WithTokenAsync("tiepnhan1");
        var own = (await officer.GetFromJsonAsync<JsonArray>($"{root}/asset-handovers"))!.Single()!;
        Assert.Equal(["TakeOver"], own["allowedActions"]!.AsArray().Select(a => (string)a!));
        var takenOver = await (await PostAsync(officer, $"{path}/take-over", new { })).JsonAsync();
        Assert.Equal(("TakenOver", "Nguyễn Thị Lan"), ((string)takenOver["state"]!, (string)takenOver["takenOverBy"]!));
        var twice = await (await PostAsync(officer, $"{path}/take-over", new { })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("AlreadyTakenOver", (string)twice["ruleName"]!);

        // The Center receives it back, with the row version it read.
        await (await PostAsync(staff, $"{path}/hand-back", new { condition = "Tốt" }, created.Headers.ETag!.Tag)).JsonAsync(HttpStatusCode.Conflict);
        await (await PostAsync(staff, $"{path}/hand-back", new { condition = "Tốt" }, "nope")).JsonAsync(HttpStatusCode.BadRequest);
        var noCondition = await (await PostAsync(staff, $"{path}/hand-back", new { condition = "" })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("ConditionRequired", (string)noCondition["ruleName"]!);
        var etag = (await staff.GetAsync(path)).Headers.ETag!.Tag;
        var returned = await (await PostAsync(staff, $"{path}/hand-back", new { condition = "Hoạt động tốt" }, etag)).JsonAsync();
        Assert.Equal(("Returned", "Hoạt động tốt"), ((string)returned["state"]!, (string)returned["returnCondition"]!));
        Assert.Empty((await staff.GetFromJsonAsync<JsonArray>($"{root}/asset-handovers?outstanding=true"))!);

        // Training organised by the Center (the default profile), its result once it ended.
        var training = await (await PostAsync(staff, $"{root}/training-records", new
        {
            secondmentId = id, course = "Bồi dưỡng kỹ năng giao tiếp", arrangement = "CenterOrganised", organiser = "Trung tâm Phục vụ hành chính công",
            from = "2026-11-02", to = "2026-11-06",
        })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(["RecordResult"], training["allowedActions"]!.AsArray().Select(a => (string)a!));
        var result = await (await PostAsync(staff, $"{root}/training-records/{training["id"]}/result", new { result = "Hoàn thành", certificate = "Giấy chứng nhận số 45" }))
            .JsonAsync();
        Assert.Equal(("Hoàn thành", "Giấy chứng nhận số 45"), ((string)result["result"]!, (string)result["certificate"]!));
        var backwards = await (await PostAsync(staff, $"{root}/training-records", new
        {
            secondmentId = id, course = "Khóa", arrangement = "CenterProposed", organiser = "Sở Nội vụ", from = "2026-11-06", to = "2026-11-02",
        })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(("R70", "TrainingEndsBeforeStart"), ((string)backwards["rule"]!, (string)backwards["ruleName"]!));
        var badDate = await (await PostAsync(staff, $"{root}/training-records", new
        {
            secondmentId = id, course = "Khóa", arrangement = "CenterProposed", organiser = "Sở Nội vụ", from = "hôm qua", to = "2026-11-02",
        })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("không phải ngày hợp lệ", (string)badDate["errors"]!["from"]![0]!);

        // An award the Center proposes, then the decision that gave it.
        var award = await (await PostAsync(staff, $"{root}/award-records", new
        {
            secondmentId = id, state = "Proposed", title = "Giấy khen của Giám đốc Trung tâm", reason = "Không để hồ sơ quá hạn năm 2026",
            reference = "Tờ trình số 15/TTr-TTPVHCC", on = "2026-11-20",
        })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(["Grant"], award["allowedActions"]!.AsArray().Select(a => (string)a!));
        var given = await (await PostAsync(staff, $"{root}/award-records/{award["id"]}/grant", new { decision = "Quyết định số 45/QĐ-UBND", on = "2026-11-23" })).JsonAsync();
        Assert.Equal(("Given", "Quyết định số 45/QĐ-UBND"), ((string)given["state"]!, (string)given["decision"]!));

        // Uniforms: the default profile neither issues nor proposes them.
        var uniform = await (await PostAsync(staff, $"{root}/uniform-issues", new { secondmentId = id, action = "Issue", items = "01 bộ", on = "2026-11-20" }))
            .JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("UniformsNotSupplied", (string)uniform["ruleName"]!);
        Assert.Empty((await staff.GetFromJsonAsync<JsonArray>($"{root}/uniform-issues/due"))!);

        // The agency's leader reads its officer's records and records none.
        var leader = await app.WithTokenAsync("lanhdao1");
        Assert.Single((await leader.GetFromJsonAsync<JsonArray>($"{root}/training-records?secondmentId={id}"))!);
        var notTheirs = await (await PostAsync(leader, $"{root}/award-records", new { secondmentId = id, state = "Given", title = "Lao động tiên tiến", reference = "QĐ 7", on = "2026-11-20" }))
            .JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("RoleNotAllowed", (string)notTheirs["ruleName"]!);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_processor_gets_403_on_the_records_API_and_pages_R69_R70(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var id = await SecondAsync(app, "tiepnhan1");
        var processor = await app.WithTokenAsync("chuyenvien1");
        foreach (var list in new[] { "asset-handovers", "uniform-issues", "training-records", "award-records", "uniform-issues/due" })
        {
            var problem = await (await processor.GetAsync($"/api/v1/officer/{list}")).JsonAsync(HttpStatusCode.Forbidden);
            Assert.Contains("Hồ sơ cán bộ được cử đến Trung tâm do Trung tâm ghi", (string)problem["detail"]!);
        }
        await (await PostAsync(processor, "/api/v1/officer/training-records", new { secondmentId = id })).JsonAsync(HttpStatusCode.Forbidden);
        var browser = await app.SignedIn("chuyenvien1");
        foreach (var page in new[] { $"/can-bo/{id}/ho-so", "/can-bo/tai-san" })
        {
            var denied = await browser.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
            Assert.Contains("/khong-co-quyen", denied.Headers.Location!.OriginalString);
        }
        // Another agency's leader meets 404: the officer is not theirs.
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignedIn("lanhdao2")).GetAsync($"/can-bo/{id}/ho-so")).StatusCode);
    }
}
