using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using static MotCua.Domain.Tests.Dossiers.DossierFixture;
using static MotCua.Domain.Tests.TestCalendars;

namespace MotCua.Domain.Tests.Dossiers;

public class DossierLifeTests
{
    [Fact]
    public void A_dossier_goes_from_reception_through_every_step_to_return_and_the_control_slip_records_each_hand_over_R11_R13_R14_R22_R24()
    {
        var d = Received("2026-11-23T10:00");
        Assert.Equal("2026-11-30T17:00", Show(d.Due!.Value)); // 5 working days from Tuesday 24
        Ok(d.Transfer(Reception, Local("2026-11-23T10:05"), Default));
        Assert.Equal((DossierState.InProcessing, 0), (d.State, d.Step!.Value));
        Ok(d.Forward(Processor, Local("2026-11-24T09:00"), Default));
        Ok(d.Approve(Leader, Local("2026-11-24T15:00"), Default));
        Ok(d.RecordResult("Đã cấp giấy chứng nhận số 12/GCN", Processor, Local("2026-11-25T08:00"), Default));
        Assert.Equal(DossierState.ResultReady, d.State);
        Ok(d.HandToReturnDesk(Processor, Local("2026-11-25T09:00"), Default));
        Ok(d.ReturnResult(Channel.InPerson, "Đỗ Thị Hoa", null, Reception, Local("2026-11-26T08:00")));

        Assert.Equal(DossierState.Returned, d.State);
        Assert.Equal(Timeliness.Early, d.Timeliness);
        Assert.True(d.Result!.Early); // R24: the applicant is told to come early
        Assert.Equal(
            [DossierAction.Receive, DossierAction.Transfer, DossierAction.Forward, DossierAction.Forward, DossierAction.RecordResult, DossierAction.HandToReturnDesk, DossierAction.Return],
            d.History.Select(h => h.Action));
        Assert.Equal(Enumerable.Range(1, 7), d.History.Select(h => h.Sequence));
        var transfer = d.History[1];
        Assert.Equal(("Nguyễn Thị Lan", DossierState.Received, DossierState.InProcessing), (transfer.By.Name, transfer.From, transfer.To));
        Assert.Contains("Thẩm định", transfer.ReceivedBy);
        Assert.Equal(Local("2026-11-23T10:05"), transfer.At);
        var approval = d.History[3];
        Assert.Equal(("Phạm Thị Dung", 1, "Đã duyệt"), (approval.By.Name, approval.Step!.Value, approval.Reason));
        Assert.Contains("Trả kết quả về Trung tâm", approval.ReceivedBy);
        Assert.Equal("Đỗ Thị Hoa", d.History[^1].ReceivedBy);
    }

    [Fact]
    public void Each_step_has_its_own_due_date_and_the_hand_over_is_classed_against_it_R47_R27()
    {
        var d = InProcessing("2026-11-23T10:00");
        Assert.Equal("2026-11-25T17:00", Show(d.StepDue!.Value)); // step 1: 2 working days
        Ok(d.Forward(Processor, Local("2026-11-26T08:00"), Default)); // a day late
        Assert.Equal(Timeliness.Late, d.History[^1].HandOver);
        Assert.Equal("2026-11-27T17:00", Show(d.StepDue!.Value)); // step 2: 1 working day from Thursday
        Ok(d.Approve(Leader, Local("2026-11-26T09:00"), Default));
        Assert.Equal(Timeliness.Early, d.History[^1].HandOver);
        Assert.Equal("2026-11-26T15:00", Show(d.StepDue!.Value)); // step 3: 4 working hours
    }

    [Fact]
    public void Only_the_role_and_agency_of_the_current_step_may_act_R14()
    {
        var d = InProcessing();
        Broken("VAI-TRO", d.Forward(Leader, Local("2026-11-23T11:00"), Default));
        Broken("PHAM-VI", d.Forward(OtherProcessor, Local("2026-11-23T11:00"), Default));
        Broken("R14", d.RecordResult("Kết quả", Processor, Local("2026-11-23T11:00"), Default)); // step 1 cannot record the result
        Broken("R14", d.SendBack("Thiếu chữ ký", Processor, Local("2026-11-23T11:00"), Default)); // step 1 has no previous step
        Assert.Equal(2, d.History.Count);
    }

    [Fact]
    public void A_leader_sends_back_to_the_previous_step_with_a_reason_R13()
    {
        var d = InProcessing();
        Ok(d.Forward(Processor, Local("2026-11-23T14:00"), Default));
        Broken("R13", d.SendBack("  ", Leader, Local("2026-11-23T15:00"), Default));
        Ok(d.SendBack("Cần kiểm tra lại số liệu", Leader, Local("2026-11-23T15:00"), Default));
        Assert.Equal(0, d.Step);
        Assert.Equal("Cần kiểm tra lại số liệu", d.History[^1].Reason);
    }

    [Fact]
    public void An_illegal_transition_names_the_state_and_changes_nothing()
    {
        var d = Received();
        Broken("TRANG-THAI", d.Forward(Processor, Local("2026-11-23T11:00"), Default));
        Broken("TRANG-THAI", d.ReturnResult(Channel.InPerson, "Đỗ Thị Hoa", null, Reception, Local("2026-11-23T11:00")));
        Assert.Equal(DossierState.Received, d.State);
        Assert.Single(d.History);
    }

    [Fact]
    public void The_sender_recalls_a_dossier_the_receiver_has_not_touched_R13()
    {
        var d = InProcessing();
        Ok(d.Forward(Processor, Local("2026-11-23T14:00"), Default));
        Broken("R13", d.Recall(Leader, Local("2026-11-23T14:10"), Default)); // not the sender
        Ok(d.Recall(Processor, Local("2026-11-23T14:10"), Default));
        Assert.Equal(0, d.Step);
        Broken("R13", d.Recall(Processor, Local("2026-11-23T14:20"), Default)); // nothing left to recall
        var e = InProcessing();
        Ok(e.Recall(Reception, Local("2026-11-23T10:30"), Default));
        Assert.Equal((DossierState.Received, (int?)null), (e.State, e.Step));
    }

    [Fact]
    public void A_result_by_post_needs_a_tracking_number_and_only_offered_channels_R24_R9()
    {
        var d = InProcessing();
        Ok(d.Forward(Processor, Local("2026-11-23T14:00"), Default));
        Ok(d.Approve(Leader, Local("2026-11-23T15:00"), Default));
        Ok(d.RecordResult("Giấy chứng nhận", Processor, Local("2026-11-23T16:00"), Default));
        Ok(d.HandToReturnDesk(Processor, Local("2026-11-23T16:30"), Default));
        Broken("R24", d.ReturnResult(Channel.Post, "Bưu điện", "  ", Reception, Local("2026-11-24T08:00")));
        Ok(d.ReturnResult(Channel.Post, "Bưu điện Đức Xuân", "EB123456789VN", Reception, Local("2026-11-24T08:00")));
        Assert.Equal("EB123456789VN", d.Return!.TrackingNumber);
    }

    [Fact]
    public void Under_Bac_Ninh_a_result_handed_to_the_desk_after_the_previous_working_afternoon_is_late_R23()
    {
        var bacNinh = At(Domain.Profiles.LocalityProfiles.Get("bac-ninh-province-2023"));
        var d = InProcessing("2026-11-23T10:00", bacNinh); // due Monday 30 Nov 17:00, a date-only appointment
        Ok(d.Forward(Processor, Local("2026-11-24T09:00"), bacNinh));
        Ok(d.Approve(Leader, Local("2026-11-24T10:00"), bacNinh));
        Ok(d.RecordResult("Giấy chứng nhận", Processor, Local("2026-11-30T08:00"), bacNinh));
        Ok(d.HandToReturnDesk(Processor, Local("2026-11-30T08:30"), bacNinh)); // deadline was Friday 27 Nov 17:00
        Assert.Equal(Timeliness.Late, d.History[^1].HandOver);

        var defaultProfile = InProcessing("2026-11-23T10:00");
        Ok(defaultProfile.Forward(Processor, Local("2026-11-24T09:00"), Default));
        Ok(defaultProfile.Approve(Leader, Local("2026-11-24T10:00"), Default));
        Ok(defaultProfile.RecordResult("Giấy chứng nhận", Processor, Local("2026-11-30T08:00"), Default));
        Ok(defaultProfile.HandToReturnDesk(Processor, Local("2026-11-30T08:30"), Default));
        Assert.Equal(Timeliness.OnTime, defaultProfile.History[^1].HandOver);
    }

    /// <summary>A dossier of <paramref name="caseName"/> received at <paramref name="received"/> under Bắc Ninh, decided in the minutes after, ready to hand over.</summary>
    static Dossier ResultReadyUnderBacNinh(string received, Locality bacNinh, string caseName, Procedure? procedure = null)
    {
        var d = Received(received, bacNinh, procedure, caseName);
        var at = Local(received);
        Ok(d.Transfer(Reception, at.AddMinutes(5), bacNinh));
        Ok(d.Forward(Processor, at.AddMinutes(10), bacNinh));
        Ok(d.Approve(Leader, at.AddMinutes(15), bacNinh));
        Ok(d.RecordResult("Giấy chứng nhận", Processor, at.AddMinutes(20), bacNinh));
        return d;
    }

    [Fact]
    public void Under_Bac_Ninh_a_same_day_appointment_names_its_hour_so_the_result_is_due_at_the_desk_two_working_hours_before_it_R23()
    {
        var bacNinh = At(Domain.Profiles.LocalityProfiles.Get("bac-ninh-province-2023"));
        // "Trong ngày", received Monday 10:00: the appointment is 17:00 that day, so hand over by 15:00, not by the Friday before.
        var inTime = ResultReadyUnderBacNinh("2026-11-23T10:00", bacNinh, "Trong ngày");
        Assert.Equal("2026-11-23T17:00", Show(inTime.Due!.Value));
        Ok(inTime.HandToReturnDesk(Processor, Local("2026-11-23T14:45"), bacNinh));
        Assert.Equal(Timeliness.OnTime, inTime.History[^1].HandOver);

        var late = ResultReadyUnderBacNinh("2026-11-23T10:00", bacNinh, "Trong ngày");
        Ok(late.HandToReturnDesk(Processor, Local("2026-11-23T15:30"), bacNinh));
        Assert.Equal(Timeliness.Late, late.History[^1].HandOver);
    }

    [Fact]
    public void Under_Bac_Ninh_an_hours_long_limit_ending_at_the_end_of_the_day_is_a_timed_appointment_R23_R44()
    {
        var bacNinh = At(Domain.Profiles.LocalityProfiles.Get("bac-ninh-province-2023"));
        var version = Version(new DateOnly(2025, 7, 1)) with { Cases = [new ProcedureCase("Bốn giờ", Domain.Time.TimeLimit.WorkingHours(4))] };
        // Received 11:00: half an hour in the morning and three and a half in the afternoon end at 17:00; hand over by 15:00.
        var d = ResultReadyUnderBacNinh("2026-11-23T11:00", bacNinh, "Bốn giờ", Procedure(version));
        Assert.Equal("2026-11-23T17:00", Show(d.Due!.Value));
        Ok(d.HandToReturnDesk(Processor, Local("2026-11-23T14:50"), bacNinh));
        Assert.Equal(Timeliness.OnTime, d.History[^1].HandOver);
    }

    [Fact]
    public void Under_Bac_Ninh_the_hand_over_deadline_is_never_before_the_reception_R23()
    {
        var bacNinh = At(Domain.Profiles.LocalityProfiles.Get("bac-ninh-province-2023"));
        // Received 16:00 for 17:00: two working hours before the appointment is 15:00, before the reception, so the appointment itself is the deadline.
        var d = ResultReadyUnderBacNinh("2026-11-23T16:00", bacNinh, "Trong ngày");
        Ok(d.HandToReturnDesk(Processor, Local("2026-11-23T16:40"), bacNinh));
        Assert.Equal(Timeliness.OnTime, d.History[^1].HandOver);

        var afterAppointment = ResultReadyUnderBacNinh("2026-11-23T16:00", bacNinh, "Trong ngày");
        Ok(afterAppointment.HandToReturnDesk(Processor, Local("2026-11-23T17:05"), bacNinh));
        Assert.Equal(Timeliness.Late, afterAppointment.History[^1].HandOver);
    }

    [Theory]
    [InlineData("2026-11-27T16:00", Timeliness.Early)]
    [InlineData("2026-11-30T08:00", Timeliness.OnTime)]
    [InlineData("2026-11-30T17:00", Timeliness.OnTime)]
    [InlineData("2026-11-30T17:01", Timeliness.Late)]
    [InlineData("2026-12-01T08:00", Timeliness.Late)]
    public void Finished_before_the_due_day_is_early_on_it_on_time_after_it_late_R49_R27(string finished, Timeliness expected) =>
        Assert.Equal(expected, TimelinessRules.Classify(Local(finished), Local("2026-11-30T17:00"), Vietnam2026));

    [Fact]
    public void More_than_one_supplement_request_counts_as_late_for_the_national_index_R49()
    {
        Assert.Equal(Timeliness.OnTime, TimelinessRules.ForNationalIndex(Timeliness.OnTime, 1));
        Assert.Equal(Timeliness.Late, TimelinessRules.ForNationalIndex(Timeliness.Early, 2));
    }
}
