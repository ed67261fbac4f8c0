using MotCua.Domain.Profiles;
using MotCua.Domain.Staffing;
using static MotCua.Domain.Tests.TestCalendars;

namespace MotCua.Domain.Tests.Staffing;

/// <summary>Seconded officers' records: equipment handed over and back, uniforms, training, awards (R69, R70).</summary>
public class RecordsTests
{
    const string Center = "000.00.00.H00";
    const string Justice = "000.00.15.H00";
    static readonly LocalityProfile BacKan = LocalityProfiles.Get("bac-kan-ward-2025");
    static readonly LocalityProfile CamPha = LocalityProfiles.Get("cam-pha-city-2022");
    static readonly LocalityProfile BacNinh = LocalityProfiles.Get("bac-ninh-province-2023");
    static readonly LocalityProfile ThaiNguyen = LocalityProfiles.Get("thai-nguyen-province-2026");
    static readonly Actor Staff = new("s", "Trần Văn Bình", Role.CenterStaff, Center);
    static readonly Actor OtherCenter = new("x", "Phạm Thu", Role.CenterStaff, "000.00.00.H99");
    static readonly Actor JusticeLeader = new("l", "Hoàng Văn Nam", Role.AgencyLeader, Justice);
    static readonly Actor Officer = new("o1", "Nguyễn Thị Lan", Role.Reception, Justice);
    static readonly Actor Colleague = new("o2", "Đỗ Minh", Role.Reception, Justice);
    static readonly DateTimeOffset Now = Local("2026-03-02T08:00");
    static readonly DateOnly Today = new(2026, 3, 2);

    static Secondment Serving(string officerId = "o1", string name = "Nguyễn Thị Lan", int id = 1, bool approve = true)
    {
        var secondment = Secondment.Propose(Center, Justice, "Phòng Tư pháp", isAgency: true, officerId, name, SecondmentRole.Primary, OfficerPosition.Head,
            true, counterId: 3, new DateOnly(2026, 1, 1), null, [], BacKan.OfficerRules, Staff, Now).Value!;
        secondment.Id = id;
        if (approve)
            Assert.True(secondment.Approve("Quyết định số 12/QĐ-UBND ngày 02/01/2026", Staff, Now).Succeeded);
        return secondment;
    }

    static Outcome<AssetHandover> HandComputer(Secondment officer, Actor? by = null, IReadOnlyCollection<AssetHandover>? outstanding = null, string code = "TS-2026-001") =>
        AssetHandover.Hand(officer, AssetKind.Computer, "Máy tính để bàn Dell OptiPlex", code, "Mới, đủ bàn phím và chuột", outstanding ?? [], by ?? Staff, Now);

    [Fact]
    public void The_Center_hands_a_computer_the_officer_takes_it_over_and_it_is_handed_back_R69()
    {
        var handover = HandComputer(Serving()).Value!;
        Assert.Equal((AssetHandoverState.Handed, 3, Staff.Name), (handover.State, handover.CounterId, handover.HandedBy));
        // Only the officer it was handed to confirms taking it over, and once.
        Assert.Equal(nameof(RecordsRules.NotTheOfficer), handover.TakeOver(Colleague, Now).Broken?.Name);
        Assert.Equal(nameof(RecordsRules.NotTheOfficer), handover.TakeOver(Staff, Now).Broken?.Name);
        Assert.True(handover.TakeOver(Officer, Now.AddHours(1)).Succeeded);
        Assert.Equal((AssetHandoverState.TakenOver, Now.AddHours(1), Officer.Name), (handover.State, handover.TakenOverAt, handover.TakenOverBy));
        Assert.Equal(nameof(RecordsRules.AlreadyTakenOver), handover.TakeOver(Officer, Now).Broken?.Name);
        // The officer does not hand back on their own: the Center receives it and notes the condition.
        Assert.Equal(nameof(RecordsRules.RoleNotAllowed), handover.HandBack("Tốt", Officer, Now).Broken?.Name);
        Assert.Equal(nameof(RecordsRules.ConditionRequired), handover.HandBack(" ", Staff, Now).Broken?.Name);
        Assert.True(handover.HandBack("Hoạt động bình thường, vỏ trầy nhẹ", Staff, Now.AddDays(30)).Succeeded);
        Assert.Equal((AssetHandoverState.Returned, Staff.Name, "Hoạt động bình thường, vỏ trầy nhẹ"), (handover.State, handover.ReturnedTo, handover.ReturnCondition));
        Assert.Equal(nameof(RecordsRules.AlreadyReturned), handover.HandBack("Tốt", Staff, Now).Broken?.Name);
        Assert.Equal(nameof(RecordsRules.AlreadyReturned), handover.TakeOver(Officer, Now).Broken?.Name);
    }

    [Fact]
    public void An_asset_is_held_by_one_officer_at_a_time_R69()
    {
        var first = HandComputer(Serving()).Value!;
        var other = Serving("o2", "Đỗ Minh", id: 2);
        var refused = HandComputer(other, outstanding: [first], code: "ts-2026-001");
        Assert.Equal(nameof(RecordsRules.AssetHeld), refused.Broken?.Name);
        Assert.Contains("Nguyễn Thị Lan", refused.Broken!.Message);
        Assert.True(first.HandBack("Tốt", Staff, Now).Succeeded);
        Assert.True(HandComputer(other, outstanding: [first]).Succeeded);
    }

    [Fact]
    public void Only_the_Centers_staff_hand_assets_to_its_approved_officers_with_what_and_in_which_condition_R69()
    {
        Assert.Equal(nameof(RecordsRules.RoleNotAllowed), HandComputer(Serving(), JusticeLeader).Broken?.Name);
        Assert.Equal(nameof(RecordsRules.NotYourUnit), HandComputer(Serving(), OtherCenter).Broken?.Name);
        Assert.Equal(nameof(RecordsRules.NotServing), HandComputer(Serving(approve: false)).Broken?.Name);
        Assert.Equal(nameof(RecordsRules.AssetCodeRequired),
            AssetHandover.Hand(Serving(), AssetKind.Scanner, "Máy quét", " ", "Mới", [], Staff, Now).Broken?.Name);
        Assert.Equal(nameof(RecordsRules.ItemNameRequired),
            AssetHandover.Hand(Serving(), AssetKind.Scanner, "", "MQ-01", "Mới", [], Staff, Now).Broken?.Name);
        Assert.Equal(nameof(RecordsRules.ConditionRequired),
            AssetHandover.Hand(Serving(), AssetKind.Scanner, "Máy quét", "MQ-01", "", [], Staff, Now).Broken?.Name);
    }

    [Fact]
    public void CamPha_issues_uniforms_once_a_year_and_names_who_has_none_this_year_R69()
    {
        var lan = Serving();
        var minh = Serving("o2", "Đỗ Minh", id: 2);
        var supply = CamPha.OfficerSupport.Uniforms;
        Assert.Equal(UniformAction.Issue, UniformIssue.ActionUnder(supply));
        Assert.Equal([lan, minh], UniformIssue.WithoutIssueThisYear([lan, minh], [], Today, supply));
        var issue = UniformIssue.Record(lan, UniformAction.Issue, "02 bộ mùa hè, 01 bộ mùa đông", Today, Today, [], supply, Staff, Now).Value!;
        Assert.Equal([minh], UniformIssue.WithoutIssueThisYear([lan, minh], [issue], Today, supply));
        var again = UniformIssue.Record(lan, UniformAction.Issue, "01 bộ", Today.AddDays(10), Today.AddDays(10), [issue], supply, Staff, Now);
        Assert.Equal(nameof(RecordsRules.AlreadyIssuedThisYear), again.Broken?.Name);
        // Next year the officer is due again.
        Assert.True(UniformIssue.Record(lan, UniformAction.Issue, "01 bộ", new DateOnly(2027, 1, 5), new DateOnly(2027, 1, 5), [issue], supply, Staff, Now).Succeeded);
        Assert.Equal([lan, minh], UniformIssue.WithoutIssueThisYear([lan, minh], [issue], new DateOnly(2027, 1, 5), supply));
        // The Center supplies them: there is nothing to propose.
        Assert.Equal(nameof(RecordsRules.UniformActionNotInProfile),
            UniformIssue.Record(minh, UniformAction.Proposal, "01 bộ", Today, Today, [], supply, Staff, Now).Broken?.Name);
        Assert.Equal(nameof(RecordsRules.DateInFuture),
            UniformIssue.Record(minh, UniformAction.Issue, "01 bộ", Today.AddDays(1), Today, [], supply, Staff, Now).Broken?.Name);
    }

    [Fact]
    public void BacNinh_proposes_uniforms_and_profiles_silent_on_them_record_none_R69()
    {
        var lan = Serving();
        Assert.Equal(UniformAction.Proposal, UniformIssue.ActionUnder(BacNinh.OfficerSupport.Uniforms));
        Assert.Equal(nameof(RecordsRules.UniformActionNotInProfile),
            UniformIssue.Record(lan, UniformAction.Issue, "01 bộ", Today, Today, [], BacNinh.OfficerSupport.Uniforms, Staff, Now).Broken?.Name);
        var proposal = UniformIssue.Record(lan, UniformAction.Proposal, "Đề xuất may 02 bộ đồng phục", Today, Today, [], BacNinh.OfficerSupport.Uniforms, Staff, Now);
        Assert.True(proposal.Succeeded);
        // No yearly reminder where the Center only proposes.
        Assert.Empty(UniformIssue.WithoutIssueThisYear([lan], [], Today, BacNinh.OfficerSupport.Uniforms));
        Assert.Equal(nameof(RecordsRules.UniformsNotSupplied),
            UniformIssue.Record(lan, UniformAction.Issue, "01 bộ", Today, Today, [], BacKan.OfficerSupport.Uniforms, Staff, Now).Broken?.Name);
    }

    [Fact]
    public void Under_CamPha_the_Center_records_training_the_agency_reports_and_organises_none_itself_R70()
    {
        var lan = Serving();
        Assert.Equal([TrainingArrangement.AgencyReported], TrainingRecord.AllowedUnder(CamPha.OfficerSupport.Training));
        Assert.Equal(nameof(RecordsRules.AgenciesTrainTheirOwn),
            TrainingRecord.Record(lan, "Bồi dưỡng kỹ năng giao tiếp", TrainingArrangement.CenterOrganised, "Trung tâm", Today, Today, CamPha.OfficerSupport.Training, Staff, Now).Broken?.Name);
        var reported = TrainingRecord.Record(lan, "Bồi dưỡng nghiệp vụ hộ tịch", TrainingArrangement.AgencyReported, "Phòng Tư pháp", Today, Today.AddDays(2),
            CamPha.OfficerSupport.Training, Staff, Now).Value!;
        Assert.Equal((TrainingArrangement.AgencyReported, "Phòng Tư pháp", Staff.Name), (reported.Arrangement, reported.Organiser, reported.RecordedBy));
        // Elsewhere the Center organises it.
        Assert.True(TrainingRecord.Record(lan, "Kỹ năng giao tiếp", TrainingArrangement.CenterOrganised, "Trung tâm", Today, Today, ThaiNguyen.OfficerSupport.Training, Staff, Now).Succeeded);
    }

    [Fact]
    public void A_trainings_result_is_recorded_once_it_ended_R70()
    {
        var training = TrainingRecord.Record(Serving(), "Bồi dưỡng kỹ năng giao tiếp", TrainingArrangement.CenterOrganised, "Trung tâm", Today, Today.AddDays(4),
            BacKan.OfficerSupport.Training, Staff, Now).Value!;
        Assert.Equal(nameof(RecordsRules.ResultBeforeEnd), training.RecordResult("Hoàn thành", null, Today, Staff, Now).Broken?.Name);
        Assert.Equal(nameof(RecordsRules.RoleNotAllowed), training.RecordResult("Hoàn thành", null, Today.AddDays(5), JusticeLeader, Now).Broken?.Name);
        Assert.Equal(nameof(RecordsRules.ResultRequired), training.RecordResult(" ", null, Today.AddDays(5), Staff, Now).Broken?.Name);
        Assert.True(training.RecordResult("Hoàn thành, loại giỏi", "Chứng chỉ số 123/CC", Today.AddDays(4), Staff, Now).Succeeded);
        Assert.Equal(("Hoàn thành, loại giỏi", "Chứng chỉ số 123/CC"), (training.Result, training.Certificate));
        Assert.Equal(nameof(RecordsRules.TrainingEndsBeforeStart),
            TrainingRecord.Record(Serving(), "Khóa", TrainingArrangement.CenterOrganised, "Trung tâm", Today, Today.AddDays(-1), BacKan.OfficerSupport.Training, Staff, Now).Broken?.Name);
        Assert.Equal(nameof(RecordsRules.OrganiserRequired),
            TrainingRecord.Record(Serving(), "Khóa", TrainingArrangement.CenterProposed, " ", Today, Today, BacKan.OfficerSupport.Training, Staff, Now).Broken?.Name);
    }

    [Fact]
    public void The_Center_proposes_an_award_then_records_the_decision_that_gave_it_R70()
    {
        var award = AwardRecord.Propose(Serving(), "Giấy khen của Giám đốc Trung tâm", "Hoàn thành xuất sắc nhiệm vụ năm 2025", "Tờ trình số 15/TTr-TTPVHCC",
            Today, Today, Staff, Now).Value!;
        Assert.Equal(AwardState.Proposed, award.State);
        Assert.Equal(nameof(RecordsRules.RoleNotAllowed), award.Grant("QĐ 45", Today, Today, JusticeLeader, Now).Broken?.Name);
        Assert.Equal(nameof(RecordsRules.AwardReferenceRequired), award.Grant(" ", Today, Today, Staff, Now).Broken?.Name);
        Assert.True(award.Grant("Quyết định số 45/QĐ-UBND ngày 02/03/2026", Today, Today, Staff, Now).Succeeded);
        Assert.Equal((AwardState.Given, "Quyết định số 45/QĐ-UBND ngày 02/03/2026", Today), (award.State, award.Decision, award.DecidedOn));
        Assert.Equal(nameof(RecordsRules.NotProposedAward), award.Grant("QĐ 46", Today, Today, Staff, Now).Broken?.Name);
        var given = AwardRecord.Given(Serving(), "Lao động tiên tiến", "", "Quyết định số 7/QĐ-STP", Today, Today, Staff, Now).Value!;
        Assert.Equal((AwardState.Given, null), (given.State, given.Proposal));
        Assert.Equal(nameof(RecordsRules.AwardTitleRequired), AwardRecord.Given(Serving(), " ", "", "QĐ 7", Today, Today, Staff, Now).Broken?.Name);
        Assert.Equal(nameof(RecordsRules.DateInFuture), AwardRecord.Given(Serving(), "Giấy khen", "", "QĐ 7", Today.AddDays(1), Today, Staff, Now).Broken?.Name);
    }
}
