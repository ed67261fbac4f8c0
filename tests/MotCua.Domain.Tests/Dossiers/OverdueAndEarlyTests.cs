using MotCua.Domain.Dossiers;
using static MotCua.Domain.Tests.Dossiers.DossierFixture;
using static MotCua.Domain.Tests.TestCalendars;

namespace MotCua.Domain.Tests.Dossiers;

public class OverdueAndEarlyTests
{
    [Fact]
    public void An_overdue_dossier_needs_one_written_explanation_from_its_agency_R35()
    {
        var d = InProcessing("2026-11-23T10:00"); // due Monday 30 Nov 17:00
        Assert.False(d.LacksOverdueExplanation(Local("2026-11-30T17:00")));
        Broken("R35", d.ExplainOverdue("Chờ xác minh", Processor, Local("2026-11-30T16:00")));
        Assert.True(d.LacksOverdueExplanation(Local("2026-12-01T08:00")));

        Broken("PHAM-VI", d.ExplainOverdue("Chờ xác minh", OtherProcessor, Local("2026-12-01T08:00")));
        Broken("VAI-TRO", d.ExplainOverdue("Chờ xác minh", Reception, Local("2026-12-01T08:00")));
        Broken("R35", d.ExplainOverdue("  ", Leader, Local("2026-12-01T08:00")));
        Ok(d.ExplainOverdue("Chờ kết quả xác minh của Công an xã", Leader, Local("2026-12-01T09:00")));
        Assert.False(d.LacksOverdueExplanation(Local("2026-12-02T08:00")));
        Assert.Equal(DossierAction.ExplainOverdue, d.History[^1].Action);
        Assert.Equal(DossierState.InProcessing, d.History[^1].To);
        Assert.Equal("Chờ kết quả xác minh của Công an xã", d.OverdueExplanation!.Reason);
        Broken("R35", d.ExplainOverdue("Lần nữa", Processor, Local("2026-12-02T09:00")));
    }

    [Fact]
    public void A_dossier_finished_late_still_needs_its_explanation_and_one_waiting_for_the_applicant_does_not_R35()
    {
        var late = InProcessing("2026-11-23T10:00");
        Ok(late.Forward(Processor, Local("2026-12-01T08:00"), Default));
        Ok(late.Approve(Leader, Local("2026-12-01T09:00"), Default));
        Ok(late.RecordResult("Giấy chứng nhận", Processor, Local("2026-12-01T10:00"), Default));
        Assert.Equal(Timeliness.Late, late.Timeliness);
        Assert.True(late.LacksOverdueExplanation(Local("2026-12-01T11:00")));
        Ok(late.ExplainOverdue("Cán bộ nghỉ ốm", Processor, Local("2026-12-01T11:00")));

        var waiting = InProcessing("2026-11-23T10:00");
        Ok(waiting.RequestSupplement(["Bản sao"], "Thiếu", Processor, Local("2026-11-24T09:00"), Default));
        Ok(waiting.NotifySupplement(Reception, Local("2026-11-24T10:00")));
        Assert.False(waiting.IsOverdue(Local("2026-12-20T10:00")));
    }

    [Fact]
    public void A_result_at_the_desk_before_the_due_day_invites_the_applicant_to_collect_it_early_once_R24()
    {
        var d = InProcessing("2026-11-23T10:00"); // due Monday 30 Nov
        Ok(d.Forward(Processor, Local("2026-11-23T14:00"), Default));
        Ok(d.Approve(Leader, Local("2026-11-23T15:00"), Default));
        Ok(d.RecordResult("Giấy chứng nhận", Processor, Local("2026-11-23T16:00"), Default));
        Assert.True(d.Result!.Early);
        Broken("TRANG-THAI", d.InviteEarlyCollection(Reception, Local("2026-11-23T16:10"), Default));
        Ok(d.HandToReturnDesk(Processor, Local("2026-11-23T16:30"), Default));
        Assert.True(d.CanCollectEarly(Local("2026-11-25T08:00"), Default));
        Broken("PHAM-VI", d.InviteEarlyCollection(new Actor("x", "Cán bộ khác", Role.Reception, "khac"), Local("2026-11-25T08:00"), Default));
        Ok(d.InviteEarlyCollection(Reception, Local("2026-11-25T08:00"), Default));
        Assert.Equal(DossierAction.InviteEarlyCollection, d.History[^1].Action);
        Assert.Contains("30/11/2026", d.History[^1].Reason);
        Broken("R24", d.InviteEarlyCollection(Reception, Local("2026-11-25T09:00"), Default));
    }

    [Fact]
    public void A_result_on_the_due_day_is_not_early_R24()
    {
        var d = InProcessing("2026-11-23T10:00");
        Ok(d.Forward(Processor, Local("2026-11-30T08:00"), Default));
        Ok(d.Approve(Leader, Local("2026-11-30T09:00"), Default));
        Ok(d.RecordResult("Giấy chứng nhận", Processor, Local("2026-11-30T10:00"), Default));
        Ok(d.HandToReturnDesk(Processor, Local("2026-11-30T10:30"), Default));
        Broken("R24", d.InviteEarlyCollection(Reception, Local("2026-11-30T11:00"), Default));
    }

    [Fact]
    public void Consulted_agencies_are_kept_on_the_dossier_so_they_can_see_it_R19()
    {
        var d = InProcessing("2026-11-23T10:00");
        Ok(d.Consult([OtherAgency], "Xin ý kiến", Local("2026-11-25T17:00"), Processor, Local("2026-11-23T11:00"), Default));
        Assert.Equal([OtherAgency], d.ConsultedAgencyIds);
    }
}

public class LateConsultationTests
{
    [Fact]
    public void A_late_consultation_is_resolved_by_the_lead_agency_or_the_Center_only_once_late_and_the_dossier_goes_on_R19()
    {
        var d = InProcessing("2026-11-23T10:00");
        Ok(d.Consult([OtherAgency, "000.00.17.H22"], "Xin ý kiến", Local("2026-11-25T17:00"), Processor, Local("2026-11-23T11:00"), Default));
        var early = d.ResolveLateConsultation(OtherAgency, "Tiếp tục giải quyết", Processor, Local("2026-11-25T16:00"));
        Broken("R19", early);
        Assert.Contains("25/11/2026", early.Broken!.Message);
        Broken("PHAM-VI", d.ResolveLateConsultation(OtherAgency, "Đôn đốc", OtherProcessor, Local("2026-11-26T08:00")));
        Broken("VAI-TRO", d.ResolveLateConsultation(OtherAgency, "Đôn đốc", Reception, Local("2026-11-26T08:00")));
        Broken("R13", d.ResolveLateConsultation(OtherAgency, " ", Processor, Local("2026-11-26T08:00")));

        Ok(d.ResolveLateConsultation(OtherAgency, "Báo cáo UBND huyện; tiếp tục giải quyết", Processor, Local("2026-11-26T08:00")));
        Assert.Equal(DossierState.Consulting, d.State); // one more is still open
        Assert.True(d.Consultations[0].Unanswered);
        Broken("R19", d.ResolveLateConsultation(OtherAgency, "Lần nữa", Processor, Local("2026-11-26T08:10")));
        Ok(d.ResolveLateConsultation("000.00.17.H22", "Trung tâm đôn đốc, tiếp tục giải quyết", CenterStaff, Local("2026-11-26T08:30")));
        Assert.Equal(DossierState.InProcessing, d.State);
        Assert.Equal(DossierAction.ResolveLateConsultation, d.History[^1].Action);
        Assert.Equal(Timeliness.Late, d.History[^1].HandOver);
    }
}
