using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Domain.Dossiers;
using MotCua.Features.Supplements;
using MotCua.Platform;
using MotCua.Tests.Processing;
using static MotCua.Tests.Exceptions.ExceptionDesk;

namespace MotCua.Tests.Exceptions;

/// <summary>The supplement path over HTTP (R15, R16): request, notice, completion at the counter or online, closure.</summary>
public class SupplementTests
{
    /// <summary>Where applicants never come back the waiting pile up: the desk shows a page of them and counts them all.</summary>
    [Fact]
    public async Task The_supplement_desk_counts_every_dossier_waiting_for_its_applicant_and_shows_the_first_page_R16()
    {
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 0);
        var codes = await TestDossiers.ReceiveManyAsync(app, MaritalStatus, Local(20, 9), IndexModel.Shown + 3);
        await using (var db = app.NewDbContext())
        {
            var locality = await app.Services.GetRequiredService<LocalitySource>().GetAsync(db);
            var processor = await Reception.Desk.ActorAsync(db, "chuyenvien1", Domain.Role.Processor);
            var reception = await Reception.Desk.ActorAsync(db, "tiepnhan1", Domain.Role.Reception);
            foreach (var dossier in await db.Dossiers.Include(d => d.History).Include(d => d.Version).ToListAsync())
            {
                Assert.True(dossier.RequestSupplement(["Bản sao giấy tờ tùy thân"], "Bản chụp không rõ", processor, Local(23, 9), locality).Succeeded);
                Assert.True(dossier.NotifySupplement(reception, Local(23, 10)).Succeeded);
            }
            await db.SaveChangesAsync();
        }

        var desk = await (await app.SignedIn("tiepnhan1")).ReadAsync("/bo-sung");
        Assert.Contains($"Chờ người nộp bổ sung ({IndexModel.Shown + 3})", desk);
        Assert.Contains($"Hiển thị {IndexModel.Shown} hồ sơ đầu theo mã hồ sơ", desk);
        var waiting = desk[desk.IndexOf("id=\"waiting\"", StringComparison.Ordinal)..];
        var shown = System.Text.RegularExpressions.Regex.Matches(waiting, "<tr id=\"([^\"]+)\">").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(codes.Order(StringComparer.Ordinal).Take(IndexModel.Shown), shown.Order(StringComparer.Ordinal));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_processor_requests_a_supplement_the_Center_notifies_and_receives_it_and_the_clock_restarts_from_zero_R15_R45(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var code = await TestDossiers.ReceiveAsync(app, MaritalStatus, Local(23, 9)); // due Friday 27/11 17:00 (24/11 is a holiday)
        var page = $"/ho-so/{code}";
        var processor = await app.SignedIn("chuyenvien1");
        var reception = await app.SignedIn("tiepnhan1");

        Assert.Contains("Yêu cầu bổ sung hồ sơ", await processor.ReadAsync(page));
        var empty = await processor.PostPageAsync($"{page}/bo-sung", "Request", new() { ["Items"] = " ", ["Reason"] = "Thiếu" });
        Assert.Contains("Phiếu yêu cầu bổ sung phải nêu từng nội dung cần bổ sung và lý do. (R15)", await empty.TextAsync());

        app.MoveTo(Local(25, 9));
        processor = await app.SignedIn("chuyenvien1");
        reception = await app.SignedIn("tiepnhan1");
        var requested = await processor.PostPageAsync($"{page}/bo-sung", "Request",
            new() { ["Items"] = "Bản sao giấy tờ tùy thân\nGiấy xác nhận nơi cư trú", ["Reason"] = "Chưa chứng minh được nơi cư trú" });
        Redirected(requested, page);
        var html = await processor.ReadAsync(page);
        Assert.Contains("Đã yêu cầu bổ sung hồ sơ", html);
        Assert.Contains("Tạm dừng tính thời hạn do yêu cầu bổ sung hồ sơ", html);
        Assert.Contains("Yêu cầu bổ sung hồ sơ | Đang giải quyết → Yêu cầu bổ sung", TestDossiers.ControlSlip(html)[^1]);

        // The Center notifies the applicant (Mẫu 02), then receives the complete dossier at the counter.
        Assert.Contains("Thông báo, nhận hồ sơ bổ sung", await reception.ReadAsync(page));
        var desk = await reception.ReadAsync("/bo-sung");
        Assert.Contains("Chờ thông báo người nộp (1)", desk);
        Assert.Contains("Bản sao giấy tờ tùy thân; Giấy xác nhận nơi cư trú", TestDossiers.InboxRow(desk, code));
        Redirected(await reception.PostPageAsync($"{page}/bo-sung", "Notify"), page);
        Assert.Equal(DossierState.WaitingForApplicant, (await LoadAsync(app, code)).State);
        desk = await reception.ReadAsync("/bo-sung");
        Assert.Contains("Chờ người nộp bổ sung (1)", desk);
        Assert.Contains("Không tự động đóng", TestDossiers.InboxRow(desk, code)); // the default profile never closes (R16)
        app.MoveTo(Local(30, 10));
        reception = await app.SignedIn("tiepnhan1");
        Redirected(await reception.PostPageAsync($"{page}/bo-sung", "Resubmit", new() { ["Components"] = MaritalForm }), page);

        html = await reception.ReadAsync(page);
        Assert.Contains("Đã nhận hồ sơ bổ sung; thời hạn giải quyết tính lại từ đầu.", html);
        var dossier = await LoadAsync(app, code);
        Assert.Equal((DossierState.InProcessing, 0), (dossier.State, dossier.Step!.Value));
        Assert.Equal(Local(33, 17), dossier.Due); // 3 working days from Tuesday 1/12
        Assert.Equal(Local(27, 17), dossier.OriginalDue);
        Assert.Contains("17:00 03/12/2026", html);
        Assert.Contains("17:00 27/11/2026", html); // the original due date stays visible (R45)
        Assert.Contains("Tính lại từ đầu sau khi nhận hồ sơ bổ sung", html);
        Assert.Contains($"/tiep-nhan/giay-hen/{code}", await reception.ReadAsync($"{page}/bo-sung"));
        Assert.Contains("17 giờ 00 phút, ngày 03 tháng 12 năm 2026", await reception.ReadAsync($"/tiep-nhan/giay-hen/{code}")); // the receipt shows the new due date
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_supplement_request_after_the_profiles_limit_is_refused_with_the_rule_on_the_page_and_in_the_API_R15(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var code = await TestDossiers.ReceiveAsync(app, MaritalStatus, Local(23, 9)); // requests until Friday 27/11 17:00
        app.MoveTo(Local(30, 8));
        var processor = await app.SignedIn("chuyenvien1");

        Assert.DoesNotContain("Yêu cầu bổ sung hồ sơ", await processor.ReadAsync($"/ho-so/{code}"));
        var late = await processor.PostPageAsync($"/ho-so/{code}/bo-sung", "Request", new() { ["Items"] = "Bản sao", ["Reason"] = "Thiếu" });
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Contains("Đã quá thời hạn yêu cầu bổ sung hồ sơ (chậm nhất 17:00 27/11/2026). (R15)", await late.TextAsync());

        var api = await processor.ApiAsync(code, "supplement-request", new { items = new[] { "Bản sao" }, reason = "Thiếu" });
        Assert.Contains("17:00 27/11/2026", await api.RefusedByAsync("R15"));
        Assert.Equal(DossierState.InProcessing, (await LoadAsync(app, code)).State);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Through_the_API_the_processor_requests_the_Center_notifies_and_the_applicant_completes_online_with_the_new_due_date_R15(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var code = await TestDossiers.ReceiveAsync(app, MaritalStatus, Local(23, 9));
        app.MoveTo(Local(25, 9));
        var processor = await app.SignedIn("chuyenvien1");
        var reception = await app.SignedIn("tiepnhan1");
        var requested = await (await processor.ApiAsync(code, "supplement-request",
            new { items = new[] { "Bản sao giấy tờ tùy thân" }, reason = "Bản sao không rõ" })).JsonAsync();
        Assert.Equal("SupplementRequested", (string)requested["state"]!);
        Assert.Null(requested["due"]);
        await (await processor.ApiAsync(code, "supplement-notice")).RefusedByAsync("VAI-TRO");
        var notified = await (await reception.ApiAsync(code, "supplement-notice")).JsonAsync();
        Assert.Equal("Chờ bổ sung hồ sơ", (string)notified["stateName"]!);

        // The applicant finds the dossier with its code and phone digits, sees the items and completes it online.
        var citizen = app.Browser();
        Assert.Contains("Không tìm thấy hồ sơ với mã và số điện thoại này", await citizen.ReadAsync($"/bo-sung-ho-so?ma={code}&so=0000"));
        var lookup = $"/bo-sung-ho-so?ma={code}&so=5678";
        var html = await citizen.ReadAsync(lookup);
        Assert.Contains("Bản sao giấy tờ tùy thân", html);
        Assert.Contains("Bản sao không rõ", html);
        app.MoveTo(Local(26, 14));
        processor = await app.SignedIn("chuyenvien1");
        var forged = await citizen.PostAsync("/bo-sung-ho-so", new FormUrlEncodedContent(new Dictionary<string, string> { ["ma"] = code, ["so"] = "5678", ["Components"] = MaritalForm }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode); // no anti-forgery token
        var wrongDigits = await citizen.PostFormAsync("/bo-sung-ho-so", new() { ["ma"] = code, ["so"] = "1111", ["Components"] = MaritalForm }, formPage: lookup);
        Assert.Contains("Không tìm thấy hồ sơ với mã và số điện thoại này", await wrongDigits.TextAsync());
        var completed = await citizen.PostFormAsync("/bo-sung-ho-so", new() { ["ma"] = code, ["so"] = "5678", ["Components"] = MaritalForm }, formPage: lookup);
        Redirected(completed, lookup);
        html = await citizen.ReadAsync(lookup);
        Assert.Contains("Đã nhận hồ sơ bổ sung. Thời hạn giải quyết tính lại từ đầu; hẹn trả kết quả mới: 17:00 01/12/2026.", html);
        Assert.Contains("17:00 27/11/2026", html); // the first appointment stays visible

        var dossier = await (await processor.GetAsync($"/api/v1/officer/dossiers/{code}")).JsonAsync();
        Assert.Equal("InProcessing", (string)dossier["state"]!);
        Assert.Equal("Applicant", (await LoadAsync(app, code)).History[^1].By.Role.ToString());
        Assert.Equal("Resubmit", (string)dossier["history"]!.AsArray()[^1]!["action"]!);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Under_Thai_Nguyen_the_job_closes_a_dossier_15_days_after_the_notice_once_even_when_two_runs_race_R16(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        await UseProfileAsync(app, "thai-nguyen-province-2026");
        var code = await TestDossiers.ReceiveAsync(app, MaritalStatus, Local(23, 9));
        app.MoveTo(Local(25, 9));
        var processor = await app.SignedIn("chuyenvien1");
        var reception = await app.SignedIn("tiepnhan1");
        await (await processor.ApiAsync(code, "supplement-request", new { items = new[] { "Bản sao" }, reason = "Thiếu" })).JsonAsync();
        await (await reception.ApiAsync(code, "supplement-notice")).JsonAsync();
        var waiting = await (await reception.GetAsync($"/api/v1/officer/dossiers/{code}")).JsonAsync();
        Assert.Equal(Local(40, 17), (DateTimeOffset)waiting["closesUnsupplementedAt"]!); // 15 calendar days after 25/11: Thursday 10/12
        Assert.Contains("17:00 10/12/2026", await reception.ReadAsync($"/ho-so/{code}/bo-sung"));

        var locality = await app.Services.GetRequiredService<LocalitySource>().GetAsync(app.NewDbContext());
        app.MoveTo(Local(40, 16));
        await using (var db = app.NewDbContext())
            Assert.Empty(await SupplementClosure.RunAsync(db, locality, app.Clock.GetUtcNow()));

        // Two nodes run the job at the same instant (and the app's own job may run too, its timer fired by the clock): the dossier is closed once.
        app.MoveTo(Local(40, 17, 30));
        reception = await app.SignedIn("tiepnhan1");
        await using var first = app.NewDbContext();
        await using var second = app.NewDbContext();
        var runs = await Task.WhenAll(SupplementClosure.RunAsync(first, locality, app.Clock.GetUtcNow()), SupplementClosure.RunAsync(second, locality, app.Clock.GetUtcNow()));
        Assert.True(runs.SelectMany(r => r).Count() <= 1, "two runs both closed the dossier");
        await using (var db = app.NewDbContext())
            Assert.Empty(await SupplementClosure.RunAsync(db, locality, app.Clock.GetUtcNow()));
        var closed = await LoadAsync(app, code);
        Assert.Equal(DossierState.ClosedUnsupplemented, closed.State);
        Assert.Single(closed.History, h => h.Action == DossierAction.CloseUnsupplemented);
        Assert.Equal("Hệ thống", closed.History[^1].By.Name);
        Assert.Contains("Đóng hồ sơ do không bổ sung", await reception.ReadAsync($"/ho-so/{code}"));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_hosted_job_closes_waiting_dossiers_when_its_period_passes_and_a_profile_without_closure_never_closes_R16(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var first = await TestDossiers.ReceiveAsync(app, MaritalStatus, Local(23, 9));
        var second = await TestDossiers.ReceiveAsync(app, MaritalStatus, Local(23, 9), applicant: "Lý Văn Bảy");
        app.MoveTo(Local(25, 9));
        var processor = await app.SignedIn("chuyenvien1");
        var reception = await app.SignedIn("tiepnhan1");
        foreach (var code in new[] { first, second })
        {
            await (await processor.ApiAsync(code, "supplement-request", new { items = new[] { "Bản sao" }, reason = "Thiếu" })).JsonAsync();
            await (await reception.ApiAsync(code, "supplement-notice")).JsonAsync();
        }
        var locality = await app.Services.GetRequiredService<LocalitySource>().GetAsync(app.NewDbContext());
        await using (var db = app.NewDbContext())
            Assert.Empty(await SupplementClosure.RunAsync(db, locality, Local(25, 9).AddYears(1))); // the default profile never closes

        await UseProfileAsync(app, "thai-nguyen-province-2026");
        app.MoveTo(Local(41, 9));
        app.Clock.Advance(new SupplementClosureOptions().Interval); // the job's timer fires on the app's clock
        // The job runs on its own task: wait for its work (not for a time), then check what it did.
        var dossier = await LoadAsync(app, second);
        for (var i = 0; i < 400 && dossier.State != DossierState.ClosedUnsupplemented; i++)
        {
            await Task.Delay(50);
            dossier = await LoadAsync(app, second);
        }
        Assert.Equal(DossierState.ClosedUnsupplemented, dossier.State);
        Assert.Equal(DossierState.ClosedUnsupplemented, (await LoadAsync(app, first)).State); // closed in code order: the first before the second
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_online_completion_page_is_rate_limited_like_the_status_lookup_so_codes_cannot_be_tried_in_bulk_R15(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var code = await TestDossiers.ReceiveAsync(app, MaritalStatus, Local(23, 9));
        var client = app.Browser();
        // Ten lookups a minute per client; the eleventh is refused, even with the right digits.
        for (var i = 0; i < 10; i++)
            Assert.Contains("Không tìm thấy hồ sơ với mã và số điện thoại này", await client.ReadAsync($"/bo-sung-ho-so?ma={code}&so=000{i}"));
        var limited = await client.GetAsync($"/bo-sung-ho-so?ma={code}&so=5678");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("Bạn đã tra cứu quá nhiều lần", await limited.TextAsync());
    }
}
