using MotCua.Data;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Feedback;
using MotCua.Domain.Ratings;
using MotCua.Features.Demo;
using MotCua.Features.Ratings;
using MotCua.Features.Shared;
using MotCua.Tests.Exceptions;
using MotCua.Tests.Processing;
using MotCua.Tests.Reception;
using static MotCua.Tests.Exceptions.ExceptionDesk;

namespace MotCua.Tests.Feedback;

/// <summary>The satisfaction group of the national index on the figures page (LAW §9.4 group 5, R34), and the demo's feedback and ratings.</summary>
public sealed partial class SatisfactionIndexTests
{
    const string Building = "1.013225"; // Phòng Kinh tế, Hạ tầng và Đô thị

    static string Row(string page, string unitId) => UnitRow().Matches(page).Single(m => m.Groups[1].Value == unitId).Value;

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Dossier_satisfaction_is_100_less_the_overdue_and_complained_shares_of_the_period_per_agency_each_scope_its_own_LAW_9_4_R34(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0, now: Local(23, 9));
        // Phòng Tư pháp, November: one received on the 2nd (due the 5th), three on the 20th (due the 25th).
        var late = await TestDossiers.ReceiveAsync(app, MaritalStatus, Local(2, 9));
        var recent = await TestDossiers.ReceiveManyAsync(app, MaritalStatus, Local(20, 9), 3);
        var october = await TestDossiers.ReceiveAsync(app, MaritalStatus, Local(-1, 9));
        // Phòng Kinh tế, Hạ tầng và Đô thị: one dossier, rated Không hài lòng.
        var building = await TestDossiers.ReceiveAsync(app, Building, Local(20, 10));

        // The first is finished today, late; the last of the three draws a hotline call; so does October's (outside the period).
        var processor = await app.As("chuyenvien1");
        Redirected(await processor.PostPageAsync($"/ho-so/{late}", "Forward"), $"/ho-so/{late}");
        Redirected(await (await app.As("lanhdao1")).PostPageAsync($"/ho-so/{late}", "Approve"), $"/ho-so/{late}");
        await (await processor.ApiAsync(late, "result", new { text = "Đã cấp Giấy xác nhận tình trạng hôn nhân" })).JsonAsync();
        Assert.Equal(Timeliness.Late, (await LoadAsync(app, late)).Timeliness);
        var staff = await app.SignedIn("giamsat");
        await FeedbackDeskTests.RecordCallAsync(app, staff, recent[2]);
        await FeedbackDeskTests.RecordCallAsync(app, staff, october);
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MotCua.Data.MotCuaDbContext>();
            var dossier = await StatusLookup.VerifiedAsync(db, DossierCode.Parse(building), "5678");
            var rated = await scope.ServiceProvider.GetRequiredService<RatingDesk>()
                .RateAsync(dossier!, new RatingChoice(SatisfactionLevel.Dissatisfied, [], "Phải đi lại nhiều lần."), RatingChannel.Portal, default);
            Assert.True(rated.Succeeded, rated.ToString());
        }

        // The Center: 5 received in November, 1 past due (20%), 2 complained of (40%) → 40%, below 90%: 40 × 6 / 90 = 2.67 points.
        var center = (await FormPage.OpenAsync(staff, "/phan-anh-kien-nghi/so-lieu")).Text;
        Assert.Contains("<dd id=\"ho-so\">5</dd>", center);
        Assert.Contains("<dd id=\"ho-so-qua-han\">1 (20%)</dd>", center);
        Assert.Contains("<dd id=\"ho-so-pakn\">2 (40%)</dd>", center);
        Assert.Contains("<dd id=\"hai-long-tthc\">40%</dd>", center);
        Assert.Contains("<dd id=\"diem-tthc\">2,67/6 điểm (44,44% điểm tối đa)</dd>", center);
        // Phòng Tư pháp: 4, 1 late, 1 called about → 50%; the other agency: its one dossier complained of → 0%.
        Assert.EndsWith("<td>4</td><td>50%</td></tr>", Row(center, DemoCatalog.Justice.Id));
        Assert.EndsWith("<td>1</td><td>0%</td></tr>", Row(center, DemoCatalog.Infrastructure.Id));
        // The Center's row: the three items it must answer (two calls and the rating's), and no dossier of its own.
        Assert.Contains($"<td>{DemoCatalog.Center.Name}</td><td>3</td>", Row(center, DemoCatalog.Center.Id));

        // Phòng Tư pháp's officer reads its own figures only.
        var agency = (await FormPage.OpenAsync(processor, "/phan-anh-kien-nghi/so-lieu")).Text;
        Assert.Contains("<dd id=\"hai-long-tthc\">50%</dd>", agency);
        Assert.Contains("<dd id=\"diem-tthc\">3,33/6 điểm (55,56% điểm tối đa)</dd>", agency);
        Assert.Single(UnitRow().Matches(agency));
        Assert.DoesNotContain(DemoCatalog.Infrastructure.Name, agency);

        // October: one dossier, named by a call → 0%. A month without dossiers has no index (N/A, not 0 or 100).
        Assert.Contains("<dd id=\"hai-long-tthc\">0%</dd>", (await FormPage.OpenAsync(staff, "/phan-anh-kien-nghi/so-lieu?tu=2026-10-01&den=2026-10-31")).Text);
        Assert.Contains("<dd id=\"hai-long-tthc\">Chưa có số liệu</dd>", (await FormPage.OpenAsync(staff, "/phan-anh-kien-nghi/so-lieu?tu=2026-09-01&den=2026-09-30")).Text);
    }

    /// <summary>The 5.1 classes: regulations against the conduct of officers and bodies.</summary>
    [Fact]
    public async Task Feedback_is_counted_by_the_two_classes_of_the_index_LAW_9_4_R34()
    {
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 0, now: Local(23, 9));
        var staff = await app.SignedIn("giamsat");
        await FeedbackDeskTests.RecordCallAsync(app, staff, await TestDossiers.ReceiveAsync(app, MaritalStatus, Local(20, 9)));
        var response = await staff.PostFormAsync("/phan-anh-kien-nghi/ghi-nhan", new()
        {
            ["Channel"] = "SuggestionSlip",
            ["Topic"] = "Regulation",
            ["SenderName"] = "Vương Thị Hạnh",
            ["SenderPhone"] = "0986 123 450",
            ["Subject"] = "Mẫu tờ khai quá dài",
            ["Text"] = "Tờ khai yêu cầu ghi lại nhiều thông tin đã có trên căn cước.",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = (await FormPage.OpenAsync(staff, "/phan-anh-kien-nghi/so-lieu")).Text;
        Assert.Contains("<td id=\"ve-quy-dinh\">1</td>", page);
        Assert.Contains("<td id=\"ve-hanh-vi\">1</td>", page);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_demo_has_feedback_on_several_channels_and_in_every_state_and_ratings_at_three_levels_the_dissatisfied_one_opening_an_item_R33_R34(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 120);
        await using (var db = app.NewDbContext())
        {
            var items = await db.FeedbackItems.AsNoTracking().ToListAsync();
            Assert.True(items.Count >= 6, $"{items.Count} items");
            Assert.True(items.Select(i => i.Channel).Distinct().Count() >= 5);
            Assert.Equal([FeedbackState.Received, FeedbackState.Forwarded, FeedbackState.AwaitingSender, FeedbackState.Answered, FeedbackState.Published],
                items.Select(i => i.State).Distinct().Order());
            Assert.Contains(items, i => i.State == FeedbackState.Forwarded && i.AnsweringUnitId == DemoCatalog.Justice.Id && i.DossierCode is not null);
            var published = Assert.Single(items, i => i.State == FeedbackState.Published);
            Assert.Equal(AnswerVerdict.Like, published.Verdict);
            Assert.DoesNotContain(published.Sender.Name, published.PublicAnswer);
            Assert.All(items, i => Assert.True(i.ReceivedAt < app.Clock.GetUtcNow()));

            var ratings = await db.Ratings.AsNoTracking().ToListAsync();
            Assert.Equal(10, ratings.Count);
            Assert.Equal(Satisfaction.Levels.Order(), ratings.Select(r => r.Level).Distinct().Order());
            var unhappy = Assert.Single(ratings, r => r.IsDissatisfied);
            Assert.Contains(items, i => i.Channel == FeedbackChannel.Rating && i.DossierCode == unhappy.DossierCode);
            var rated = ratings.Select(r => r.DossierCode).ToList();
            Assert.All(await db.Dossiers.Where(d => rated.Contains(d.Code)).Select(d => d.State).ToListAsync(), s => Assert.Equal(DossierState.Returned, s));

            // Each agency has named its leader for feedback (R64).
            var leaders = await (from u in db.Units where u.Kind == UnitKind.Agency join o in db.Users on u.FeedbackLeaderId equals o.Id select new { u.Id, o.UserName }).ToListAsync();
            Assert.Equal(DemoCatalog.Agencies.Count, leaders.Count);
            Assert.Contains(leaders, l => l.Id == DemoCatalog.Justice.Id && l.UserName == "lanhdao1");
        }

        // The demo's codes were taken from the shared counter: a call recorded now gets a new one.
        var staff = await app.SignedIn("giamsat");
        await using var read = app.NewDbContext();
        var dossier = (await read.Dossiers.Where(d => d.AgencyId == DemoCatalog.Justice.Id && d.State == DossierState.InProcessing).FirstAsync()).Code.ToString();
        var code = await FeedbackDeskTests.RecordCallAsync(app, staff, dossier);
        Assert.Single(await read.FeedbackItems.Where(f => f.Code == code).ToListAsync());
        Assert.Matches("<dd id=\"hai-long-tthc\">\\d", (await FormPage.OpenAsync(staff, "/phan-anh-kien-nghi/so-lieu")).Text);
    }

    [GeneratedRegex("<tr id=\"don-vi-([^\"]+)\">.*?</tr>")]
    private static partial Regex UnitRow();
}
