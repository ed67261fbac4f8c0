using System.Net;
using System.Net.Http.Json;
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

namespace MotCua.Tests.Staffing;

/// <summary>
/// Absences of the officers seconded to the Center (R30, R61), tried as users would: the agency's leader gives notice naming the
/// substitute, the Center decides a request to pull an officer away, late notices and officers found away are flagged, and the
/// reception desk shows who stands in.
/// </summary>
public sealed partial class AbsenceTests
{
    /// <summary>Monday 23/11/2026 10:00, Vietnam time.</summary>
    static readonly DateTimeOffset Monday = MotCuaApp.DefaultNow;
    static readonly string Center = DemoCatalog.Center.Id;
    static readonly string Justice = DemoCatalog.Justice.Id;
    const string Url = "/can-bo/vang-mat";
    const string Api = "/api/v1/officer/absences";

    /// <summary>
    /// The officers at the Center, approved (R30), as the demo seats them when it has dossiers (a test starts without): Phòng Tư pháp's
    /// Nguyễn Thị Lan (primary) and Hoàng Văn Nam (backup), Phòng Tài chính - Kế hoạch's Trần Minh Tuấn.
    /// </summary>
    sealed record Officers(int Primary, int Backup, int OtherAgency);

    static async Task<Officers> SecondAsync(MotCuaApp app)
    {
        await using var db = app.NewDbContext();
        var director = new Actor("giamdoc", "Lê Quang Vinh", Role.CenterDirector, Center);
        var rules = LocalityProfiles.Default.OfficerRules;
        async Task<Secondment> Approved(string userName, string agency, SecondmentRole role)
        {
            var officer = await db.Users.SingleAsync(o => o.UserName == userName);
            var secondment = Secondment.Propose(Center, agency, "Phòng", isAgency: true, officer.Id, officer.FullName, role, OfficerPosition.DeputyHead, delegatedApproval: true,
                counterId: null, new DateOnly(2026, 1, 5), until: null, [], rules, director, Monday.AddMonths(-11)).Value!;
            Assert.True(secondment.Approve("Quyết định số 15/QĐ-UBND ngày 05/01/2026 của Chủ tịch UBND huyện", director, Monday.AddMonths(-11)).Succeeded);
            db.Secondments.Add(secondment);
            return secondment;
        }
        var primary = await Approved("tiepnhan1", Justice, SecondmentRole.Primary);
        var backup = await Approved("chuyenvien1", Justice, SecondmentRole.Backup);
        var other = await Approved("tiepnhan2", DemoCatalog.FinanceAndPlanning.Id, SecondmentRole.Primary);
        await db.SaveChangesAsync();
        return new Officers(primary.Id, backup.Id, other.Id);
    }

    static (string, string)[] Notice(int officer, string kind, string from, string to, string reason, int? substitute, string prefix = "Notice") =>
    [
        ($"{prefix}.SecondmentId", $"{officer}"), ($"{prefix}.Kind", kind),
        ($"{prefix}.FromDate", from.Split(' ')[0]), ($"{prefix}.FromTime", from.Split(' ')[1]),
        ($"{prefix}.ToDate", to.Split(' ')[0]), ($"{prefix}.ToTime", to.Split(' ')[1]),
        ($"{prefix}.Reason", reason), ($"{prefix}.SubstituteId", substitute is { } s ? $"{s}" : ""),
    ];

    static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, object body, string? etag = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        if (etag is not null)
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        return client.SendAsync(request);
    }

    static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    static async Task<List<string>> NoticesAsync(MotCuaApp app, string unit, Role role)
    {
        await using var db = app.NewDbContext();
        return await db.OfficerNotifications.Where(n => n.UnitId == unit && n.Role == role.ToString()).OrderBy(n => n.Id).Select(n => n.Text).ToListAsync();
    }

    static string Row(string page, int id) => Regex.Match(page, $"<tr id=\"vang-mat-{id}\">(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_agencys_leader_gives_notice_of_leave_naming_the_substitute_and_the_reception_desk_shows_who_stands_in_R30(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var officers = await SecondAsync(app);
        var leader = await app.SignedIn("lanhdao1");
        var page = await FormPage.OpenAsync(leader, Url);
        Assert.Contains("Nguyễn Thị Lan (chính thức)", page.Text);
        Assert.Contains("Hoàng Văn Nam (dự phòng)", page.Text);
        Assert.DoesNotContain("Trần Minh Tuấn", page.Text); // another agency's officer
        Assert.DoesNotContain("handler=Find", page.Text); // only the Center records an officer found away

        var sent = await page.PostAsync($"{Url}?handler=Notice",
            Notice(officers.Primary, "Leave", "2026-11-24 07:30", "2026-11-25 17:00", "Nghỉ phép năm theo đơn ngày 20/11/2026", officers.Backup));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        int id;
        await using (var db = app.NewDbContext())
        {
            var absence = await db.Absences.SingleAsync();
            id = absence.Id;
            Assert.Equal($"{Url}/{absence.Id}", sent.Headers.Location!.ToString());
            Assert.Equal((AbsenceState.Noted, "Hoàng Văn Nam", "Trương Văn Hùng"), (absence.State, absence.SubstituteName, absence.RecordedBy));
            Assert.False(absence.IsFlagged);
            Assert.Equal(new DateTimeOffset(2026, 11, 24, 7, 30, 0, TimeSpan.FromHours(7)), absence.From);
        }
        var shown = await FormPage.OpenAsync(leader, sent.Headers.Location!.ToString());
        Assert.Contains("Đã ghi nhận Nguyễn Thị Lan vắng mặt 07:30 24/11/2026 – 17:00 25/11/2026.", shown.Text);
        Assert.Contains("Trương Văn Hùng", shown.Text);
        Assert.Contains("thông báo cán bộ vắng mặt", shown.Text);

        // The Center is told, and sees it on its list without any flag.
        var told = Assert.Single(await NoticesAsync(app, Center, Role.CenterStaff));
        Assert.Equal($"{DemoCatalog.Justice.Name} báo Nguyễn Thị Lan vắng mặt (nghỉ phép), 07:30 24/11/2026 – 17:00 25/11/2026. Người thay: Hoàng Văn Nam.", told);
        Assert.Single(await NoticesAsync(app, Center, Role.CenterDirector));
        var list = (await FormPage.OpenAsync(await app.SignedIn("giamsat"), Url)).Text;
        var row = Row(list, id);
        Assert.Contains("Nguyễn Thị Lan", row);
        Assert.Contains("Hoàng Văn Nam", row);
        Assert.DoesNotContain("due-late", row);

        // Today (Monday) nobody is away; on Tuesday the counter reads who stands in, on Phòng Tư pháp's procedures and not on others'.
        var reception = await app.SignedIn("tiepnhan2");
        Assert.DoesNotContain("vắng:", await reception.ReadAsync("/tiep-nhan"));
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.FromHours(7)));
        reception = await app.SignedIn("tiepnhan2"); // yesterday's sign-in has expired; the absent officer's neighbour at the counters reads the line
        const string line = "Hôm nay Nguyễn Thị Lan (Phòng Tư pháp huyện Vĩnh An) vắng: nghỉ phép — người thay: Hoàng Văn Nam";
        Assert.Contains(line, WebUtility.HtmlDecode(await reception.ReadAsync("/tiep-nhan")));
        Assert.Contains(line, WebUtility.HtmlDecode(await reception.ReadAsync($"/tiep-nhan/thu-tuc/{ExceptionDesk.MaritalStatus}")));
        string otherProcedure;
        await using (var db = app.NewDbContext())
            otherProcedure = await db.Procedures.Where(p => p.CompetentAgencyId != Justice).OrderBy(p => p.Code).Select(p => p.Code).FirstAsync();
        Assert.DoesNotContain("vắng:", await reception.ReadAsync($"/tiep-nhan/thu-tuc/{otherProcedure}"));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_Center_refuses_a_request_to_pull_an_officer_away_through_the_page_and_the_API_and_the_agency_is_told_R30(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var officers = await SecondAsync(app);
        var leaderApi = await app.WithTokenAsync("lanhdao1");
        var requested = await (await PostAsync(leaderApi, Api, new
        {
            secondmentId = officers.Primary, kind = "Recall", from = "2026-11-26T08:00:00+07:00", to = "2026-11-26T11:30:00+07:00",
            reason = "Dự họp triển khai công tác hộ tịch", substituteId = officers.Backup,
        })).JsonAsync(HttpStatusCode.Created);
        var id = (int)requested["id"]!;
        Assert.Equal("Requested", (string)requested["state"]!);
        Assert.DoesNotContain("Refuse", requested["allowedActions"]!.AsArray().Select(a => (string)a!));
        Assert.Contains("đề nghị cử Nguyễn Thị Lan đi làm nhiệm vụ khác trong giờ làm việc", Assert.Single(await NoticesAsync(app, Center, Role.CenterStaff)));

        // The page: a refusal needs a reason; then it is recorded with who and when, and the agency's leaders are told.
        var staff = await app.SignedIn("giamsat");
        var page = await FormPage.OpenAsync(staff, $"{Url}/{id}");
        Assert.Contains("Chờ Trung tâm đồng ý", page.Text);
        Assert.Contains("handler=Refuse", page.Text);
        var bare = await page.PostAsync($"{Url}/{id}?handler=Refuse", ("Note", " "));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bare.StatusCode);
        Assert.Contains("Ghi lý do. (R30)", await TextAsync(bare));
        var refused = await page.PostAsync($"{Url}/{id}?handler=Refuse", ("Note", "Ngày 26/11 đông người nộp hồ sơ, đề nghị cử cán bộ khác dự họp"));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        var after = await FormPage.OpenAsync(staff, $"{Url}/{id}");
        Assert.Contains("Trung tâm không đồng ý", after.Text);
        Assert.Contains("Phạm Thu Hà (Trung tâm) không đồng ý: Ngày 26/11 đông người nộp hồ sơ", after.Text);
        Assert.DoesNotContain("handler=Approve", after.Text);
        var told = Assert.Single(await NoticesAsync(app, Justice, Role.AgencyLeader));
        Assert.Contains("Trung tâm không đồng ý cử Nguyễn Thị Lan", told);
        Assert.Contains("Ý kiến của Trung tâm: Ngày 26/11 đông người nộp hồ sơ", told);
        // A stale form is refused (409), and a request decided cannot be decided again (422).
        Assert.Equal(HttpStatusCode.Conflict, (await page.PostAsync($"{Url}/{id}?handler=Approve")).StatusCode);
        var decided = await after.PostAsync($"{Url}/{id}?handler=Approve");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, decided.StatusCode);
        Assert.Contains("việc này đã được quyết định", await TextAsync(decided));

        // The API: the director refuses another request, checked against the ETag it read.
        var second = (int)(await (await PostAsync(leaderApi, Api, new
        {
            secondmentId = officers.Primary, kind = "Recall", from = "2026-11-27T13:30:00+07:00", to = "2026-11-27T17:00:00+07:00", reason = "Đi kiểm tra cơ sở",
        })).JsonAsync(HttpStatusCode.Created))["id"]!;
        var director = await app.WithTokenAsync("giamdoc");
        var read = await director.GetAsync($"{Api}/{second}");
        var etag = read.Headers.ETag!.Tag;
        Assert.Contains("Refuse", (await read.JsonAsync())["allowedActions"]!.AsArray().Select(a => (string)a!));
        Assert.Equal(HttpStatusCode.Conflict, (await PostAsync(director, $"{Api}/{second}/refuse", new { note = "Không" }, "\"999\"")).StatusCode);
        var noReason = await (await PostAsync(director, $"{Api}/{second}/refuse", new { }, etag)).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(("R30", "Ghi lý do."), ((string)noReason["rule"]!, (string)noReason["detail"]!));
        var done = await (await PostAsync(director, $"{Api}/{second}/refuse", new { note = "Thiếu người tại quầy" }, etag)).JsonAsync();
        Assert.Equal(("Refused", "Lê Quang Vinh", "Thiếu người tại quầy"), ((string)done["state"]!, (string)done["decidedBy"]!, (string)done["decisionNote"]!));
        var again = await (await PostAsync(director, $"{Api}/{second}/approve", new { })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("NotARequest", (string)again["ruleName"]!);
        Assert.Equal(2, (await NoticesAsync(app, Justice, Role.AgencyLeader)).Count);

        // A refused request never takes the officer away from the counter.
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.FromHours(7)));
        Assert.DoesNotContain("vắng:", await (await app.SignedIn("tiepnhan2")).ReadAsync("/tiep-nhan"));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Leave_noticed_late_is_flagged_on_the_Centers_list_and_an_officer_pulled_away_unapproved_breaches_labour_discipline_under_Thai_Nguyen_R30_R61(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var officers = await SecondAsync(app);
        // Monday 10:00, the leave began at 07:30: noticed late, and nobody named to stand in.
        var late = await (await PostAsync(await app.WithTokenAsync("lanhdao1"), Api, new
        {
            secondmentId = officers.Primary, kind = "Leave", from = "2026-11-23T07:30:00+07:00", to = "2026-11-23T17:00:00+07:00", reason = "Việc gia đình",
        })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal((true, true), ((bool)late["withoutNotice"]!, (bool)late["withoutSubstitute"]!));
        var id = (int)late["id"]!;

        var staff = await app.SignedIn("giamsat");
        var flagged = (await FormPage.OpenAsync(staff, $"{Url}?canh-bao=1")).Text;
        var row = Row(flagged, id);
        Assert.Contains("Không có người thay", row);
        Assert.Contains("Không báo trước", row);
        Assert.Contains("Cảnh báo: Không có người thay; Không báo trước.", Assert.Single(await NoticesAsync(app, Center, Role.CenterStaff)));
        var listed = await (await (await app.WithTokenAsync("giamsat")).GetAsync($"{Api}?flagged=true&from=2026-11-23&to=2026-11-23")).JsonAsync();
        Assert.Equal(id, (int)listed.AsArray().Single()!["id"]!);

        // Under Thái Nguyên's rules an officer pulled away without the Center's approval breaches labour discipline (Art. 5.2).
        await ExceptionDesk.UseProfileAsync(app, "thai-nguyen-province-2026");
        var page = await FormPage.OpenAsync(staff, Url);
        Assert.Contains("handler=Find", page.Text);
        var found = await page.PostAsync($"{Url}?handler=Find",
            Notice(officers.Backup, "Recall", "2026-11-20 08:00", "2026-11-20 11:00", "Cơ quan gọi về họp, không báo Trung tâm", null, prefix: "Found"));
        Assert.Equal(HttpStatusCode.Redirect, found.StatusCode);
        var breach = await FormPage.OpenAsync(staff, found.Headers.Location!.ToString());
        Assert.Contains("Chưa được Trung tâm đồng ý", breach.Text);
        Assert.Contains("Vi phạm kỷ luật lao động (R61)", breach.Text);
        Assert.Contains("(Trung tâm) ghi nhận cán bộ vắng mặt không có thông báo của cơ quan", breach.Text);
        var agencyTold = Assert.Single(await NoticesAsync(app, Justice, Role.AgencyLeader));
        Assert.Contains("Trung tâm ghi nhận Hoàng Văn Nam", agencyTold);
        Assert.Contains("vi phạm kỷ luật lao động: đề nghị cơ quan giải trình (R61)", agencyTold);
        Assert.Contains("Vi phạm kỷ luật lao động (R61)", (await NoticesAsync(app, Center, Role.CenterStaff))[^1]);

        // Naming a substitute afterwards lifts that flag, and the Center is told.
        var leaderPage = await FormPage.OpenAsync(await app.SignedIn("lanhdao1"), $"{Url}/{id}");
        var named = await leaderPage.PostAsync($"{Url}/{id}?handler=Substitute", ("SubstituteId", $"{officers.Backup}"));
        Assert.Equal(HttpStatusCode.Redirect, named.StatusCode);
        await using (var db = app.NewDbContext())
        {
            var absence = await db.Absences.SingleAsync(a => a.Id == id);
            Assert.Equal(("Hoàng Văn Nam", false, true), (absence.SubstituteName, absence.WithoutSubstitute, absence.WithoutNotice));
        }
        Assert.Contains("đã cử Hoàng Văn Nam thay Nguyễn Thị Lan", (await NoticesAsync(app, Center, Role.CenterStaff))[^1]);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_processor_and_the_counter_get_403_and_another_agencys_leader_sees_none_of_these_absences_R30(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var officers = await SecondAsync(app);
        var id = (int)(await (await PostAsync(await app.WithTokenAsync("lanhdao1"), Api, new
        {
            secondmentId = officers.Primary, kind = "Training", from = "2026-11-30T07:30:00+07:00", to = "2026-12-04T17:00:00+07:00", reason = "Lớp bồi dưỡng nghiệp vụ hộ tịch",
            substituteId = officers.Backup,
        })).JsonAsync(HttpStatusCode.Created))["id"]!;

        foreach (var stranger in new[] { "chuyenvien1", "tiepnhan1" })
        {
            var browser = await app.SignedIn(stranger);
            foreach (var url in new[] { Url, $"{Url}/{id}" })
            {
                var response = await browser.GetAsync(url);
                Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/khong-co-quyen", StringComparison.Ordinal),
                    $"{stranger} {url}: {(int)response.StatusCode}");
            }
            var token = await app.WithTokenAsync(stranger);
            foreach (var url in new[] { Api, $"{Api}/{id}" })
                Assert.Equal(HttpStatusCode.Forbidden, (await token.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(token, $"{Api}/{id}/refuse", new { note = "Không" })).StatusCode);
        }

        var otherLeader = await app.SignedIn("lanhdao2");
        Assert.DoesNotContain("Nguyễn Thị Lan", (await FormPage.OpenAsync(otherLeader, Url)).Text);
        Assert.Equal(HttpStatusCode.NotFound, (await otherLeader.GetAsync($"{Url}/{id}")).StatusCode);
        var otherApi = await app.WithTokenAsync("lanhdao2");
        Assert.Equal(HttpStatusCode.NotFound, (await otherApi.GetAsync($"{Api}/{id}")).StatusCode);
        Assert.Empty((await (await otherApi.GetAsync(Api)).JsonAsync()).AsArray());
        // Nor may it notice an absence of Phòng Tư pháp's officer.
        var refused = await (await PostAsync(otherApi, Api, new
        {
            secondmentId = officers.Primary, kind = "Leave", from = "2026-12-07T07:30:00+07:00", to = "2026-12-07T17:00:00+07:00", reason = "Nghỉ phép",
        })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("Không có cán bộ này", (string)refused["errors"]!["secondmentId"]![0]!);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Bad_input_gets_a_Vietnamese_400_or_422_never_a_5xx_R30(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var officers = await SecondAsync(app);
        var page = await FormPage.OpenAsync(await app.SignedIn("lanhdao1"), Url);
        var cases = new (string What, (string, string)[] Fields, HttpStatusCode Status, string Message)[]
        {
            ("to before from", Notice(officers.Primary, "Leave", "2026-11-25 17:00", "2026-11-25 07:30", "Nghỉ phép", null),
                HttpStatusCode.UnprocessableEntity, "Thời gian vắng mặt phải kết thúc sau khi bắt đầu. (R30)"),
            ("unknown officer", Notice(9999, "Leave", "2026-11-25 07:30", "2026-11-25 17:00", "Nghỉ phép", null),
                HttpStatusCode.BadRequest, "Không có cán bộ này trong danh sách cán bộ đang làm việc tại Trung tâm của đơn vị."),
            ("another agency's substitute", Notice(officers.Primary, "Leave", "2026-11-25 07:30", "2026-11-25 17:00", "Nghỉ phép", officers.OtherAgency),
                HttpStatusCode.BadRequest, "Không có người thay thế này"),
            ("control characters", Notice(officers.Primary, "Leave", "2026-11-25 07:30", "2026-11-25 17:00", "Nghỉ\u0007phép", null),
                HttpStatusCode.BadRequest, "Lý do vắng mặt có ký tự điều khiển"),
            ("too long a reason", Notice(officers.Primary, "Leave", "2026-11-25 07:30", "2026-11-25 17:00", new string('x', Absence.MaxReasonLength + 1), null),
                HttpStatusCode.BadRequest, $"Lý do vắng mặt không quá {Absence.MaxReasonLength} ký tự."),
            ("no reason", Notice(officers.Primary, "Leave", "2026-11-25 07:30", "2026-11-25 17:00", "  ", null), HttpStatusCode.UnprocessableEntity, "Ghi lý do. (R30)"),
            ("a date that is not", Notice(officers.Primary, "Leave", "31/02/2026 07:30", "2026-11-25 17:00", "Nghỉ phép", null),
                HttpStatusCode.BadRequest, "Ngày bắt đầu vắng mặt không hợp lệ"),
            ("a year out of the calendar", Notice(officers.Primary, "Leave", "0001-01-01 07:30", "2026-11-25 17:00", "Nghỉ phép", null),
                HttpStatusCode.BadRequest, "Ngày bắt đầu vắng mặt không hợp lệ"),
            ("an unknown kind", Notice(officers.Primary, "Holiday", "2026-11-25 07:30", "2026-11-25 17:00", "Nghỉ phép", null), HttpStatusCode.BadRequest, "Chọn lý do vắng mặt"),
            ("a kind by number", Notice(officers.Primary, "1", "2026-11-25 07:30", "2026-11-25 17:00", "Nghỉ phép", null), HttpStatusCode.BadRequest, "Chọn lý do vắng mặt"),
        };
        foreach (var (what, fields, status, message) in cases)
        {
            var response = await page.PostAsync($"{Url}?handler=Notice", fields);
            Assert.True(status == response.StatusCode, $"{what}: {(int)response.StatusCode}");
            Assert.Contains(message, await TextAsync(response));
        }

        var api = await app.WithTokenAsync("lanhdao1");
        var bodies = new (string What, object Body, HttpStatusCode Status, string Field)[]
        {
            ("to before from", new { secondmentId = officers.Primary, kind = "Leave", from = "2026-11-25T17:00:00+07:00", to = "2026-11-25T07:30:00+07:00", reason = "Nghỉ" },
                HttpStatusCode.UnprocessableEntity, "detail"),
            ("unknown officer", new { secondmentId = 9999, kind = "Leave", from = "2026-11-25T07:30:00+07:00", to = "2026-11-25T17:00:00+07:00", reason = "Nghỉ" },
                HttpStatusCode.BadRequest, "secondmentId"),
            ("control characters", new { secondmentId = officers.Primary, kind = "Leave", from = "2026-11-25T07:30:00+07:00", to = "2026-11-25T17:00:00+07:00", reason = "Nghỉ\u001bphép" },
                HttpStatusCode.BadRequest, "reason"),
            ("too long a reason", new { secondmentId = officers.Primary, kind = "Leave", from = "2026-11-25T07:30:00+07:00", to = "2026-11-25T17:00:00+07:00", reason = new string('x', 1500) },
                HttpStatusCode.BadRequest, "reason"),
            ("a kind by number", new { secondmentId = officers.Primary, kind = "1", from = "2026-11-25T07:30:00+07:00", to = "2026-11-25T17:00:00+07:00", reason = "Nghỉ" },
                HttpStatusCode.BadRequest, "kind"),
            ("a year out of the calendar", new { secondmentId = officers.Primary, kind = "Leave", from = "0001-01-01T00:00:00+00:00", to = "2026-11-25T17:00:00+07:00", reason = "Nghỉ" },
                HttpStatusCode.BadRequest, "from"),
            ("a date of the wrong type", new { secondmentId = officers.Primary, kind = "Leave", from = 5, to = "2026-11-25T17:00:00+07:00", reason = "Nghỉ" },
                HttpStatusCode.BadRequest, "from"),
            ("nothing", new { }, HttpStatusCode.BadRequest, "secondmentId"),
        };
        foreach (var (what, body, status, field) in bodies)
        {
            var response = await PostAsync(api, Api, body);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(status == response.StatusCode, $"{what}: {(int)response.StatusCode} {text}");
            var problem = JsonNode.Parse(text)!;
            var said = field == "detail" ? (string)problem["detail"]! : (string)problem["errors"]![field]![0]!;
            Assert.Matches("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", said);
        }
        Assert.Equal(HttpStatusCode.BadRequest, (await api.GetAsync($"{Api}?from=31-02-2026")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.GetAsync($"{Api}?flagged=yes")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"{Api}/abc")).StatusCode);
        await using var db = app.NewDbContext();
        Assert.False(await db.Absences.AnyAsync());
    }
}
