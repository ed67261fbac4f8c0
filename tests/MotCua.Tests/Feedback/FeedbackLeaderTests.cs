using System.Net;
using Microsoft.EntityFrameworkCore;
using MotCua.Features.Demo;
using MotCua.Features.Feedback;
using MotCua.Tests.Exceptions;
using MotCua.Tests.Processing;
using MotCua.Tests.Reception;

namespace MotCua.Tests.Feedback;

/// <summary>
/// Each agency names a leader to handle feedback with the Center (R64; Bắc Ninh Art. 14.3), who is told by name when
/// the Center forwards; feedback reports go to the body the profile names.
/// </summary>
public sealed class FeedbackLeaderTests
{
    static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(7));

    static async Task<string> OfficerIdAsync(MotCuaApp app, string userName)
    {
        await using var db = app.NewDbContext();
        return await db.Users.Where(o => o.UserName == userName).Select(o => o.Id).SingleAsync();
    }

    static async Task<string?> LeaderOfJusticeAsync(MotCuaApp app)
    {
        await using var db = app.NewDbContext();
        return await db.Units.Where(u => u.Id == DemoCatalog.Justice.Id).Select(u => u.FeedbackLeaderId).SingleAsync();
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_agency_leader_names_the_feedback_leader_who_is_told_by_name_when_the_Center_forwards_R64(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0, now: Monday);
        var dossier = await TestDossiers.ReceiveAsync(app, ExceptionDesk.MaritalStatus, Monday.AddHours(-72));
        var staff = await app.SignedIn("giamsat");
        var code = await FeedbackDeskTests.RecordCallAsync(app, staff, dossier);
        Assert.Contains(FeedbackLeaders.NoneNamed, (await FormPage.OpenAsync(staff, $"/phan-anh-kien-nghi/{code}")).Text);

        // Phòng Tư pháp's leader names himself among the agency's officers; the agency's list shows who it is.
        var leader = await app.SignedIn("lanhdao1");
        var desk = await FormPage.OpenAsync(leader, "/phan-anh-kien-nghi");
        Assert.Contains("Lãnh đạo phụ trách phản ánh, kiến nghị với Trung tâm (R64): chưa cử", desk.Text);
        var named = await desk.PostAsync("/phan-anh-kien-nghi?handler=FeedbackLeader", ("leader", await OfficerIdAsync(app, "lanhdao1")));
        Assert.Equal(HttpStatusCode.Redirect, named.StatusCode);
        Assert.Contains("Lãnh đạo phụ trách phản ánh, kiến nghị với Trung tâm (R64): Trương Văn Hùng",
            (await FormPage.OpenAsync(await app.SignedIn("chuyenvien1"), "/phan-anh-kien-nghi")).Text);

        // The Center's forward page names him instead of warning; forwarding tells the unit and him by name.
        var item = await FormPage.OpenAsync(staff, $"/phan-anh-kien-nghi/{code}");
        Assert.DoesNotContain(FeedbackLeaders.NoneNamed, item.Text);
        Assert.Contains("Lãnh đạo phụ trách phản ánh, kiến nghị của cơ quan: Trương Văn Hùng", item.Text);
        Assert.Equal(HttpStatusCode.Redirect, (await item.PostAsync($"/phan-anh-kien-nghi/{code}?handler=Forward")).StatusCode);

        await using (var db = app.NewDbContext())
        {
            var notices = await db.OfficerNotifications.Where(n => n.Key.StartsWith(code + "/chuyen")).OrderBy(n => n.Key).ToListAsync();
            Assert.Equal([$"{code}/chuyen", $"{code}/chuyen/lanh-dao"], notices.Select(n => n.Key));
            Assert.Equal([null, await OfficerIdAsync(app, "lanhdao1")], notices.Select(n => n.OfficerId));
            Assert.All(notices, n => Assert.Equal(DemoCatalog.Justice.Id, n.UnitId));
        }
        var personal = $"Đồng chí Trương Văn Hùng, lãnh đạo phụ trách phản ánh, kiến nghị: phản ánh, kiến nghị {code}";
        Assert.Contains(personal, (await FormPage.OpenAsync(leader, "/thong-bao")).Text);
        // His colleague sees the unit's notice, not his.
        var colleague = (await FormPage.OpenAsync(await app.SignedIn("chuyenvien1"), "/thong-bao")).Text;
        Assert.Contains($"Phản ánh, kiến nghị {code} được Trung tâm chuyển đến để trả lời.", colleague);
        Assert.DoesNotContain(personal, colleague);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Without_a_feedback_leader_the_forward_page_warns_and_the_Center_still_forwards_R64(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0, now: Monday);
        var dossier = await TestDossiers.ReceiveAsync(app, ExceptionDesk.MaritalStatus, Monday.AddHours(-72));
        var staff = await app.SignedIn("giamsat");
        var code = await FeedbackDeskTests.RecordCallAsync(app, staff, dossier);

        var item = await FormPage.OpenAsync(staff, $"/phan-anh-kien-nghi/{code}");
        Assert.Contains("Cơ quan chưa cử lãnh đạo phụ trách phản ánh, kiến nghị (R64)", item.Text);
        Assert.Equal(HttpStatusCode.Redirect, (await item.PostAsync($"/phan-anh-kien-nghi/{code}?handler=Forward")).StatusCode);

        await using var db = app.NewDbContext();
        Assert.Equal(Domain.Feedback.FeedbackState.Forwarded, (await db.FeedbackItems.SingleAsync()).State);
        Assert.Equal([$"{code}/chuyen"], await db.OfficerNotifications.Where(n => n.Key.StartsWith(code + "/chuyen")).Select(n => n.Key).ToListAsync());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Only_an_officer_of_the_agency_may_be_its_feedback_leader_named_by_the_administrator_or_the_agency_leader_R64(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0, now: Monday);
        var other = await OfficerIdAsync(app, "chuyenvien2");
        var admin = await app.SignedIn("quantri");
        Assert.Contains("Lãnh đạo phụ trách phản ánh, kiến nghị (R64)", (await FormPage.OpenAsync(admin, "/quan-tri/don-vi")).Text);

        var refused = await admin.PostFormAsync("/quan-tri/don-vi?handler=FeedbackLeader",
            new() { ["Id"] = DemoCatalog.Justice.Id, ["leader"] = other }, "/quan-tri/don-vi");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains($"Vũ Thị Mai không phải cán bộ của {DemoCatalog.Justice.Name}", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.Null(await LeaderOfJusticeAsync(app));

        var processor = await OfficerIdAsync(app, "chuyenvien1");
        var named = await admin.PostFormAsync("/quan-tri/don-vi?handler=FeedbackLeader",
            new() { ["Id"] = DemoCatalog.Justice.Id, ["leader"] = processor }, "/quan-tri/don-vi");
        Assert.Equal(HttpStatusCode.Redirect, named.StatusCode);
        Assert.Equal(processor, await LeaderOfJusticeAsync(app));

        // The agency's leader is refused another unit's officer too; a processor may not name anyone.
        var leader = await FormPage.OpenAsync(await app.SignedIn("lanhdao1"), "/phan-anh-kien-nghi");
        var wrong = await leader.PostAsync("/phan-anh-kien-nghi?handler=FeedbackLeader", ("leader", other));
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("phải là cán bộ của chính cơ quan (R64)", WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync()));
        var byProcessor = await FormPage.OpenAsync(await app.SignedIn("chuyenvien1"), "/phan-anh-kien-nghi");
        Assert.DoesNotContain("handler=FeedbackLeader", byProcessor.Text);
        var denied = await byProcessor.PostAsync("/phan-anh-kien-nghi?handler=FeedbackLeader", ("leader", ""));
        Assert.Contains("/khong-co-quyen", denied.Headers.Location?.OriginalString);
        Assert.Equal(processor, await LeaderOfJusticeAsync(app));

        // The agency's leader clears the choice.
        Assert.Equal(HttpStatusCode.Redirect, (await leader.PostAsync("/phan-anh-kien-nghi?handler=FeedbackLeader", ("leader", ""))).StatusCode);
        Assert.Null(await LeaderOfJusticeAsync(app));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_figures_name_where_feedback_reports_go_as_the_profile_says_R64(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0, now: Monday);
        var staff = await app.SignedIn("giamsat");

        await ExceptionDesk.UseProfileAsync(app, "bac-ninh-province-2023");
        var bacNinh = (await FormPage.OpenAsync(staff, "/phan-anh-kien-nghi/so-lieu")).Text;
        Assert.Contains("Nơi nhận báo cáo: UBND tỉnh", bacNinh);

        await ExceptionDesk.UseProfileAsync(app, "bac-kan-ward-2025");
        var bacKan = (await FormPage.OpenAsync(staff, "/phan-anh-kien-nghi/so-lieu")).Text;
        Assert.Contains("Nơi nhận báo cáo: Chủ tịch UBND phường", bacKan);
        Assert.DoesNotContain("Nơi nhận báo cáo: UBND tỉnh", bacKan);
    }
}
