using Microsoft.Extensions.DependencyInjection;
using MotCua.Domain.Dossiers;
using MotCua.Features.Supplements;
using MotCua.Platform;
using MotCua.Tests.Processing;
using static MotCua.Tests.Exceptions.ExceptionDesk;

namespace MotCua.Tests.Exceptions;

/// <summary>
/// Issue 4's paths under each of the five locality profiles, where their rules differ (RULES.md, the
/// profile table): closure of unsupplemented dossiers, the result's hand-over deadline, the supplement
/// limit, consultation; each walked over HTTP like an officer does.
/// </summary>
public class ProfileScenarioTests
{
    /// <summary>The processor forwards, the leader approves, the processor records the result: each on its page or endpoint, at <paramref name="at"/> and the minutes after.</summary>
    static async Task DecideAsync(MotCuaApp app, string code, DateTimeOffset at)
    {
        app.MoveTo(at);
        var processor = await app.As("chuyenvien1");
        var leader = await app.As("lanhdao1");
        Redirected(await processor.PostPageAsync($"/ho-so/{code}", "Forward"), $"/ho-so/{code}");
        app.MoveTo(at.AddMinutes(5));
        Redirected(await leader.PostPageAsync($"/ho-so/{code}", "Approve"), $"/ho-so/{code}");
        app.MoveTo(at.AddMinutes(10));
        await (await processor.ApiAsync(code, "result", new { text = "Đã cấp Giấy xác nhận tình trạng hôn nhân" })).JsonAsync();
    }

    static async Task<string> HandOverAsync(MotCuaApp app, string code, DateTimeOffset at)
    {
        app.MoveTo(at);
        var processor = await app.As("chuyenvien1");
        Redirected(await processor.PostPageAsync($"/ho-so/{code}", "HandToReturnDesk"), $"/ho-so/{code}");
        return TestDossiers.ControlSlip(await processor.ReadAsync($"/ho-so/{code}"))[^1];
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Thai_Nguyen_closes_a_dossier_left_unsupplemented_15_days_after_the_notice_and_not_one_completed_in_time_R15_R16(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        await UseProfileAsync(app, "thai-nguyen-province-2026");
        var left = await TestDossiers.ReceiveAsync(app, MaritalStatus, Local(23, 9));
        var completed = await TestDossiers.ReceiveAsync(app, MaritalStatus, Local(23, 9), applicant: "Lý Văn Bảy");
        app.MoveTo(Local(26, 9));
        var processor = await app.As("chuyenvien1");
        var reception = await app.As("tiepnhan1");
        foreach (var code in new[] { left, completed })
        {
            Redirected(await processor.PostPageAsync($"/ho-so/{code}/bo-sung", "Request", new() { ["Items"] = "Giấy xác nhận nơi cư trú", ["Reason"] = "Thiếu" }), $"/ho-so/{code}");
            Redirected(await reception.PostPageAsync($"/ho-so/{code}/bo-sung", "Notify"), $"/ho-so/{code}");
        }
        Assert.Contains("17:00 11/12/2026", await reception.ReadAsync($"/ho-so/{left}/bo-sung")); // 15 days after Thursday 26/11

        app.MoveTo(Local(41, 11));
        var citizen = app.Browser();
        var lookup = $"/bo-sung-ho-so?ma={completed}&so=5678";
        Redirected(await citizen.PostFormAsync("/bo-sung-ho-so", new() { ["ma"] = completed, ["so"] = "5678", ["Components"] = MaritalForm }, formPage: lookup), lookup);

        app.MoveTo(Local(41, 17, 1));
        var locality = await app.Services.GetRequiredService<LocalitySource>().GetAsync(app.NewDbContext());
        await using (var db = app.NewDbContext())
            await SupplementClosure.RunAsync(db, locality, app.Clock.GetUtcNow()); // the app's own job may have closed it first: either way once
        Assert.Equal(DossierState.ClosedUnsupplemented, (await LoadAsync(app, left)).State);
        Assert.Single((await LoadAsync(app, left)).History, h => h.Action == DossierAction.CloseUnsupplemented);
        Assert.Equal(DossierState.InProcessing, (await LoadAsync(app, completed)).State);
        reception = await app.As("tiepnhan1");
        Assert.Contains("Người nộp không bổ sung hồ sơ trong thời hạn.", await reception.ReadAsync($"/ho-so/{left}"));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Bac_Kan_never_closes_a_dossier_waiting_for_its_supplement_and_refuses_a_request_after_three_working_days_R15_R16(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        await UseProfileAsync(app, "bac-kan-ward-2025");
        var waiting = await TestDossiers.ReceiveAsync(app, MaritalStatus, Local(23, 9));
        var late = await TestDossiers.ReceiveAsync(app, MaritalStatus, Local(23, 9), applicant: "Lý Văn Bảy");
        app.MoveTo(Local(27, 16));
        var processor = await app.As("chuyenvien1");
        var reception = await app.As("tiepnhan1");
        Redirected(await processor.PostPageAsync($"/ho-so/{waiting}/bo-sung", "Request", new() { ["Items"] = "Bản sao", ["Reason"] = "Thiếu" }), $"/ho-so/{waiting}");
        await (await reception.ApiAsync(waiting, "supplement-notice")).JsonAsync();
        var state = await (await reception.GetAsync($"/api/v1/officer/dossiers/{waiting}")).JsonAsync();
        Assert.Null(state["closesUnsupplementedAt"]);

        app.MoveTo(Local(30, 8));
        processor = await app.As("chuyenvien1");
        await (await processor.ApiAsync(late, "supplement-request", new { items = new[] { "Bản sao" }, reason = "Thiếu" })).RefusedByAsync("R15");

        var locality = await app.Services.GetRequiredService<LocalitySource>().GetAsync(app.NewDbContext());
        await using (var db = app.NewDbContext())
            Assert.Empty(await SupplementClosure.RunAsync(db, locality, Local(30, 8).AddMonths(6)));
        Assert.Equal(DossierState.WaitingForApplicant, (await LoadAsync(app, waiting)).State);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Bac_Ninh_wants_the_result_at_the_desk_by_the_previous_afternoon_or_two_working_hours_before_a_timed_appointment_R23_R18(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        await UseProfileAsync(app, "bac-ninh-province-2023");
        var dateOnly = await TestDossiers.ReceiveAsync(app, MaritalStatus, Local(23, 9)); // due Friday 27/11 (end of the day)
        var timedInTime = await TestDossiers.ReceiveAsync(app, MaritalStatus, Local(23, 9), applicant: "Lý Văn Bảy");
        var timedLate = await TestDossiers.ReceiveAsync(app, MaritalStatus, Local(23, 9), applicant: "Trần Văn Cường");

        // An apology gives two dossiers a timed appointment: Friday 4/12 at 10:00.
        app.MoveTo(Local(25, 9));
        var processor = await app.As("chuyenvien1");
        var leader = await app.As("lanhdao1");
        foreach (var code in new[] { timedInTime, timedLate })
        {
            await (await processor.ApiAsync(code, "apology", new { reason = "Chờ xác minh", newDue = Local(34, 10) })).JsonAsync();
            await (await leader.ApiAsync(code, "apology/approval")).JsonAsync();
        }

        // Date only: the result must reach the desk by the end of Thursday's afternoon; Friday morning is late.
        await DecideAsync(app, dateOnly, Local(27, 7, 40));
        Assert.EndsWith("| Quá hạn", await HandOverAsync(app, dateOnly, Local(27, 8)));

        // Timed at 10:00: two working hours before is 08:00 the same morning.
        await DecideAsync(app, timedInTime, Local(34, 7, 30));
        Assert.EndsWith("| Đúng hạn", await HandOverAsync(app, timedInTime, Local(34, 7, 55)));
        await DecideAsync(app, timedLate, Local(34, 8));
        Assert.EndsWith("| Quá hạn", await HandOverAsync(app, timedLate, Local(34, 8, 30)));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Vinh_Long_sends_results_through_the_postal_courier_so_a_hand_over_on_the_due_morning_is_on_time_and_refusals_stay_within_the_limit_R23_R17(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        await UseProfileAsync(app, "vinh-long-province-2025");
        var decided = await TestDossiers.ReceiveAsync(app, MaritalStatus, Local(23, 9));
        var refusedLate = await TestDossiers.ReceiveAsync(app, MaritalStatus, Local(23, 9), applicant: "Lý Văn Bảy");
        await DecideAsync(app, decided, Local(27, 7, 40));
        Assert.EndsWith("| Đúng hạn", await HandOverAsync(app, decided, Local(27, 8))); // no deadline before the appointment

        app.MoveTo(Local(30, 8));
        var processor = await app.As("chuyenvien1");
        await (await processor.ApiAsync(refusedLate, "refusal", new { text = "Không đủ điều kiện" })).RefusedByAsync("R17");
        var reception = await app.As("tiepnhan1");
        Assert.Contains("Điều 21", await (await reception.ApiAsync(decided, "stop", new { text = "Không cần nữa" })).RefusedByAsync("NĐ118-Đ21"));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Cam_Pha_tracks_consultations_with_their_own_deadlines_and_the_apology_stays_once_R19_R18(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        await UseProfileAsync(app, "cam-pha-city-2022");
        var code = await TestDossiers.ReceiveAsync(app, MaritalStatus, Local(23, 9));
        var lead = await app.As("chuyenvien1");
        await (await lead.ApiAsync(code, "consultations", new { agencyIds = new[] { Finance }, question = "Xin ý kiến", replyBy = Local(25, 17) })).JsonAsync();

        app.MoveTo(Local(26, 8));
        lead = await app.As("chuyenvien1");
        Assert.Contains("Quá hạn trả lời: cần đôn đốc", await lead.ReadAsync("/xin-y-kien"));
        var drafted = await lead.PostPageAsync($"/ho-so/{code}/xin-loi", "Propose",
            new() { ["Reason"] = "Chờ ý kiến Phòng Tài chính - Kế hoạch", ["NewDate"] = "2026-12-03", ["NewTime"] = "17:00" });
        Redirected(drafted, $"/ho-so/{code}");
        var leader = await app.As("lanhdao1");
        Redirected(await leader.PostPageAsync($"/ho-so/{code}/xin-loi", "Approve"), $"/ho-so/{code}");
        Assert.Equal(Local(33, 17), (await LoadAsync(app, code)).Due);
        await (await lead.ApiAsync(code, "apology", new { reason = "Lại chậm", newDue = Local(38, 17) })).RefusedByAsync("R18");

        var finance = await app.As("chuyenvien2");
        var answered = await (await finance.ApiAsync(code, "consultation-answer", new { answer = "Đồng ý", declined = false })).JsonAsync();
        Assert.True((bool)answered["consultations"]![0]!["late"]!);
        Assert.Equal("InProcessing", (string)answered["state"]!);
    }
}
