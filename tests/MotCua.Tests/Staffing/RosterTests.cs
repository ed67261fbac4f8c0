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

/// <summary>Counters, the officers agencies second to them and the day's roster (R30, R61), as the Center and an agency's leader use them.</summary>
public sealed class RosterTests
{
    /// <summary>Monday 23/11/2026 09:00.</summary>
    static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(7));

    static async Task<string> IdOfAsync(MotCuaApp app, string userName)
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

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_agency_names_its_officers_the_Center_records_the_approval_and_the_roster_shows_who_sits_at_the_counter_R30(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0, now: Monday);
        var staff = await app.SignedIn("giamsat");
        var counters = await FormPage.OpenAsync(staff, "/can-bo/quay");
        Assert.Equal(HttpStatusCode.Redirect, (await counters.PostAsync("/can-bo/quay", ("Number", "1"), ("ServiceGroup", "Tư pháp – Hộ tịch"),
            ("AgencyIds", DemoCatalog.Justice.Id))).StatusCode);
        // No agency ticked: the form says so, nothing is stored.
        var invalid = await counters.PostAsync("/can-bo/quay", ("Number", "2"), ("ServiceGroup", "Đất đai"));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("Chọn ít nhất một cơ quan", WebUtility.HtmlDecode(await invalid.Content.ReadAsStringAsync()));

        // The Justice office's leader names the counter officer as primary and its specialist as backup.
        var leader = await app.SignedIn("lanhdao1");
        var roster = await FormPage.OpenAsync(leader, "/can-bo");
        Assert.Contains("Chưa bố trí cán bộ", roster.Text);
        var counterId = await CounterIdAsync(app, 1);
        foreach (var (user, role) in new[] { ("tiepnhan1", "Primary"), ("chuyenvien1", "Backup") })
            Assert.Equal(HttpStatusCode.Redirect, (await roster.PostAsync("/can-bo", ("AgencyId", DemoCatalog.Justice.Id), ("OfficerId", await IdOfAsync(app, user)),
                ("Role", role), ("Position", "Staff"), ("CounterId", role == "Primary" ? counterId.ToString() : ""), ("From", "2026-11-02"))).StatusCode);
        // The leader of another agency does not see them.
        Assert.DoesNotContain("Nguyễn Thị Lan", (await FormPage.OpenAsync(await app.SignedIn("lanhdao2"), "/can-bo")).Text.Split("Cử cán bộ đến Trung tâm")[0]);
        // Named, not yet approved: nobody sits at the counter.
        Assert.Contains("Chờ ghi nhận phê duyệt", (await FormPage.OpenAsync(leader, "/can-bo")).Text);
        Assert.Contains("Chưa bố trí cán bộ", (await FormPage.OpenAsync(staff, "/can-bo")).Text);

        int primaryId;
        await using (var db = app.NewDbContext())
            primaryId = await db.Secondments.Where(s => s.Role == SecondmentRole.Primary).Select(s => s.Id).SingleAsync();
        // The leader may not record the approval; the Center does, with who and when.
        var leaderPage = await FormPage.OpenAsync(leader, $"/can-bo/{primaryId}");
        Assert.DoesNotContain("handler=Approve", leaderPage.Text);
        var page = await FormPage.OpenAsync(staff, $"/can-bo/{primaryId}");
        var empty = await page.PostAsync($"/can-bo/{primaryId}?handler=Approve", ("Decision", " "));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Contains("Ghi số, ngày văn bản phê duyệt", WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await page.PostAsync($"/can-bo/{primaryId}?handler=Approve",
            ("Decision", "Quyết định số 15/QĐ-UBND ngày 05/11/2026 của Chủ tịch UBND huyện"))).StatusCode);
        var approved = await FormPage.OpenAsync(staff, $"/can-bo/{primaryId}");
        Assert.Contains("Quyết định số 15/QĐ-UBND ngày 05/11/2026 của Chủ tịch UBND huyện — ghi nhận bởi Phạm Thu Hà, 09:00 23/11/2026", approved.Text);

        var today = await FormPage.OpenAsync(staff, "/can-bo");
        Assert.Contains("Bố trí tại quầy ngày 23/11/2026", today.Text);
        Assert.Contains("Nguyễn Thị Lan</a>", today.Text.Split("id=\"bo-tri\"")[1].Split("</table>")[0]);

        // On leave on Wednesday: the backup sits there, once approved too.
        int backupId;
        await using (var db = app.NewDbContext())
        {
            backupId = await db.Secondments.Where(s => s.Role == SecondmentRole.Backup).Select(s => s.Id).SingleAsync();
            var backup = await db.Secondments.SingleAsync(s => s.Id == backupId);
            var director = new Actor("d", "Lê Quang Vinh", Role.CenterDirector, DemoCatalog.Center.Id);
            Assert.True(backup.Approve("Quyết định số 15/QĐ-UBND", director, Monday).Succeeded);
            var primary = await db.Secondments.SingleAsync(s => s.Id == primaryId);
            var calendar = Domain.Time.StateCalendars.VietnamStateBodiesCalendar;
            db.Absences.Add(Absence.Notify(primary, AbsenceKind.Leave, new DateTimeOffset(2026, 11, 25, 7, 30, 0, TimeSpan.FromHours(7)),
                new DateTimeOffset(2026, 11, 25, 17, 0, 0, TimeSpan.FromHours(7)), "Nghỉ phép năm", null, [], LocalityProfiles.Default.OfficerRules, calendar,
                director, Monday).Value!);
            await db.SaveChangesAsync();
        }
        var wednesday = (await FormPage.OpenAsync(staff, "/can-bo?ngay=25/11/2026")).Text.Split("id=\"bo-tri\"")[1].Split("</table>")[0];
        Assert.Contains("Hoàng Văn Nam</a>", wednesday);
        Assert.Contains("Nguyễn Thị Lan vắng (nghỉ phép); nhân sự dự phòng thay", wednesday);

        var api = await app.WithTokenAsync("giamsat");
        var day = await (await api.GetAsync("/api/v1/officer/roster?day=2026-11-25")).JsonAsync(HttpStatusCode.OK);
        var seat = day["seats"]!.AsArray().Single()!;
        Assert.Equal("Leave", (string?)seat["absenceKind"]);
        Assert.Equal(backupId, (int?)seat["presentSecondmentId"]);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.GetAsync("/api/v1/officer/roster?day=32/13/2026")).StatusCode);
    }

    static async Task<int> CounterIdAsync(MotCuaApp app, int number)
    {
        await using var db = app.NewDbContext();
        return await db.Counters.Where(c => c.Number == number).Select(c => c.Id).SingleAsync();
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Under_BacNinh_an_officer_below_deputy_head_or_for_less_than_12_months_is_refused_through_the_API_R30(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0, now: Monday);
        await ExceptionDesk.UseProfileAsync(app, "bac-ninh-province-2023");
        var leader = await app.WithTokenAsync("lanhdao1");
        var officer = await IdOfAsync(app, "tiepnhan1");
        object Body(string position, string? until) => new { agencyId = DemoCatalog.Justice.Id, officerId = officer, role = "Primary", position, from = "2026-12-01", until };

        var low = await (await PostAsync(leader, "/api/v1/officer/secondments", Body("Staff", null))).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(nameof(StaffingRules.BelowMinimumRank), (string?)low["ruleName"]);
        var shortTerm = await (await PostAsync(leader, "/api/v1/officer/secondments", Body("DeputyHead", "2027-06-30"))).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(nameof(StaffingRules.TooShort), (string?)shortTerm["ruleName"]);
        var bad = await (await PostAsync(leader, "/api/v1/officer/secondments", new { agencyId = DemoCatalog.Justice.Id, officerId = officer, role = "1", position = "Boss", from = "31/02/2026" }))
            .JsonAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(bad["errors"]!["role"]);
        Assert.NotNull(bad["errors"]!["position"]);
        Assert.NotNull(bad["errors"]!["from"]);
        await using (var db = app.NewDbContext())
            Assert.False(await db.Secondments.AnyAsync());

        var created = await PostAsync(leader, "/api/v1/officer/secondments", Body("PlannedDeputyHead", "2027-11-30"));
        var secondment = await created.JsonAsync(HttpStatusCode.Created);
        var id = (int)secondment["id"]!;
        // Only the Center records the approval, against the version read.
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await PostAsync(leader, $"/api/v1/officer/secondments/{id}/approval", new { decision = "QĐ 1" })).StatusCode);
        var staff = await app.WithTokenAsync("giamdoc");
        var read = await staff.GetAsync($"/api/v1/officer/secondments/{id}");
        var etag = read.Headers.ETag!.Tag;
        Assert.Equal(HttpStatusCode.Conflict, (await PostAsync(staff, $"/api/v1/officer/secondments/{id}/approval", new { decision = "QĐ 1" }, "\"99\"")).StatusCode);
        var approved = await (await PostAsync(staff, $"/api/v1/officer/secondments/{id}/approval", new { decision = "Quyết định số 3/QĐ-UBND" }, etag)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Approved", (string?)approved["state"]);
        Assert.Equal("Lê Quang Vinh", (string?)approved["decidedBy"]);
        // A processor has no access to the roster.
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.WithTokenAsync("chuyenvien1")).GetAsync("/api/v1/officer/secondments")).StatusCode);
        var page = await (await app.SignedIn("chuyenvien1")).GetAsync("/can-bo");
        Assert.StartsWith("/khong-co-quyen", page.Headers.Location!.PathAndQuery);
    }
}
