using MotCua.Domain.Dossiers;
using static MotCua.Domain.Tests.Dossiers.DossierFixture;
using static MotCua.Domain.Tests.TestCalendars;

namespace MotCua.Domain.Tests.Dossiers;

public class UrgingTests
{
    static readonly DateOnly Monday30 = new(2026, 11, 30);

    [Fact]
    public void The_Center_urges_the_agency_with_a_reply_day_on_the_control_slip_and_the_agency_answers_R35()
    {
        var d = InProcessing("2026-11-23T10:00"); // due Monday 30 Nov 17:00
        Ok(d.Urge("Hồ sơ chậm ở bước thẩm định", Monday30, CenterStaff, Local("2026-11-26T09:00"), Default, to: "Phòng Tư pháp"));

        var urge = d.History[^1];
        Assert.Equal(DossierAction.Urge, urge.Action);
        Assert.Equal("Đôn đốc giải quyết hồ sơ", urge.Action.Vietnamese());
        Assert.Equal((CenterStaff.Name, "Phòng Tư pháp", "Hồ sơ chậm ở bước thẩm định"), (urge.By.Name, urge.ReceivedBy, urge.Reason));
        Assert.Equal(Monday30, urge.ReplyBy);
        Assert.Contains("30/11/2026", Assert.Single(urge.Documents));
        Assert.Equal(DossierState.InProcessing, urge.To);
        Assert.Same(urge, d.OpenUrge);
        Assert.False(d.UrgeReplyLate(Local("2026-11-30T17:30"), Default.Calendar));
        Assert.True(d.UrgeReplyLate(Local("2026-12-01T08:00"), Default.Calendar));

        Broken("PHAM-VI", d.AnswerUrge("Chờ xác minh", OtherProcessor, Local("2026-11-27T09:00"), Default));
        Broken("VAI-TRO", d.AnswerUrge("Chờ xác minh", CenterStaff, Local("2026-11-27T09:00"), Default));
        Broken("R13", d.AnswerUrge("  ", Leader, Local("2026-11-27T09:00"), Default));
        Ok(d.AnswerUrge("Chờ kết quả xác minh của Công an xã", Leader, Local("2026-11-27T09:00"), Default));

        var answer = d.History[^1];
        Assert.Equal((DossierAction.AnswerUrge, "Giải trình lý do chậm", Leader.Name), (answer.Action, answer.Action.Vietnamese(), answer.By.Name));
        Assert.Equal("Chờ kết quả xác minh của Công an xã", answer.Reason);
        Assert.Equal(Timeliness.OnTime, answer.HandOver);
        Assert.Null(d.OpenUrge);
        Assert.Null(d.OverdueExplanation); // not overdue: an answer, not an overdue explanation
        Broken("R35", d.AnswerUrge("Lần nữa", Processor, Local("2026-11-27T10:00"), Default));
        Assert.Equal(nameof(DossierRules.NotUrged), d.AnswerUrge("Lần nữa", Processor, Local("2026-11-27T10:00"), Default).Broken!.Name);
    }

    [Fact]
    public void Only_the_Centers_supervisors_urge_only_a_dossier_the_agency_holds_with_a_reason_and_a_reply_day_from_today_R35()
    {
        var d = InProcessing("2026-11-23T10:00");
        var at = Local("2026-11-26T09:00");
        Broken("VAI-TRO", d.Urge("Chậm", Monday30, Processor, at, Default));
        Broken("VAI-TRO", d.Urge("Chậm", Monday30, Reception, at, Default));
        Broken("PHAM-VI", d.Urge("Chậm", Monday30, new Actor("x", "Cán bộ nơi khác", Role.CenterStaff, "khac"), at, Default));
        Broken("R13", d.Urge(" ", Monday30, CenterStaff, at, Default));
        Assert.Equal(nameof(DossierRules.UrgeReplyByInPast), d.Urge("Chậm", new DateOnly(2026, 11, 25), CenterStaff, at, Default).Broken!.Name);
        Ok(d.Urge("Chậm", new DateOnly(2026, 11, 26), Director, at, Default)); // today is not past
        Assert.Single(d.History, h => h.Action == DossierAction.Urge);

        var waiting = InProcessing("2026-11-23T10:00");
        Ok(waiting.RequestSupplement(["Bản sao"], "Thiếu", Processor, Local("2026-11-24T09:00"), Default));
        Broken("TRANG-THAI", waiting.Urge("Chậm", Monday30, CenterStaff, Local("2026-11-24T10:00"), Default));
        Broken("TRANG-THAI", Received().Urge("Chậm", Monday30, CenterStaff, Local("2026-11-23T11:00"), Default));
    }

    [Fact]
    public void A_second_urge_waits_until_the_first_reply_day_is_over_and_a_late_answer_is_marked_late_R35()
    {
        var d = InProcessing("2026-11-23T10:00");
        Ok(d.Urge("Chậm", new DateOnly(2026, 11, 26), CenterStaff, Local("2026-11-25T09:00"), Default));
        var again = d.Urge("Chậm lần hai", Monday30, CenterStaff, Local("2026-11-26T16:00"), Default);
        Assert.Equal(nameof(DossierRules.AlreadyUrged), again.Broken!.Name);
        Assert.Contains("26/11/2026", again.Broken.Message);

        Ok(d.Urge("Chậm lần hai", Monday30, CenterStaff, Local("2026-11-27T08:00"), Default));
        Assert.Equal(Monday30, d.OpenUrge!.ReplyBy);
        Ok(d.AnswerUrge("Cán bộ nghỉ ốm", Processor, Local("2026-12-01T08:00"), Default));
        Assert.Equal(Timeliness.Late, d.History[^1].HandOver);
    }

    [Fact]
    public void The_answer_to_an_urge_about_an_overdue_dossier_is_its_overdue_explanation_and_an_explanation_answers_the_urge_R35()
    {
        var d = InProcessing("2026-11-23T10:00"); // due Monday 30 Nov 17:00
        Ok(d.Urge("Quá hạn chưa giải trình", new DateOnly(2026, 12, 3), CenterStaff, Local("2026-12-01T09:00"), Default));
        Ok(d.AnswerUrge("Chờ kết quả xác minh", Processor, Local("2026-12-02T09:00"), Default));
        Assert.Equal(DossierAction.ExplainOverdue, d.History[^1].Action);
        Assert.False(d.LacksOverdueExplanation(Local("2026-12-02T10:00")));
        Assert.Null(d.OpenUrge);

        var explained = InProcessing("2026-11-23T10:00");
        Ok(explained.Urge("Quá hạn", new DateOnly(2026, 12, 3), CenterStaff, Local("2026-12-01T09:00"), Default));
        Ok(explained.ExplainOverdue("Chờ xác minh", Leader, Local("2026-12-01T10:00")));
        Assert.Null(explained.OpenUrge);

        // Urged again once explained: the answer is an answer to the urge, the explanation stays the first one.
        Ok(explained.Urge("Vẫn chưa có kết quả", new DateOnly(2026, 12, 8), CenterStaff, Local("2026-12-07T09:00"), Default));
        Ok(explained.AnswerUrge("Đã có kết quả xác minh, đang trình ký", Leader, Local("2026-12-07T10:00"), Default));
        Assert.Equal(DossierAction.AnswerUrge, explained.History[^1].Action);
        Assert.Equal("Chờ xác minh", explained.OverdueExplanation!.Reason);
    }
}
