using System.Net;
using MotCua.Domain.Dossiers;
using MotCua.Tests.Processing;
using static MotCua.Tests.Exceptions.ExceptionDesk;

namespace MotCua.Tests.Exceptions;

/// <summary>Consultation (R19): the lead agency asks, the consulted agencies answer or decline, late replies are flagged; scoping holds.</summary>
public class ConsultationTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_lead_agency_consults_two_agencies_one_answers_one_declines_late_and_the_late_reply_is_flagged_R19(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var code = await TestDossiers.ReceiveAsync(app, MaritalStatus, Local(23, 9));
        var lead = await app.As("chuyenvien1");
        Assert.Contains("Lấy ý kiến cơ quan phối hợp", await lead.ReadAsync($"/ho-so/{code}"));

        var asked = await lead.PostPairsAsync($"/ho-so/{code}/lay-y-kien",
        [
            new("Agencies", Finance), new("Agencies", Infrastructure),
            new("Question", "Đề nghị cho ý kiến về nơi cư trú của người yêu cầu"), new("ReplyDate", "2026-11-25"),
        ]);
        Redirected(asked, $"/ho-so/{code}");
        Assert.Equal(DossierState.Consulting, (await LoadAsync(app, code)).State);

        // The consulted agency sees the dossier only to answer: in its consultations, not in its inbox or on the dossier page.
        var finance = await app.As("chuyenvien2");
        var list = await finance.ReadAsync("/xin-y-kien");
        Assert.Contains($"/xin-y-kien/{code}", list);
        Assert.Contains("Đang chờ trả lời", list);
        Assert.Null(TestDossiers.InboxRow(await finance.ReadAsync("/xu-ly"), code));
        Assert.Equal(HttpStatusCode.NotFound, (await finance.GetAsync($"/ho-so/{code}")).StatusCode);
        Assert.Contains("Đề nghị cho ý kiến về nơi cư trú của người yêu cầu", await finance.ReadAsync($"/xin-y-kien/{code}"));
        app.MoveTo(Local(25, 10));
        finance = await app.As("chuyenvien2");
        Redirected(await finance.PostPageAsync($"/xin-y-kien/{code}", null, new() { ["Text"] = "Thống nhất, không có ý kiến khác" }), "/xin-y-kien");
        Assert.Contains("Đã trả lời", await finance.ReadAsync("/xin-y-kien"));
        var again = await finance.PostPageAsync($"/xin-y-kien/{code}", null, new() { ["Text"] = "Lần nữa" });
        Assert.Contains("Cơ quan này không được xin ý kiến về hồ sơ, hoặc đã trả lời. (R19)", await again.TextAsync());

        // Past the deadline: flagged to the lead agency and to the Center.
        app.MoveTo(Local(26, 9));
        lead = await app.As("chuyenvien1");
        var leadList = await lead.ReadAsync("/xin-y-kien");
        Assert.Contains("Quá hạn trả lời: cần đôn đốc", TestDossiers.InboxRow(leadList, $"{code}-{Infrastructure}"));
        Assert.Contains("Quá hạn trả lời", await lead.ReadAsync($"/ho-so/{code}/lay-y-kien"));
        var center = await app.As("giamsat");
        Assert.Contains("Quá hạn trả lời: cần đôn đốc", TestDossiers.InboxRow(await center.ReadAsync("/xin-y-kien"), $"{code}-{Infrastructure}"));

        // The late agency declines through the API: outside its remit; the dossier goes back to processing, the reply marked late.
        var infrastructure = await app.As("chuyenvien3");
        var declined = await (await infrastructure.ApiAsync(code, "consultation-answer", new { answer = "Nội dung không thuộc lĩnh vực của phòng", declined = true })).JsonAsync();
        Assert.Equal("InProcessing", (string)declined["state"]!);
        var late = declined["consultations"]!.AsArray().Single(c => (string)c!["agencyId"]! == Infrastructure)!;
        Assert.True((bool)late["declined"]! && (bool)late["late"]!);
        var answered = declined["consultations"]!.AsArray().Single(c => (string)c!["agencyId"]! == Finance)!;
        Assert.False((bool)answered["late"]!);
        Assert.Contains("Trả lời muộn", TestDossiers.InboxRow(await lead.ReadAsync("/xin-y-kien"), $"{code}-{Infrastructure}"));
        var slip = TestDossiers.ControlSlip(await lead.ReadAsync($"/ho-so/{code}"));
        Assert.Contains("Trả lời xin ý kiến | Đang lấy ý kiến → Đang giải quyết", slip[^1]);
        Assert.EndsWith("| Quá hạn", slip[^1]); // the reply came after its deadline
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_agency_that_was_not_consulted_sees_nothing_of_the_dossier_on_pages_or_in_the_API_R19(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var code = await TestDossiers.ReceiveAsync(app, MaritalStatus, Local(23, 9));
        var lead = await app.WithTokenAsync("chuyenvien1");
        var consulted = await (await lead.ApiAsync(code, "consultations",
            new { agencyIds = new[] { Finance }, question = "Xin ý kiến", replyBy = Local(25, 17) })).JsonAsync();
        Assert.Equal("Consulting", (string)consulted["state"]!);
        await (await lead.ApiAsync(code, "consultations", new { agencyIds = new[] { Justice }, question = "Tự hỏi", replyBy = Local(25, 17) })).RefusedByAsync("TRANG-THAI");

        var unrelated = await app.As("chuyenvien4");
        Assert.DoesNotContain(code, await unrelated.ReadAsync("/xin-y-kien"));
        Assert.Equal(HttpStatusCode.NotFound, (await unrelated.GetAsync($"/xin-y-kien/{code}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await unrelated.GetAsync($"/ho-so/{code}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await unrelated.GetAsync($"/api/v1/officer/dossiers/{code}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await unrelated.ApiAsync(code, "consultation-answer", new { answer = "Đồng ý", declined = false })).StatusCode);
        Assert.Empty((await (await unrelated.GetAsync("/api/v1/officer/consultations")).JsonAsync()).AsArray());

        // The consulted agency sees it through its consultations, and may not act on it as if it were its own.
        var finance = await app.WithTokenAsync("chuyenvien2");
        Assert.Equal(code, (string)(await (await finance.GetAsync("/api/v1/officer/consultations")).JsonAsync()).AsArray().Single()!["code"]!);
        Assert.Equal(HttpStatusCode.NotFound, (await finance.ApiAsync(code, "refusal", new { text = "Không" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await finance.GetAsync($"/api/v1/officer/dossiers/{code}")).StatusCode);
        var answered = await (await finance.ApiAsync(code, "consultation-answer", new { answer = "Đồng ý", declined = false })).JsonAsync();
        Assert.Equal("InProcessing", (string)answered["state"]!);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_consultation_left_unanswered_past_its_deadline_is_resolved_by_the_Center_or_the_lead_agency_and_the_dossier_goes_on_R19(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var code = await TestDossiers.ReceiveAsync(app, MaritalStatus, Local(23, 9));
        var lead = await app.As("chuyenvien1");
        await (await lead.ApiAsync(code, "consultations",
            new { agencyIds = new[] { Finance, Infrastructure }, question = "Xin ý kiến", replyBy = Local(25, 17) })).JsonAsync();
        await (await lead.ApiAsync(code, $"consultations/{Finance}/resolution", new { text = "Tiếp tục" })).RefusedByAsync("R19"); // not late yet

        app.MoveTo(Local(26, 8));
        var center = await app.As("giamsat");
        var page = await center.ReadAsync($"/ho-so/{code}/lay-y-kien");
        Assert.Contains("Ghi nhận hướng xử lý", page);
        Redirected(await center.PostPageAsync($"/ho-so/{code}/lay-y-kien", "Resolve",
            new() { ["Agency"] = Finance, ["Resolution"] = "Trung tâm đã đôn đốc; báo cáo UBND huyện" }), $"/ho-so/{code}");
        Assert.Equal(DossierState.Consulting, (await LoadAsync(app, code)).State);

        lead = await app.As("chuyenvien1");
        var resolved = await (await lead.ApiAsync(code, $"consultations/{Infrastructure}/resolution", new { text = "Tiếp tục giải quyết không chờ ý kiến" })).JsonAsync();
        Assert.Equal("InProcessing", (string)resolved["state"]!);
        Assert.All(resolved["consultations"]!.AsArray(), c => Assert.True((bool)c!["unanswered"]!));
        Assert.Contains("Quá hạn, không trả lời: đã xử lý", await lead.ReadAsync("/xin-y-kien"));
        var slip = TestDossiers.ControlSlip(await lead.ReadAsync($"/ho-so/{code}"));
        Assert.Contains("Xử lý xin ý kiến quá hạn | Đang lấy ý kiến → Đang lấy ý kiến", slip[^2]);
        Assert.Contains("Trung tâm đã đôn đốc; báo cáo UBND huyện", slip[^2]);
        Assert.Contains("Xử lý xin ý kiến quá hạn | Đang lấy ý kiến → Đang giải quyết", slip[^1]);
        // The unanswered agency may no longer answer.
        var finance = await app.As("chuyenvien2");
        await (await finance.ApiAsync(code, "consultation-answer", new { answer = "Muộn", declined = false })).RefusedByAsync("TRANG-THAI");
    }
}
