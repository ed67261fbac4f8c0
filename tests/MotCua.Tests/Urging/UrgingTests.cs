using System.Net;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Tests.Processing;
using static MotCua.Tests.Exceptions.ExceptionDesk;

namespace MotCua.Tests.Urging;

/// <summary>The Center urges the competent agency about slow or overdue dossiers; the agency answers in writing (R35).</summary>
public class UrgingTests
{
    const string Certification = "2.001035"; // 2 working days

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_Center_urges_a_dossier_the_agency_answers_and_the_control_slip_shows_both_with_who_and_when_R35(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0); // now Monday 23/11 10:00
        var code = await TestDossiers.ReceiveAsync(app, MaritalStatus, Local(23, 9));
        var center = await app.As("giamsat");

        Assert.Contains("Đôn đốc cơ quan giải quyết", await center.ReadAsync($"/ho-so/{code}"));
        var form = await center.ReadAsync($"/ho-so/{code}/don-doc");
        Assert.Contains("value=\"2026-11-26\"", form); // two working days after Monday 23/11, Tuesday 24/11 being Vietnamese Culture Day
        Redirected(await center.PostPageAsync($"/ho-so/{code}/don-doc", "Urge",
            new() { ["Reason"] = "Đề nghị báo cáo tiến độ thẩm định", ["ReplyBy"] = "2026-11-26" }), $"/ho-so/{code}");
        var urged = TestDossiers.ControlSlip(await center.ReadAsync($"/ho-so/{code}"))[^1];
        Assert.Contains("10:00 23/11/2026 | Đôn đốc giải quyết hồ sơ | Đang giải quyết → Đang giải quyết | Phạm Thu Hà Cán bộ Trung tâm | Phòng Tư pháp", urged);
        Assert.Contains("Đề nghị báo cáo tiến độ thẩm định | Văn bản đôn đốc, hạn trả lời 26/11/2026", urged);

        var processor = await app.As("chuyenvien1");
        var inbox = await processor.ReadAsync("/xu-ly");
        Assert.Contains("Chờ trả lời văn bản đôn đốc của Trung tâm (1)", inbox);
        Assert.Contains("trả lời trước hết ngày 26/11/2026", inbox);
        Assert.Contains("Trả lời văn bản đôn đốc của Trung tâm", await processor.ReadAsync($"/ho-so/{code}"));
        await using (var db = app.NewDbContext())
            Assert.Contains(await db.OfficerNotifications.Where(n => n.UnitId == Justice).Select(n => n.Text).ToListAsync(),
                t => t == $"Trung tâm đôn đốc giải quyết hồ sơ {code}: gửi văn bản giải trình lý do chậm trước hết ngày 26/11/2026.");

        // Only the Center's supervisors urge; only the competent agency answers.
        await (await processor.ApiAsync(code, "urge", new { reason = "Tự đôn đốc" })).RefusedByAsync("VAI-TRO");
        await (await center.ApiAsync(code, "urge-answer", new { text = "Trung tâm trả lời thay" })).RefusedByAsync("VAI-TRO");
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As("chuyenvien2")).ApiAsync(code, "urge-answer", new { text = "Cơ quan khác" })).StatusCode);
        await (await center.ApiAsync(code, "urge", new { reason = "Lần hai" })).RefusedByAsync("R35"); // the reply day is not over

        app.MoveTo(Local(25, 14, 30));
        var leader = await app.As("lanhdao1");
        Redirected(await leader.PostPageAsync($"/ho-so/{code}/don-doc", "Answer", new() { ["Answer"] = "Chờ trích lục hộ tịch từ Sở Tư pháp; dự kiến xong 26/11" }),
            $"/ho-so/{code}");
        center = await app.As("giamsat");
        var answered = TestDossiers.ControlSlip(await center.ReadAsync($"/ho-so/{code}"))[^1];
        Assert.Contains("14:30 25/11/2026 | Giải trình lý do chậm | Đang giải quyết → Đang giải quyết | Trương Văn Hùng Lãnh đạo cơ quan | Trung tâm Phục vụ hành chính công", answered);
        Assert.Contains("Chờ trích lục hộ tịch từ Sở Tư pháp; dự kiến xong 26/11 | Văn bản giải trình lý do chậm | Đúng hạn", answered);
        Assert.Contains("Đôn đốc cơ quan giải quyết", await center.ReadAsync($"/ho-so/{code}")); // answered: the Center may urge again
        Assert.DoesNotContain("Chờ trả lời văn bản đôn đốc", await (await app.As("chuyenvien1")).ReadAsync("/xu-ly"));
        await using (var db = app.NewDbContext())
            Assert.Single(await db.OfficerNotifications.Where(n => n.UnitId == MotCua.Features.Demo.DemoCatalog.Center.Id && n.Role == "CenterStaff")
                .Where(n => n.Text == $"Hồ sơ {code}: cơ quan giải quyết đã giải trình lý do chậm.").ToListAsync());
        await (await leader.ApiAsync(code, "urge-answer", new { text = "Lần nữa" })).RefusedByAsync("R35");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_Center_urges_a_list_of_overdue_dossiers_and_learns_which_were_urged_and_why_the_others_were_not_R35(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0); // now Monday 23/11 10:00
        var overdue = await TestDossiers.ReceiveManyAsync(app, Certification, Local(18, 9), 2); // due Friday 20/11 17:00
        var fresh = await TestDossiers.ReceiveAsync(app, MaritalStatus, Local(23, 9)); // due Friday 27/11
        var center = await app.As("giamsat");
        var viaApi = await (await center.ApiAsync(overdue[1], "urge", new { reason = "Hồ sơ quá hạn 1 ngày" })).JsonAsync();
        Assert.Contains("Văn bản đôn đốc, hạn trả lời 26/11/2026", (string)viaApi["history"]!.AsArray()[^1]!["documents"]![0]!);

        var list = await center.ReadAsync($"/giam-sat/don-doc?Agency={Justice}");
        Assert.NotNull(TestDossiers.InboxRow(list, overdue[0]));
        Assert.Contains("Chờ trả lời đến 26/11/2026", TestDossiers.InboxRow(list, overdue[1]));
        Assert.Null(TestDossiers.InboxRow(list, fresh));
        Assert.Contains("value=\"2026-11-26\"", list);

        var missing = $"{Justice}-261123-9999";
        var response = await center.PostPairsAsync("/giam-sat/don-doc",
        [
            new("Codes", overdue[0]), new("Codes", overdue[1]), new("Codes", "khong-phai-ma"), new("Codes", missing),
            new("Reason", "Đề nghị giải trình lý do quá hạn"), new("ReplyBy", "2026-11-25"),
        ]);
        var report = System.Text.RegularExpressions.Regex.Replace(await response.TextAsync(), "<[^>]+>", "");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Kết quả đôn đốc: 1 / 4 hồ sơ", report);
        Assert.Contains($"{overdue[0]}: Đã gửi văn bản đôn đốc đến Phòng Tư pháp huyện Vĩnh An.", report);
        Assert.Contains($"{overdue[1]}: Hồ sơ đã được đôn đốc; cơ quan giải quyết còn hạn trả lời đến hết ngày 26/11/2026. (R35)", report);
        Assert.Contains("khong-phai-ma: Mã hồ sơ không hợp lệ.", report);
        Assert.Contains($"{missing}: Không có hồ sơ {missing} trong phạm vi đơn vị của cán bộ.", report);

        var urged = await LoadAsync(app, overdue[0]);
        Assert.Equal((new DateOnly(2026, 11, 25), "Đề nghị giải trình lý do quá hạn"), (urged.OpenUrge!.ReplyBy!.Value, urged.OpenUrge.Reason));
        Assert.Single((await LoadAsync(app, overdue[1])).History, h => h.Action == DossierAction.Urge);

        // Overdue and unexplained: the answer is the overdue explanation the Center watches for.
        var processor = await app.As("chuyenvien1");
        Assert.Contains("Chờ trả lời văn bản đôn đốc của Trung tâm (2)", await processor.ReadAsync("/xu-ly"));
        var answer = await (await processor.ApiAsync(overdue[0], "urge-answer", new { text = "Cán bộ thụ lý nghỉ ốm" })).JsonAsync();
        Assert.Equal("ExplainOverdue", (string)answer["history"]!.AsArray()[^1]!["action"]!);
        Assert.Equal("Cán bộ thụ lý nghỉ ốm", (string)answer["overdueExplanation"]!);
        Assert.Contains("Chờ trả lời văn bản đôn đốc của Trung tâm (1)", await processor.ReadAsync("/xu-ly"));
    }

    /// <summary>The list is selected by the database: the agency's panel holds exactly the dossiers whose urge the aggregate finds open.</summary>
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_agencys_panel_holds_exactly_the_dossiers_the_aggregate_finds_awaiting_a_reply_R35(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var codes = await TestDossiers.ReceiveManyAsync(app, MaritalStatus, Local(23, 9), 4);
        var center = await app.As("giamsat");
        foreach (var code in codes)
            await (await center.ApiAsync(code, "urge", new { reason = "Đôn đốc", replyBy = "2026-11-23" })).JsonAsync();
        var processor = await app.As("chuyenvien1");
        await (await processor.ApiAsync(codes[0], "urge-answer", new { text = "Đã xử lý" })).JsonAsync();
        app.MoveTo(Local(25, 8));
        center = await app.As("giamsat");
        await (await center.ApiAsync(codes[0], "urge", new { reason = "Đôn đốc lần hai" })).JsonAsync(); // open again
        await (await center.ApiAsync(codes[1], "urge", new { reason = "Đôn đốc lần hai" })).JsonAsync(); // the first reply day is over
        await (await (await app.As("lanhdao1")).ApiAsync(codes[2], "urge-answer", new { text = "Đã trình ký" })).JsonAsync();

        await using var db = app.NewDbContext();
        var expected = (await db.Dossiers.Include(d => d.History).ToListAsync()).Where(d => d.OpenUrge is not null).Select(d => d.Code.ToString()).Order().ToList();
        Assert.Equal([codes[0], codes[1], codes[3]], expected);
        var inbox = await (await app.As("chuyenvien1")).ReadAsync("/xu-ly");
        var panel = inbox[inbox.IndexOf("id=\"urged\"", StringComparison.Ordinal)..inbox.IndexOf("</section>", inbox.IndexOf("id=\"urged\"", StringComparison.Ordinal), StringComparison.Ordinal)];
        Assert.Contains("(3)", panel);
        Assert.Equal(expected, System.Text.RegularExpressions.Regex.Matches(panel, "href=\"/ho-so/([^/\"]+)/don-doc\"").Select(m => m.Groups[1].Value).Order().ToList());
        Assert.Contains("due-late\">trả lời trước hết ngày 23/11/2026", panel); // codes[3]: its reply day is over
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Bad_input_is_refused_with_a_Vietnamese_message_as_400_on_the_pages_and_in_the_API_R35(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0); // now Monday 23/11 10:00
        var code = await TestDossiers.ReceiveAsync(app, MaritalStatus, Local(23, 9));
        var center = await app.As("giamsat");

        await Invalid(center.ApiAsync(code, "urge", new { reason = "  " }), "reason", "Nhập nội dung đôn đốc.");
        await Invalid(center.ApiAsync(code, "urge", new { reason = "Đôn\u0007 đốc" }), "reason", "ký tự điều khiển");
        await Invalid(center.ApiAsync(code, "urge", new { reason = new string('a', 2001) }), "reason", "không quá 2000 ký tự");
        await Invalid(center.ApiAsync(code, "urge", new { reason = "Đôn đốc", replyBy = "2026-11-20" }), "replyBy",
            "Hạn trả lời văn bản đôn đốc không được trước ngày hôm nay. (hôm nay là 23/11/2026)");
        await Invalid(center.ApiAsync(code, "urge", new { reason = "Đôn đốc", replyBy = "ngày mai" }), "replyBy", "sai kiểu dữ liệu");
        await Invalid((await app.As("chuyenvien1")).ApiAsync(code, "urge-answer", new { text = "" }), "text", "Nhập lý do chậm.");

        var past = await center.PostPageAsync($"/ho-so/{code}/don-doc", "Urge", new() { ["Reason"] = "Đôn đốc", ["ReplyBy"] = "2026-11-20" });
        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
        Assert.Contains("Hạn trả lời văn bản đôn đốc không được trước ngày hôm nay.", await past.TextAsync());
        var control = await center.PostPageAsync($"/ho-so/{code}/don-doc", "Urge", new() { ["Reason"] = "Đôn\u0001đốc", ["ReplyBy"] = "2026-11-25" });
        Assert.Equal(HttpStatusCode.BadRequest, control.StatusCode);
        Assert.Contains("ký tự điều khiển", await control.TextAsync());
        var none = await center.PostPairsAsync("/giam-sat/don-doc", [new("Reason", "Đôn đốc"), new("ReplyBy", "2026-11-25")]);
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Contains("Chọn ít nhất một hồ sơ để đôn đốc.", await none.TextAsync());
        var empty = await center.PostPairsAsync("/giam-sat/don-doc", [new("Codes", code), new("Reason", ""), new("ReplyBy", "2026-11-25")]);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Nhập nội dung đôn đốc.", await empty.TextAsync());
        Assert.DoesNotContain((await LoadAsync(app, code)).History, h => h.Action == DossierAction.Urge);

        // The bulk page is the Center's supervisors' only.
        var agency = await (await app.As("chuyenvien1")).GetAsync("/giam-sat/don-doc");
        Assert.NotEqual(HttpStatusCode.OK, agency.StatusCode);
    }

    static async Task Invalid(Task<HttpResponseMessage> sending, string field, string message)
    {
        var problem = await (await sending).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains(message, (string)problem["errors"]![field]![0]!);
    }
}
