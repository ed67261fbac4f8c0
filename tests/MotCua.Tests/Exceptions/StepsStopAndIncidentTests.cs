using System.Net;
using MotCua.Domain.Dossiers;
using MotCua.Tests.Processing;
using static MotCua.Tests.Exceptions.ExceptionDesk;

namespace MotCua.Tests.Exceptions;

/// <summary>Send back, recall, stop at the applicant's request (Mẫu 05) and incidents (R20), in the browser and through the API.</summary>
public class StepsStopAndIncidentTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_sender_recalls_a_dossier_the_receiver_has_not_touched_and_the_leader_sends_back_with_a_reason_R13_R14(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var code = await TestDossiers.ReceiveAsync(app, MaritalStatus, Local(23, 9)); // transferred by tiepnhan1 at 09:10
        var page = $"/ho-so/{code}";
        var reception = await app.As("tiepnhan1");
        Assert.DoesNotContain("Thu hồi hồ sơ vừa chuyển", await (await app.As("tiepnhan2")).ReadAsync(page)); // only who sent it
        Assert.Contains("Thu hồi hồ sơ vừa chuyển", await reception.ReadAsync(page));
        Redirected(await reception.PostPageAsync(page, "Recall"), page);
        var html = await reception.ReadAsync(page);
        Assert.Contains("Đã thu hồi hồ sơ vừa chuyển.", html);
        Assert.Contains("Thu hồi hồ sơ đã chuyển | Đang giải quyết → Đã tiếp nhận", TestDossiers.ControlSlip(html)[^1]);

        // Transferred again on the page, recalled through the API; a second recall has nothing to take back.
        Redirected(await reception.PostPageAsync(page, "Transfer"), page);
        var recalled = await (await reception.ApiAsync(code, "recall")).JsonAsync();
        Assert.Equal("Received", (string)recalled["state"]!);
        await (await reception.ApiAsync(code, "recall")).RefusedByAsync("R13");
        Redirected(await reception.PostPageAsync(page, "Transfer"), page);

        var processor = await app.As("chuyenvien1");
        Redirected(await processor.PostPageAsync(page, "Forward"), page);
        await (await processor.ApiAsync(code, "recall", new { })).JsonAsync(); // the processor takes it back from the leader
        Redirected(await processor.PostPageAsync(page, "Forward"), page);
        var leader = await app.As("lanhdao1");
        await (await leader.ApiAsync(code, "send-back", new { text = " " })).RefusedByAsync("R13");
        var sentBack = await (await leader.ApiAsync(code, "send-back", new { text = "Cần xác minh nơi cư trú" })).JsonAsync();
        Assert.Equal(0, (int)sentBack["step"]!);
        Assert.Equal("Cần xác minh nơi cư trú", (string)sentBack["history"]!.AsArray()[^1]!["reason"]!);
        var notJson = await leader.PostAsync($"/api/v1/officer/dossiers/{code}/send-back", new StringContent("text=x"));
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_Center_stops_a_dossier_at_the_applicants_request_before_the_decision_and_a_stop_after_it_is_refused_naming_the_rule(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var before = await TestDossiers.ReceiveAsync(app, MaritalStatus, Local(23, 9));
        var viaApi = await TestDossiers.ReceiveAsync(app, MaritalStatus, Local(23, 9), applicant: "Lý Văn Bảy");
        var decided = await TestDossiers.ReceiveAsync(app, MaritalStatus, Local(23, 9), applicant: "Trần Văn Cường");
        var reception = await app.As("tiepnhan1");
        var processor = await app.As("chuyenvien1");
        var leader = await app.As("lanhdao1");

        Assert.Contains("Dừng giải quyết theo yêu cầu người nộp", await reception.ReadAsync($"/ho-so/{before}"));
        Assert.DoesNotContain("Dừng giải quyết theo yêu cầu người nộp", await processor.ReadAsync($"/ho-so/{before}"));
        Redirected(await reception.PostPageAsync($"/ho-so/{before}/dung-giai-quyet", null, new() { ["Reason"] = "Người nộp có đơn xin dừng" }), $"/ho-so/{before}");
        var stopped = await LoadAsync(app, before);
        Assert.Equal(DossierState.Stopped, stopped.State);
        Assert.Equal(["Thông báo dừng giải quyết hồ sơ"], stopped.History[^1].Documents);
        var viaApiStopped = await (await reception.ApiAsync(viaApi, "stop", new { text = "Người nộp xin dừng" })).JsonAsync();
        Assert.Equal("Dừng giải quyết", (string)viaApiStopped["stateName"]!);

        // The decision is issued: the result is recorded; a stop is refused from then on.
        Redirected(await processor.PostPageAsync($"/ho-so/{decided}", "Forward"), $"/ho-so/{decided}");
        Redirected(await leader.PostPageAsync($"/ho-so/{decided}", "Approve"), $"/ho-so/{decided}");
        await (await processor.ApiAsync(decided, "result", new { text = "Đã cấp Giấy xác nhận tình trạng hôn nhân" })).JsonAsync();
        Assert.DoesNotContain("Dừng giải quyết theo yêu cầu người nộp", await reception.ReadAsync($"/ho-so/{decided}"));
        var page = await reception.PostPageAsync($"/ho-so/{decided}/dung-giai-quyet", null, new() { ["Reason"] = "Không cần nữa" });
        Assert.Contains("Chỉ được dừng giải quyết khi chưa ban hành quyết định hoặc thông báo kết quả (Điều 21 Nghị định 118/2025/NĐ-CP). (NĐ118-Đ21)", await page.TextAsync());
        Assert.Contains("Điều 21", await (await reception.ApiAsync(decided, "stop", new { text = "Không cần nữa" })).RefusedByAsync("NĐ118-Đ21"));
        Assert.Equal(DossierState.ResultReady, (await LoadAsync(app, decided)).State);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Incidents_record_the_responsible_party_and_what_was_done_and_an_incomplete_one_is_refused_R20(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var code = await TestDossiers.ReceiveAsync(app, MaritalStatus, Local(23, 9));
        var staff = await app.As("giamsat");
        Assert.Contains("Ghi nhận sự cố", await staff.ReadAsync($"/ho-so/{code}"));
        var incomplete = await staff.PostPageAsync($"/ho-so/{code}/su-co", null,
            new() { ["Kind"] = "Lost", ["Description"] = "Thất lạc bản chính tờ khai", ["ResponsibleParty"] = "", ["ActionTaken"] = "Đã liên hệ" });
        Assert.Contains("Sự cố phải nêu nội dung, bên chịu trách nhiệm và biện pháp đã xử lý. (R20)", await incomplete.TextAsync());
        Redirected(await staff.PostPageAsync($"/ho-so/{code}/su-co", null, new()
        {
            ["Kind"] = "Damaged", ["Description"] = "Bản chính bị rách khi chuyển", ["ResponsibleParty"] = "Nhân viên bưu chính",
            ["ActionTaken"] = "Lập biên bản; bưu chính chịu chi phí cấp lại",
        }), $"/ho-so/{code}");
        var html = await staff.ReadAsync($"/ho-so/{code}/su-co");
        Assert.Contains("Hư hỏng hồ sơ", html);
        Assert.Contains("Nhân viên bưu chính", html);

        var processor = await app.As("chuyenvien1");
        // A kind that is not one of R20's is invalid input, named by its field.
        var unknownKind = await processor.ApiAsync(code, "incidents", new { kind = "Stolen", description = "x", responsibleParty = "y", actionTaken = "z" });
        Assert.Contains("thất lạc", (string)(await unknownKind.JsonAsync(HttpStatusCode.BadRequest))["errors"]!["kind"]![0]!);
        await (await processor.ApiAsync(code, "incidents", new { kind = "Lost", description = " ", responsibleParty = "y", actionTaken = "z" })).RefusedByAsync("R20");
        var wrong = await (await processor.ApiAsync(code, "incidents",
            new { kind = "WrongResult", description = "Sai năm sinh trên kết quả", responsibleParty = "Chuyên viên thẩm định", actionTaken = "Cấp lại kết quả đúng" })).JsonAsync();
        Assert.Equal("RecordIncident", (string)wrong["history"]!.AsArray()[^1]!["action"]!);
        Assert.Equal("InProcessing", (string)wrong["state"]!);
        var dossier = await LoadAsync(app, code);
        Assert.Equal([IncidentKind.Damaged, IncidentKind.WrongResult], dossier.Incidents.Select(i => i.Kind));
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As("chuyenvien2")).ApiAsync(code, "incidents",
            new { kind = "Lost", description = "x", responsibleParty = "y", actionTaken = "z" })).StatusCode);
    }
}
