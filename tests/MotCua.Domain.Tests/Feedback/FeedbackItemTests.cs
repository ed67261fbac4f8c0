using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Feedback;
using MotCua.Domain.Profiles;
using static MotCua.Domain.Tests.TestCalendars;

namespace MotCua.Domain.Tests.Feedback;

public sealed class FeedbackItemTests
{
    const string Center = "center";
    const string Justice = "tuphap";
    static readonly Locality Default = new(LocalityProfiles.Default, Vietnam2026);
    static readonly Locality CamPha = new(LocalityProfiles.Get("cam-pha-city-2022"), Vietnam2026);
    static readonly Locality ThaiNguyen = new(LocalityProfiles.Get("thai-nguyen-province-2026"), Vietnam2026);

    static readonly Actor Citizen = new("applicant", "Lê Thị Mai", Role.Applicant, "");
    static readonly Actor Staff = new("gs", "Phạm Thu Hà", Role.CenterStaff, Center);
    static readonly Actor Director = new("gd", "Lê Quang Vinh", Role.CenterDirector, Center);
    static readonly Actor Processor = new("cv1", "Hoàng Văn Nam", Role.Processor, Justice);
    static readonly Actor OtherAgency = new("cv2", "Trần Văn Bình", Role.Processor, "taichinh");
    static readonly Actor Reception = new("tn1", "Nguyễn Thị Lan", Role.Reception, Center);

    static readonly FeedbackSender Sender = FeedbackSender.Create("Lê Thị Mai", "0912345678", null, null).Value!;

    static FeedbackItem Receive(FeedbackTopic topic, Locality locality, string at = "2026-11-23T09:00", Actor? by = null, FeedbackChannel channel = FeedbackChannel.Portal)
    {
        var outcome = FeedbackItem.Receive("PA-1", Center, channel, topic, Sender, "Hồ sơ trễ hẹn", "Hồ sơ khai sinh trễ hẹn 3 ngày.",
            DossierCode.Parse("000.01.31.H22-261110-0001"), topic == FeedbackTopic.AgencyHandling ? Justice : null, by ?? Citizen, Local(at), locality);
        Assert.True(outcome.Succeeded, outcome.ToString());
        return outcome.Value!;
    }

    [Fact]
    public void Every_deadline_is_counted_in_working_days_from_reception_with_the_national_timings_R34()
    {
        // Monday 23/11/2026 09:00: refuse by Wed 25/11, first request by Mon 30/11, answer by Mon 14/12, all at 17:00.
        var item = Receive(FeedbackTopic.CenterCoordination, Default);
        Assert.Equal("2026-11-25T17:00", Show(item.RefuseBy));
        Assert.Equal("2026-11-30T17:00", Show(item.FirstRequestBy));
        Assert.Equal("2026-12-14T17:00", Show(item.HandleBy));
        Assert.Null(item.ForwardBy);
        Assert.Equal(FeedbackState.Received, item.State);
        Assert.Equal(Center, item.AnsweringUnitId);
    }

    [Fact]
    public void Under_Cam_Pha_an_item_about_an_agency_must_be_forwarded_within_3_working_days_and_is_flagged_after_R34()
    {
        var item = Receive(FeedbackTopic.AgencyHandling, CamPha);
        Assert.Equal("2026-11-26T17:00", Show(item.ForwardBy!.Value));
        Assert.False(item.ForwardIsLate(Local("2026-11-26T16:59")));
        Assert.True(item.ForwardIsLate(Local("2026-11-27T08:00")));
        Assert.Equal(item.ForwardBy, item.NextDeadline);

        // The default profile sets no forwarding limit: nothing to flag.
        var elsewhere = Receive(FeedbackTopic.AgencyHandling, Default);
        Assert.Null(elsewhere.ForwardBy);
        Assert.False(elsewhere.ForwardIsLate(Local("2027-01-30T08:00")));

        // Forwarded late, it stays counted as late.
        Assert.True(item.Forward(Staff, Local("2026-11-30T09:00")).Succeeded);
        Assert.True(item.ForwardIsLate(Local("2026-11-30T09:00")));
        Assert.Contains("Chuyển quá thời hạn", item.Events[^1].Note);
    }

    [Fact]
    public void An_item_about_an_agency_is_answered_by_that_agency_after_the_Center_forwards_it_R34()
    {
        var item = Receive(FeedbackTopic.AgencyHandling, Default);
        Assert.Equal(FeedbackRules.ForwardBeforeAnswer, item.AnswerWith("Đã xử lý", Staff, Local("2026-11-23T10:00"), Default).Broken);
        Assert.Equal("RoleNotAllowed", item.Forward(Processor, Local("2026-11-23T10:00")).Broken!.Name);
        Assert.Equal("RoleNotAllowed", item.AnswerWith("Đã xử lý", Processor, Local("2026-11-23T10:00"), Default).Broken!.Name);

        Assert.True(item.Forward(Staff, Local("2026-11-23T10:00")).Succeeded);
        Assert.Equal((FeedbackState.Forwarded, Justice), (item.State, item.AnsweringUnitId));
        Assert.Equal("NotYourUnit", item.AnswerWith("Đã xử lý", OtherAgency, Local("2026-11-24T10:00"), Default).Broken!.Name);
        Assert.Equal("RoleNotAllowed", item.AnswerWith("Đã xử lý", Staff, Local("2026-11-24T10:00"), Default).Broken!.Name);

        Assert.True(item.AnswerWith("Hồ sơ đã có kết quả ngày 24/11; xin lỗi ông bà.", Processor, Local("2026-11-25T10:00"), Default).Succeeded);
        Assert.Equal(FeedbackState.Answered, item.State);
        Assert.True(item.HandledOnTime);
        Assert.Equal("2026-11-27T17:00", Show(item.PublishBy!.Value));
        Assert.Contains("đồng gửi Trung tâm", item.Events[^1].Note);
    }

    [Fact]
    public void Each_step_counts_against_its_own_limit_a_refusal_after_2_working_days_or_a_publication_after_2_is_not_on_time_LAW_9_4_R34()
    {
        // Refused on Thursday 26/11, a day past the refusal deadline (Wed 25/11 17:00) though well within the handling one.
        var refused = Receive(FeedbackTopic.CenterCoordination, Default);
        Assert.True(refused.Refuse("Trùng với phản ánh đã tiếp nhận.", Staff, Local("2026-11-26T09:00")).Succeeded);
        Assert.True(refused.RefusedLate);
        Assert.False(refused.HandledOnTime);

        var inTime = Receive(FeedbackTopic.CenterCoordination, Default);
        Assert.True(inTime.Refuse("Trùng với phản ánh đã tiếp nhận.", Staff, Local("2026-11-25T16:00")).Succeeded);
        Assert.True(inTime.HandledOnTime);

        // Answered in time, published three working days after (limit: two).
        var answered = Receive(FeedbackTopic.CenterCoordination, Default);
        Assert.True(answered.AnswerWith("Trung tâm đã bố trí thêm quầy.", Staff, Local("2026-11-25T10:00"), Default).Succeeded);
        Assert.True(answered.HandledOnTime);
        Assert.True(answered.Publish("Trung tâm đã bố trí thêm quầy.", Staff, Local("2026-11-30T10:00"), Default).Succeeded);
        Assert.True(answered.PublishedLate);
        Assert.False(answered.HandledOnTime);
    }

    [Fact]
    public void Only_an_item_about_an_agency_is_forwarded_and_one_about_an_officers_conduct_is_answered_by_the_director_R34_R63()
    {
        var conduct = Receive(FeedbackTopic.OfficerConduct, Default);
        Assert.Equal(FeedbackRules.OnlyAgencyHandlingIsForwarded, conduct.Forward(Staff, Local("2026-11-23T10:00")).Broken);
        Assert.Equal(FeedbackRules.DirectorAnswers, conduct.AnswerWith("Đã nhắc nhở", Staff, Local("2026-11-23T10:00"), Default).Broken);
        Assert.True(conduct.AnswerWith("Trung tâm đã nhắc nhở cán bộ và xin lỗi bà.", Director, Local("2026-11-23T10:00"), Default).Succeeded);

        // Reclassified by the Center, an item goes where its new topic says.
        var item = Receive(FeedbackTopic.CenterCoordination, CamPha);
        Assert.True(item.Classify(FeedbackTopic.AgencyHandling, Justice, Staff, Local("2026-11-23T10:00"), CamPha).Succeeded);
        Assert.Equal("2026-11-26T17:00", Show(item.ForwardBy!.Value));
        Assert.Equal(FeedbackRules.AgencyRequired,
            Receive(FeedbackTopic.CenterCoordination, Default).Classify(FeedbackTopic.AgencyHandling, null, Staff, Local("2026-11-23T10:00"), Default).Broken);
    }

    [Fact]
    public void The_counter_records_a_call_but_not_an_agency_and_an_officer_files_feedback_on_the_Centers_management_R34_R63()
    {
        var call = Receive(FeedbackTopic.CenterCoordination, Default, by: Reception, channel: FeedbackChannel.Hotline);
        Assert.Equal("Nguyễn Thị Lan", call.ReceivedBy);
        var refused = FeedbackItem.Receive("PA-2", Center, FeedbackChannel.Hotline, FeedbackTopic.CenterCoordination, Sender, "Cuộc gọi", "Nội dung",
            null, null, Processor, Local("2026-11-23T09:00"), Default);
        Assert.Equal("RoleNotAllowed", refused.Broken!.Name);
        var own = FeedbackItem.Receive("PA-3", Center, FeedbackChannel.Officer, FeedbackTopic.CenterManagement, FeedbackSender.Officer(Processor),
            "Bố trí quầy", "Quầy số 3 thiếu máy quét.", null, null, Processor, Local("2026-11-23T09:00"), Default);
        Assert.True(own.Succeeded);
        Assert.True(own.Value!.ForDirector);
    }

    [Fact]
    public void The_sender_is_asked_for_more_replies_and_the_item_goes_back_to_whoever_answers_it_R34()
    {
        var item = Receive(FeedbackTopic.AgencyHandling, Default);
        Assert.True(item.Forward(Staff, Local("2026-11-23T10:00")).Succeeded);
        Assert.True(item.RequestInformation("Xin cho biết số giấy hẹn.", Processor, Local("2026-11-24T10:00")).Succeeded);
        Assert.Equal(FeedbackState.AwaitingSender, item.State);
        Assert.Equal(FeedbackRules.NotTheSender, item.ReplyToRequest("Số 125", Processor, Local("2026-11-24T11:00")).Broken);
        Assert.True(item.ReplyToRequest("Giấy hẹn số 125", Citizen, Local("2026-11-24T11:00")).Succeeded);
        Assert.Equal(FeedbackState.Forwarded, item.State);
        Assert.Equal("Giấy hẹn số 125", item.Requests.Single().Reply);
    }

    [Fact]
    public void Under_Thai_Nguyen_a_published_answer_is_marked_for_the_national_portal_and_the_sender_rates_it_and_may_complain_again_R34()
    {
        var item = Receive(FeedbackTopic.CenterCoordination, ThaiNguyen);
        Assert.Equal("NotInState", item.Publish("Đã trả lời", Staff, Local("2026-11-23T10:00"), ThaiNguyen).Broken!.Name);
        Assert.True(item.AnswerWith("Trung tâm đã bố trí thêm quầy.", Staff, Local("2026-11-23T10:00"), ThaiNguyen).Succeeded);
        Assert.Equal("RoleNotAllowed", item.Publish("Đã bố trí thêm quầy.", Reception, Local("2026-11-23T11:00"), ThaiNguyen).Broken!.Name);
        Assert.True(item.Publish("Trung tâm đã bố trí thêm quầy.", Staff, Local("2026-11-23T11:00"), ThaiNguyen).Succeeded);
        Assert.True(item.ForNationalPortal);
        Assert.False(item.PublicationIsLate(Local("2026-12-30T08:00")));

        Assert.True(item.Rate(AnswerVerdict.Dislike, Citizen, Local("2026-11-24T08:00")).Succeeded);
        var again = item.ComplainAgain("PA-9", "Vẫn phải chờ lâu.", Citizen, Local("2026-11-24T08:05"), ThaiNguyen);
        Assert.True(again.Succeeded);
        Assert.Equal(("PA-9", "PA-1"), (item.ReComplaint, again.Value!.ReComplaintOf));
        Assert.Equal(FeedbackRules.AlreadyReComplained, item.ComplainAgain("PA-10", "Lần nữa", Citizen, Local("2026-11-24T09:00"), ThaiNguyen).Broken);

        var elsewhere = Receive(FeedbackTopic.CenterCoordination, Default);
        Assert.True(elsewhere.AnswerWith("Đã trả lời", Staff, Local("2026-11-23T10:00"), Default).Succeeded);
        Assert.True(elsewhere.PublicationIsLate(Local("2026-11-26T08:00")));
        Assert.True(elsewhere.Publish("Đã trả lời", Staff, Local("2026-11-26T08:00"), Default).Succeeded);
        Assert.False(elsewhere.ForNationalPortal);
    }

    [Fact]
    public void An_unanswered_item_is_late_after_15_working_days_and_a_refusal_needs_a_reason_R34()
    {
        var item = Receive(FeedbackTopic.Regulation, Default);
        Assert.False(item.HandlingIsLate(Local("2026-12-14T17:00")));
        Assert.True(item.HandlingIsLate(Local("2026-12-15T07:30")));
        Assert.Equal(FeedbackRules.TextRequired, item.Refuse(" ", Staff, Local("2026-11-23T10:00")).Broken);
        Assert.True(item.Refuse("Nội dung đã được trả lời tại phản ánh PA-0.", Staff, Local("2026-11-23T10:00")).Succeeded);
        Assert.True(item.HandledOnTime);
        Assert.False(item.HandlingIsLate(Local("2027-01-30T08:00")));
    }

    [Fact]
    public void A_sender_gives_a_name_and_a_phone_or_an_email_in_printable_text_R34()
    {
        var none = FeedbackSender.Create("Lê Thị Mai", " ", null, null);
        Assert.Contains(none.Errors, e => e.Field == "Phone");
        var control = FeedbackSender.Create("Lê\u0007Mai", null, "mai@vi-du.vn", null);
        Assert.Contains(control.Errors, e => e.Field == "Name");
        var email = FeedbackSender.Create("Lê Thị Mai", null, "mai@vi-du.vn", null);
        Assert.Equal("mai@vi-du.vn", email.Value!.Email);
        Assert.Contains(FeedbackSender.Create("Lê Thị Mai", null, "không phải thư", null).Errors, e => e.Field == "Email");
    }

    [Fact]
    public void Every_profile_has_feedback_timings_that_are_working_day_limits_R34()
    {
        foreach (var id in new[] { "default", "bac-kan-ward-2025", "bac-ninh-province-2023", "cam-pha-city-2022", "thai-nguyen-province-2026", "vinh-long-province-2025" })
            Assert.Equal(FeedbackTimings.National, LocalityProfiles.Get(id).FeedbackTimings);
    }

    [Fact]
    public void WhyNot_answers_as_the_methods_do_without_acting_R34_R63()
    {
        var item = Receive(FeedbackTopic.AgencyHandling, Default);
        Assert.Null(item.WhyNot(FeedbackCommand.Forward, Staff));
        Assert.Equal("ForwardBeforeAnswer", item.WhyNot(FeedbackCommand.Answer, Staff)?.Name);
        Assert.Equal("RoleNotAllowed", item.WhyNot(FeedbackCommand.Forward, Processor)?.Name);
        Assert.Equal("NotInState", item.WhyNot(FeedbackCommand.Publish, Staff)?.Name);
        Assert.Equal(FeedbackState.Received, item.State);
        Assert.True(item.Forward(Staff, Local("2026-11-23T10:00")).Succeeded);
        Assert.Null(item.WhyNot(FeedbackCommand.Answer, Processor));
        Assert.Equal("NotYourUnit", item.WhyNot(FeedbackCommand.Answer, OtherAgency)?.Name);

        var conduct = Receive(FeedbackTopic.OfficerConduct, Default);
        Assert.Equal(("R63", "DirectorAnswers"), (conduct.WhyNot(FeedbackCommand.Answer, Staff)?.RuleId, conduct.WhyNot(FeedbackCommand.Answer, Staff)?.Name));
        Assert.Null(conduct.WhyNot(FeedbackCommand.Answer, Director));
        Assert.Equal("OnlyAgencyHandlingIsForwarded", conduct.WhyNot(FeedbackCommand.Forward, Staff)?.Name);
    }
}
