using Microsoft.EntityFrameworkCore;
using MotCua.Domain;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Features.Exceptions;
using MotCua.Tests.Processing;
using static MotCua.Tests.Exceptions.ExceptionDesk;

namespace MotCua.Tests.Exceptions;

/// <summary>Overdue explanations (R35) and early results (R24), in the browser and through the API.</summary>
public class OverdueAndEarlyTests
{
    const string Certification = "2.001035"; // 2 working days

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_Center_sees_which_overdue_dossiers_lack_their_agencys_written_explanation_R35(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0); // now Monday 23/11 10:00
        var overdue = await TestDossiers.ReceiveAsync(app, Certification, Local(18, 9)); // due Friday 20/11 17:00
        var viaApi = await TestDossiers.ReceiveAsync(app, Certification, Local(18, 9), applicant: "Lý Văn Bảy");
        var fresh = await TestDossiers.ReceiveAsync(app, MaritalStatus, Local(23, 9));
        var center = await app.As("giamsat");

        var list = await center.ReadAsync("/qua-han");
        Assert.Contains("Chưa có giải trình (2)", list);
        Assert.NotNull(TestDossiers.InboxRow(list, overdue));
        Assert.Null(TestDossiers.InboxRow(list, fresh));
        Assert.DoesNotContain(overdue, await (await app.As("chuyenvien2")).ReadAsync("/qua-han"));

        var processor = await app.As("chuyenvien1");
        Assert.Contains("Giải trình hồ sơ quá hạn", await processor.ReadAsync($"/ho-so/{overdue}"));
        Assert.DoesNotContain("Giải trình hồ sơ quá hạn", await processor.ReadAsync($"/ho-so/{fresh}"));
        Redirected(await processor.PostPageAsync($"/ho-so/{overdue}/giai-trinh", null, new() { ["Text"] = "Chờ trích lục từ Sở Tư pháp" }), $"/ho-so/{overdue}");
        Assert.Contains("Giải trình hồ sơ quá hạn | Đang giải quyết → Đang giải quyết", TestDossiers.ControlSlip(await processor.ReadAsync($"/ho-so/{overdue}"))[^1]);
        await (await processor.ApiAsync(fresh, "overdue-explanation", new { text = "Trước" })).RefusedByAsync("R35");

        var pending = (await (await center.GetAsync("/api/v1/officer/overdue")).JsonAsync()).AsArray();
        Assert.Null(pending.Single(d => (string)d!["code"]! == viaApi)!["explanation"]);
        Assert.Equal("Chờ trích lục từ Sở Tư pháp", (string)pending.Single(d => (string)d!["code"]! == overdue)!["explanation"]!);
        var leader = await app.As("lanhdao1");
        await (await leader.ApiAsync(viaApi, "overdue-explanation", new { text = "Cán bộ nghỉ ốm" })).JsonAsync();
        await (await leader.ApiAsync(viaApi, "overdue-explanation", new { text = "Lần nữa" })).RefusedByAsync("R35");
        await (await center.ApiAsync(viaApi, "overdue-explanation", new { text = "Trung tâm" })).RefusedByAsync("VAI-TRO");

        list = await center.ReadAsync("/qua-han");
        Assert.Contains("Chưa có giải trình (0)", list);
        Assert.Contains("Đã giải trình (2)", list);
        Assert.Contains("Trương Văn Hùng: Cán bộ nghỉ ốm", list);
    }

    /// <summary>The list is selected by the database; it must hold exactly the dossiers the aggregate calls overdue and unexplained.</summary>
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_overdue_list_holds_exactly_the_demo_dossiers_the_aggregate_finds_overdue_and_unexplained_R35(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 120);
        var now = app.Clock.GetUtcNow();
        await using var db = app.NewDbContext();
        var expected = (await db.Dossiers.Include(d => d.History).ToListAsync())
            .Where(d => d.LacksOverdueExplanation(now)).Select(d => d.Code.ToString()).Order().ToList();
        Assert.NotEmpty(expected);

        var list = await (await app.As("giamsat")).ReadAsync("/qua-han");
        var missing = list[..list.IndexOf("Đã giải trình (", StringComparison.Ordinal)];
        Assert.Contains($"Chưa có giải trình ({expected.Count})", missing);
        Assert.Equal(expected, System.Text.RegularExpressions.Regex.Matches(missing, "<tr id=\"([^\"]+)\">").Select(m => m.Groups[1].Value).Order().ToList());
    }

    /// <summary>Past one screen of rows the unexplained are counted from the kept state counts and the unfinished dossiers' index, less the explained.</summary>
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_long_overdue_list_shows_the_longest_waiting_and_counts_every_one_the_aggregate_finds_unexplained_R35(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 60);
        var codes = await TestDossiers.ReceiveManyAsync(app, Certification, Local(2, 9), OverdueDossiers.Shown + 5);
        await using var db = app.NewDbContext();
        var explained = await db.Dossiers.Include(d => d.History).SingleAsync(d => d.Code == DossierCode.Parse(codes[0]));
        var leader = await Reception.Desk.ActorAsync(db, "lanhdao1", Role.AgencyLeader);
        Assert.True(explained.ExplainOverdue("Chờ kết quả xác minh của Công an xã.", leader, app.Clock.GetUtcNow()).Succeeded);
        await db.SaveChangesAsync();

        var now = app.Clock.GetUtcNow();
        var all = await db.Dossiers.Include(d => d.History).AsNoTracking().ToListAsync();
        var unexplained = all.Where(d => d.LacksOverdueExplanation(now)).ToList();
        Assert.True(unexplained.Count > OverdueDossiers.Shown);
        var list = await (await app.As("giamsat")).ReadAsync("/qua-han");
        var missing = list[..list.IndexOf("Đã giải trình (", StringComparison.Ordinal)];
        Assert.Contains($"Chưa có giải trình ({VietnameseFormat.Number(unexplained.Count)})", missing);
        Assert.Contains("Đã giải trình (1)", list);
        var shown = System.Text.RegularExpressions.Regex.Matches(missing, "<tr id=\"([^\"]+)\">").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(OverdueDossiers.Shown, shown.Count);
        Assert.DoesNotContain(codes[0], shown);
        // The longest waiting: no unexplained dossier left off was due before one shown.
        var lastShownDue = unexplained.Where(d => shown.Contains(d.Code.ToString())).Max(d => d.Due);
        Assert.All(unexplained.Where(d => !shown.Contains(d.Code.ToString())), d => Assert.True(d.Due >= lastShownDue));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_result_ready_before_the_due_day_is_flagged_early_the_desk_invites_the_applicant_once_and_the_portal_says_so_R24(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var code = await TestDossiers.ReceiveAsync(app, MaritalStatus, Local(23, 9)); // due Friday 27/11 17:00
        var processor = await app.As("chuyenvien1");
        var leader = await app.As("lanhdao1");
        Redirected(await processor.PostPageAsync($"/ho-so/{code}", "Forward"), $"/ho-so/{code}");
        Redirected(await leader.PostPageAsync($"/ho-so/{code}", "Approve"), $"/ho-so/{code}");
        var result = await (await processor.ApiAsync(code, "result", new { text = "Đã cấp Giấy xác nhận tình trạng hôn nhân" })).JsonAsync();
        Assert.True((bool)result["resultEarly"]!);
        var reception = await app.As("tiepnhan1");
        await (await reception.ApiAsync(code, "early-collection")).RefusedByAsync("TRANG-THAI"); // the result is not at the desk yet
        await (await processor.ApiAsync(code, "hand-over")).JsonAsync();

        app.MoveTo(Local(25, 8));
        reception = await app.As("tiepnhan1");
        Assert.Contains("Mời nhận kết quả sớm", await reception.ReadAsync($"/ho-so/{code}"));
        Redirected(await reception.PostPageAsync($"/ho-so/{code}/nhan-som", null), $"/ho-so/{code}");
        var html = await reception.ReadAsync($"/ho-so/{code}");
        Assert.Contains("Mời nhận kết quả sớm | Chờ trả kết quả → Chờ trả kết quả", TestDossiers.ControlSlip(html)[^1]);
        Assert.Contains("mời người nộp đến nhận sớm", TestDossiers.ControlSlip(html)[^1]);
        Assert.DoesNotContain("/nhan-som", html);
        await (await reception.ApiAsync(code, "early-collection")).RefusedByAsync("R24");

        var portal = await app.Browser().ReadAsync($"/tra-cuu?ma={code}&so=5678");
        Assert.Contains("Đã có kết quả trước ngày hẹn: mời bạn đến nhận sớm", portal);
        Assert.Contains("Mời nhận kết quả sớm", portal);
    }
}
