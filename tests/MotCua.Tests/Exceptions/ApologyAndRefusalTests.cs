using System.Net;
using MotCua.Domain.Dossiers;
using MotCua.Tests.Processing;
using static MotCua.Tests.Exceptions.ExceptionDesk;

namespace MotCua.Tests.Exceptions;

/// <summary>The apology with a new date (R18, R46) and the refusal (R17), in the browser and through the API.</summary>
public class ApologyAndRefusalTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_processor_drafts_the_apology_the_leader_approves_it_the_due_date_moves_once_and_a_second_is_refused_R18_R45(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var code = await TestDossiers.ReceiveAsync(app, MaritalStatus, Local(23, 9)); // due Friday 27/11 17:00
        var page = $"/ho-so/{code}";
        app.MoveTo(Local(25, 9));
        var processor = await app.As("chuyenvien1");
        var leader = await app.As("lanhdao1");

        Assert.Contains("Xin lỗi, hẹn lại ngày trả kết quả", await processor.ReadAsync(page));
        Assert.DoesNotContain("Xin lỗi, hẹn lại ngày trả kết quả", await leader.ReadAsync(page)); // nothing to approve yet
        var drafted = await processor.PostPageAsync($"{page}/xin-loi", "Propose",
            new() { ["Reason"] = "Chờ kết quả xác minh của Công an xã", ["NewDate"] = "2026-12-04", ["NewTime"] = "17:00" });
        Redirected(drafted, page);
        Assert.Equal(Local(27, 17), (await LoadAsync(app, code)).Due); // a draft moves nothing
        var approval = await leader.ReadAsync($"{page}/xin-loi");
        Assert.Contains("hẹn lại 17:00 04/12/2026. Lý do: Chờ kết quả xác minh của Công an xã", approval);
        Assert.Contains("17:00 26/11/2026", approval); // the R46 deadline: end of the working day before the due day
        app.MoveTo(Local(25, 10));
        leader = await app.As("lanhdao1");
        processor = await app.As("chuyenvien1");
        Redirected(await leader.PostPageAsync($"{page}/xin-loi", "Approve"), page);

        var html = await leader.ReadAsync(page);
        Assert.Contains("Đã duyệt văn bản xin lỗi; hạn trả kết quả của hồ sơ đã được dời.", html);
        Assert.Contains("Từ 17:00 27/11/2026 đến 17:00 04/12/2026", html); // the original due date stays visible (R45)
        Assert.Contains("Duyệt thư xin lỗi, gia hạn", TestDossiers.ControlSlip(html)[^1]);
        Assert.Equal(Local(34, 17), (await LoadAsync(app, code)).Due);

        var second = await processor.PostPageAsync($"{page}/xin-loi", "Propose",
            new() { ["Reason"] = "Lại chậm", ["NewDate"] = "2026-12-11", ["NewTime"] = "17:00" });
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("Mỗi hồ sơ chỉ được hẹn lại ngày trả kết quả một lần. (R18)", await second.TextAsync());
        var api = await processor.ApiAsync(code, "apology", new { reason = "Lại chậm", newDue = Local(41, 17) });
        Assert.Contains("một lần", await api.RefusedByAsync("R18"));
        Assert.Equal(Local(34, 17), (await LoadAsync(app, code)).Due);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Through_the_API_with_a_bearer_token_an_apology_is_approved_and_one_after_the_day_before_the_due_day_is_refused_R18_R46(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var inTime = await TestDossiers.ReceiveAsync(app, MaritalStatus, Local(23, 9));
        var late = await TestDossiers.ReceiveAsync(app, MaritalStatus, Local(23, 9), applicant: "Lý Văn Bảy");
        app.MoveTo(Local(26, 16));
        var processor = await app.WithTokenAsync("chuyenvien1");
        var leader = await app.WithTokenAsync("lanhdao1");

        var drafted = await (await processor.ApiAsync(inTime, "apology", new { reason = "Chờ xác minh", newDue = Local(34, 17) })).JsonAsync();
        Assert.Equal(Local(34, 17), (DateTimeOffset)drafted["apologyDraftNewDue"]!);
        await (await processor.ApiAsync(inTime, "apology/approval")).RefusedByAsync("VAI-TRO");
        var approved = await (await leader.ApiAsync(inTime, "apology/approval")).JsonAsync();
        Assert.Equal(Local(34, 17), (DateTimeOffset)approved["due"]!);
        Assert.Equal(Local(27, 17), (DateTimeOffset)approved["originalDue"]!);
        Assert.Equal(Local(27, 17), (DateTimeOffset)approved["extendedFrom"]!);
        Assert.Equal("ApproveApology", (string)approved["history"]!.AsArray()[^1]!["action"]!);

        app.MoveTo(Local(27, 8));
        processor = await app.WithTokenAsync("chuyenvien1"); // tokens last an hour of the app's clock
        var tooLate = await processor.ApiAsync(late, "apology", new { reason = "Chờ xác minh", newDue = Local(34, 17) });
        Assert.Contains("17:00 26/11/2026", await tooLate.RefusedByAsync("R46"));
        var noDate = await (await processor.ApiAsync(late, "apology", new { reason = "Chờ", newDue = (DateTimeOffset?)null })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("hẹn trả kết quả mới", (string)noDate["errors"]!["newDue"]![0]!);
        var unsigned = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await unsigned.ApiAsync(late, "apology", new { reason = "x", newDue = Local(34, 17) })).StatusCode);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_refusal_is_the_result_within_the_time_limit_and_one_after_the_due_date_is_refused_naming_the_rule_R17(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var inTime = await TestDossiers.ReceiveAsync(app, MaritalStatus, Local(23, 9)); // due 27/11 17:00
        var apiInTime = await TestDossiers.ReceiveAsync(app, MaritalStatus, Local(23, 9), applicant: "Lý Văn Bảy");
        var late = await TestDossiers.ReceiveAsync(app, MaritalStatus, Local(23, 9), applicant: "Trần Văn Cường");
        app.MoveTo(Local(27, 16));
        var processor = await app.As("chuyenvien1");

        Redirected(await processor.PostPageAsync($"/ho-so/{inTime}", "Refuse", new() { ["Text"] = "Người yêu cầu đang có vợ theo sổ hộ tịch" }), $"/ho-so/{inTime}");
        var refused = await LoadAsync(app, inTime);
        Assert.Equal((DossierState.ResultReady, ResultKind.Refused), (refused.State, refused.Result!.Kind));
        var viaApi = await (await processor.ApiAsync(apiInTime, "refusal", new { text = "Không đủ điều kiện" })).JsonAsync();
        Assert.Equal(("ResultReady", "Refused"), ((string)viaApi["state"]!, (string)viaApi["result"]!));

        app.MoveTo(Local(30, 8));
        processor = await app.As("chuyenvien1");
        // The page offers no refusal past the due date, and says why beside the greyed button (R17).
        var page = await processor.ReadAsync($"/ho-so/{late}");
        Assert.DoesNotContain("handler=Refuse", page);
        Assert.Contains("<button type=\"button\" disabled>Từ chối giải quyết</button> <span class=\"muted\">Chỉ được từ chối trong thời hạn giải quyết (hạn 17:00 27/11/2026); hồ sơ đã quá hạn. (R17)</span>", page);
        var forged = await processor.PostPageAsync($"/ho-so/{late}", "Refuse", new() { ["Text"] = "Không đủ điều kiện" });
        Assert.Contains("Chỉ được từ chối trong thời hạn giải quyết (hạn 17:00 27/11/2026); hồ sơ đã quá hạn. (R17)", await forged.TextAsync());
        Assert.Contains("17:00 27/11/2026", await (await processor.ApiAsync(late, "refusal", new { text = "Không đủ điều kiện" })).RefusedByAsync("R17"));
        Assert.Equal(DossierState.InProcessing, (await LoadAsync(app, late)).State);
    }
}
