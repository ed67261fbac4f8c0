using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Profiles;
using MotCua.Domain.Time;
using static MotCua.Domain.Tests.Dossiers.DossierFixture;
using static MotCua.Domain.Tests.TestCalendars;

namespace MotCua.Domain.Tests.Dossiers;

public class ExceptionPathTests
{
    static readonly string[] Items = ["Bản sao có chứng thực giấy tờ chứng minh"];

    [Fact]
    public void A_supplement_request_within_three_working_days_pauses_the_clock_and_resubmission_restarts_it_from_zero_R15_R45()
    {
        var d = InProcessing("2026-11-23T10:00"); // due 30 Nov
        Assert.Equal("2026-11-26T17:00", Show(d.SupplementDeadline(Default)!.Value));
        Ok(d.RequestSupplement(Items, "Bản sao chưa chứng thực", Processor, Local("2026-11-25T09:00"), Default));
        Assert.Equal(DossierState.SupplementRequested, d.State);
        Assert.True(d.Clock!.IsPaused);
        Assert.Null(d.Due);
        Ok(d.NotifySupplement(Reception, Local("2026-11-25T10:00")));
        Assert.Equal(DossierState.WaitingForApplicant, d.State);
        Ok(d.Resubmit([new SubmittedComponent("Bản sao giấy tờ chứng minh", 0, 1)], Reception, Local("2026-12-03T14:00"), Default));

        Assert.Equal((DossierState.InProcessing, 0), (d.State, d.Step!.Value));
        Assert.Equal("2026-12-10T17:00", Show(d.Due!.Value)); // 5 working days from Friday 4 Dec: the clock restarted
        Assert.Equal("2026-11-30T17:00", Show(d.OriginalDue!.Value)); // R45: the first due date stays visible
        Assert.Equal([ClockSegmentKind.Running, ClockSegmentKind.Paused, ClockSegmentKind.Restarted], d.Clock.Segments.Select(s => s.Kind));
        Assert.Equal(Local("2026-11-25T09:00"), d.Clock.Segments[0].End);
        Assert.Equal(Local("2026-12-03T14:00"), d.Supplements[0].CompletedAt);
    }

    [Fact]
    public void A_supplement_request_after_three_working_days_is_refused_R15()
    {
        var d = InProcessing("2026-11-23T10:00");
        var outcome = d.RequestSupplement(Items, "Thiếu giấy tờ", Processor, Local("2026-11-27T08:00"), Default);
        Broken("R15", outcome);
        Assert.Contains("26/11/2026", outcome.Broken!.Message);
        Assert.Equal(DossierState.InProcessing, d.State);
        Broken("R15", d.RequestSupplement([], "Thiếu giấy tờ", Processor, Local("2026-11-24T08:00"), Default));
    }

    [Fact]
    public void Under_Thai_Nguyen_a_dossier_waiting_for_a_supplement_closes_15_days_after_the_notice_R16()
    {
        var thaiNguyen = At(LocalityProfiles.Get("thai-nguyen-province-2026"));
        var d = InProcessing("2026-11-23T10:00", thaiNguyen);
        Ok(d.RequestSupplement(Items, "Thiếu giấy tờ", Processor, Local("2026-11-24T09:00"), thaiNguyen));
        Ok(d.NotifySupplement(Reception, Local("2026-11-24T10:00")));
        Assert.Equal("2026-12-09T17:00", Show(d.ClosesUnsupplementedAt(thaiNguyen)!.Value));
        Broken("R16", d.CloseUnsupplemented(Job, Local("2026-12-09T16:00"), thaiNguyen));
        Ok(d.CloseUnsupplemented(Job, Local("2026-12-09T17:00"), thaiNguyen));
        Assert.Equal(DossierState.ClosedUnsupplemented, d.State);
        Assert.True(d.State.IsFinal());
    }

    [Theory]
    [InlineData("2026-11-24T10:00")] // in working hours
    [InlineData("2026-11-24T18:00")] // after hours, the same day
    [InlineData("2026-11-24T23:59")]
    public void Under_Thai_Nguyen_the_15_days_count_from_the_day_after_the_notice_whatever_its_hour_R16_R44(string notice)
    {
        var thaiNguyen = At(LocalityProfiles.Get("thai-nguyen-province-2026"));
        var d = InProcessing("2026-11-23T10:00", thaiNguyen);
        Ok(d.RequestSupplement(Items, "Thiếu giấy tờ", Processor, Local("2026-11-24T09:00"), thaiNguyen));
        Ok(d.NotifySupplement(Reception, Local(notice)));
        // Day 1 is Wednesday 25 Nov, day 15 Wednesday 9 Dec, a working day.
        Assert.Equal("2026-12-09T17:00", Show(d.ClosesUnsupplementedAt(thaiNguyen)!.Value));
        Broken("R16", d.CloseUnsupplemented(Job, Local("2026-12-09T16:59"), thaiNguyen));
        Ok(d.CloseUnsupplemented(Job, Local("2026-12-09T17:00"), thaiNguyen));
    }

    [Fact]
    public void Under_Bac_Kan_a_dossier_waiting_for_a_supplement_is_never_closed_automatically_R16()
    {
        var bacKan = At(LocalityProfiles.Get("bac-kan-ward-2025"));
        var d = InProcessing("2026-11-23T10:00", bacKan);
        Ok(d.RequestSupplement(Items, "Thiếu giấy tờ", Processor, Local("2026-11-24T09:00"), bacKan));
        Ok(d.NotifySupplement(Reception, Local("2026-11-24T10:00")));
        Assert.Null(d.ClosesUnsupplementedAt(bacKan));
        Broken("R16", d.CloseUnsupplemented(Job, Local("2027-06-01T10:00"), bacKan));
        Assert.Equal(DossierState.WaitingForApplicant, d.State);
    }

    [Fact]
    public void A_refusal_is_entered_as_the_result_within_the_time_limit_and_refused_after_it_R17()
    {
        var inTime = InProcessing("2026-11-23T10:00");
        Ok(inTime.Refuse("Không đủ điều kiện theo Điều 5", Processor, Local("2026-11-30T16:00"), Default));
        Assert.Equal((DossierState.ResultReady, ResultKind.Refused), (inTime.State, inTime.Result!.Kind));
        Assert.Equal("Không đủ điều kiện theo Điều 5", inTime.Result.Description);

        var late = InProcessing("2026-11-23T10:00");
        var outcome = late.Refuse("Không đủ điều kiện", Processor, Local("2026-12-01T08:00"), Default);
        Broken("R17", outcome);
        Assert.Contains("30/11/2026", outcome.Broken!.Message);
    }

    [Fact]
    public void An_apology_drafted_by_the_processor_and_approved_by_the_leader_moves_the_due_date_once_R18_R45()
    {
        var d = InProcessing("2026-11-23T10:00"); // due Monday 30 Nov 17:00
        Broken("R18", d.ApproveApology(Leader, Local("2026-11-26T09:00"), Default));
        Ok(d.ProposeApology("Chờ kết quả xác minh của cơ quan khác", Local("2026-12-04T17:00"), Processor, Local("2026-11-26T09:00"), Default));
        Broken("VAI-TRO", d.ApproveApology(Processor, Local("2026-11-26T10:00"), Default));
        Ok(d.ApproveApology(Leader, Local("2026-11-26T10:00"), Default));
        Assert.Equal("2026-12-04T17:00", Show(d.Due!.Value));
        Assert.Equal("2026-11-30T17:00", Show(d.OriginalDue!.Value));
        Assert.Equal("2026-11-30T17:00", Show(d.Clock!.Extension!.PreviousDue));

        var second = d.ProposeApology("Lại chậm", Local("2026-12-11T17:00"), Processor, Local("2026-12-01T09:00"), Default);
        Broken("R18", second);
        Assert.Contains("một lần", second.Broken!.Message);
    }

    [Fact]
    public void An_apology_after_the_end_of_the_working_day_before_the_due_day_is_refused_R46()
    {
        var d = InProcessing("2026-11-23T10:00"); // due Monday 30 Nov → deadline Friday 27 Nov 17:00
        Ok(d.ProposeApology("Chờ xác minh", Local("2026-12-04T17:00"), Processor, Local("2026-11-27T16:59"), Default));
        var outcome = d.ApproveApology(Leader, Local("2026-11-30T08:00"), Default);
        Broken("R46", outcome);
        Assert.Contains("27/11/2026", outcome.Broken!.Message);
        Broken("R46", InProcessing().ProposeApology("Chờ", Local("2026-11-30T16:00"), Processor, Local("2026-11-25T09:00"), Default)); // not later
    }

    [Fact]
    public void Consulted_agencies_answer_or_decline_within_their_own_deadline_and_late_replies_show_R19()
    {
        var d = InProcessing("2026-11-23T10:00");
        Broken("R19", d.Consult([OtherAgency], "Xin ý kiến về quy hoạch", Local("2026-11-23T09:00"), Processor, Local("2026-11-23T11:00"), Default));
        Ok(d.Consult([OtherAgency, "000.00.17.H22"], "Xin ý kiến về quy hoạch", Local("2026-11-25T17:00"), Processor, Local("2026-11-23T11:00"), Default));
        Assert.Equal(DossierState.Consulting, d.State);
        Broken("R19", d.AnswerConsultation("Đồng ý", false, Processor, Local("2026-11-24T09:00"), Default)); // the lead agency was not consulted
        Ok(d.AnswerConsultation("Đồng ý, phù hợp quy hoạch", false, OtherProcessor, Local("2026-11-24T09:00"), Default));
        Assert.Equal(DossierState.Consulting, d.State);
        Assert.Equal(["000.00.17.H22"], d.LateConsultations(Local("2026-11-26T08:00")).Select(c => c.AgencyId));
        Ok(d.AnswerConsultation("Không thuộc thẩm quyền", true, new Actor("u-17", "Vũ Văn Giang", Role.Processor, "000.00.17.H22"), Local("2026-11-26T09:00"), Default));
        Assert.Equal(DossierState.InProcessing, d.State);
        Assert.Equal(Timeliness.Late, d.History[^1].HandOver);
        Assert.True(d.Consultations[1].Declined);
    }

    [Fact]
    public void A_stop_at_the_applicants_request_is_allowed_before_the_decision_and_refused_after_it()
    {
        var before = InProcessing();
        Ok(before.Stop("Người nộp xin rút để bổ sung hồ sơ khác", Reception, Local("2026-11-24T09:00")));
        Assert.Equal(DossierState.Stopped, before.State);
        Assert.Equal(["Thông báo dừng giải quyết hồ sơ"], before.History[^1].Documents);

        var after = InProcessing();
        Ok(after.Forward(Processor, Local("2026-11-23T14:00"), Default));
        Ok(after.Approve(Leader, Local("2026-11-23T15:00"), Default));
        Ok(after.RecordResult("Giấy chứng nhận", Processor, Local("2026-11-23T16:00"), Default));
        var outcome = after.Stop("Không cần nữa", Reception, Local("2026-11-24T09:00"));
        Broken("NĐ118-Đ21", outcome);
        Assert.Contains("quyết định", outcome.Broken!.Message);
    }

    [Fact]
    public void Incidents_record_who_is_responsible_and_what_was_done_without_changing_the_state_R20()
    {
        var d = InProcessing();
        Broken("R20", d.RecordIncident(IncidentKind.Lost, "Thất lạc bản chính", "", "Đã liên hệ", CenterStaff, Local("2026-11-24T09:00")));
        Broken("PHAM-VI", d.RecordIncident(IncidentKind.Lost, "Thất lạc", "Bưu điện", "Đã liên hệ", OtherProcessor, Local("2026-11-24T09:00")));
        Ok(d.RecordIncident(IncidentKind.Damaged, "Bản chính bị rách khi vận chuyển", "Nhân viên bưu chính", "Lập biên bản, bưu chính chịu chi phí cấp lại", CenterStaff, Local("2026-11-24T09:00")));
        Assert.Equal(DossierState.InProcessing, d.State);
        Assert.Equal("Nhân viên bưu chính", d.Incidents.Single().ResponsibleParty);
        Assert.Equal(DossierAction.RecordIncident, d.History[^1].Action);
    }

    [Fact]
    public void A_holiday_announced_late_recomputes_the_due_date_and_the_history_records_it_R48()
    {
        var d = InProcessing("2026-11-23T10:00"); // due 30 Nov
        var withNewHoliday = new WorkingCalendar(Vietnam2026.Definition with { Holidays = [.. Vietnam2026.Definition.Holidays, new DateOnly(2026, 11, 27)] });
        var changed = new Locality(LocalityProfiles.Default, withNewHoliday);
        Assert.True(d.RecomputeDue(changed, Job, Local("2026-11-24T08:00")));
        Assert.Equal("2026-12-01T17:00", Show(d.Due!.Value));
        Assert.Equal("2026-11-25T17:00", Show(d.StepDue!.Value)); // step 1 (2 days from Monday) is not touched by the new holiday
        Assert.Contains("30/11/2026", d.History[^1].Reason);
        Assert.Contains("01/12/2026", d.History[^1].Reason);
        Assert.False(d.RecomputeDue(changed, Job, Local("2026-11-24T08:05"))); // nothing changes twice
    }

    [Fact]
    public void The_due_change_a_calendar_would_make_is_told_without_changing_the_dossier_and_is_what_recomputing_applies_R48()
    {
        var d = InProcessing("2026-11-23T10:00"); // due 30 Nov, step 1 due 25 Nov
        var history = d.History.Count;
        var later = new Locality(LocalityProfiles.Default,
            new WorkingCalendar(Vietnam2026.Definition with { Holidays = [.. Vietnam2026.Definition.Holidays, new DateOnly(2026, 11, 25)] }));
        var change = d.DueChangeUnder(later)!;
        Assert.Equal(("2026-11-30T17:00", "2026-12-01T17:00"), (Show(change.OldDue!.Value), Show(change.NewDue!.Value)));
        Assert.Equal(("2026-11-25T17:00", "2026-11-26T17:00"), (Show(change.OldStepDue!.Value), Show(change.NewStepDue!.Value)));
        Assert.Equal(1m, change.ShiftInWorkingDays(later.Calendar));
        Assert.Equal(("2026-11-30T17:00", history), (Show(d.Due!.Value), d.History.Count)); // asking changes nothing

        Assert.True(d.RecomputeDue(later, Job, Local("2026-11-24T08:00")));
        Assert.Equal((change.NewDue, change.NewStepDue), (d.Due, d.StepDue));
        Assert.Null(d.DueChangeUnder(later));

        // Back to the published calendar: a working day earlier.
        var back = d.DueChangeUnder(Default)!;
        Assert.Equal(-1m, back.ShiftInWorkingDays(Default.Calendar));
        Assert.Null(InProcessing("2026-11-23T10:00").DueChangeUnder(Default));
    }

    [Fact]
    public void The_history_is_append_only_and_in_time_order_R13()
    {
        var d = InProcessing("2026-11-23T10:00");
        Assert.Throws<InvalidOperationException>(() => d.Forward(Processor, Local("2026-11-23T09:00"), Default));
        Assert.Equal(2, d.History.Count);
    }
}
