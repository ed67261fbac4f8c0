using MotCua.Domain.Profiles;
using MotCua.Domain.Staffing;
using static MotCua.Domain.Tests.TestCalendars;

namespace MotCua.Domain.Tests.Staffing;

/// <summary>Proposals to replace a seconded officer (R32) and the Center's opinion about one (R62).</summary>
public class ReplacementTests
{
    const string Center = "000.00.00.H00";
    const string Justice = "000.00.15.H00";
    const string Labour = "000.00.16.H00";
    static readonly OfficerRules BacKan = LocalityProfiles.Get("bac-kan-ward-2025").OfficerRules;
    static readonly OfficerRules BacNinh = LocalityProfiles.Get("bac-ninh-province-2023").OfficerRules;
    static readonly Actor Staff = new("s", "Phạm Thu Hà", Role.CenterStaff, Center);
    static readonly Actor Admin = new("a", "Đặng Văn Khoa", Role.Admin, Center);
    static readonly Actor JusticeLeader = new("l", "Trương Văn Hùng", Role.AgencyLeader, Justice);
    static readonly Actor LabourLeader = new("k", "Đinh Thị Yến", Role.AgencyLeader, Labour);
    static readonly Actor Processor = new("p", "Hoàng Văn Nam", Role.Processor, Justice);
    static readonly DateTimeOffset Now = Local("2026-03-02T08:00");
    static int _ids;

    static Secondment Serving(string officerId = "old")
    {
        var secondment = Secondment.Propose(Center, Justice, "Phòng Tư pháp", isAgency: true, officerId, "Vũ Thị Mai", SecondmentRole.Primary, OfficerPosition.Head,
            true, counterId: 3, new DateOnly(2026, 1, 5), null, [], BacKan, Staff, Now).Value!;
        secondment.Id = Interlocked.Increment(ref _ids);
        Assert.True(secondment.Approve("Quyết định số 12/QĐ-UBND", Staff, Now).Succeeded);
        return secondment;
    }

    static ReplacementProposal Sent(Secondment officer)
    {
        var proposal = ReplacementProposal.Draft(officer, ReplacementGround.LowSatisfaction, "Tháng 2/2026: 5 trên 12 lượt đánh giá không hài lòng.", [], Staff, Now).Value!;
        proposal.Id = Interlocked.Increment(ref _ids);
        Assert.True(proposal.Send(Staff, Now).Succeeded);
        return proposal;
    }

    static Outcome<Secondment> Accept(ReplacementProposal proposal, Secondment officer, Actor? by = null, string newOfficer = "new", DateOnly? from = null,
        OfficerRules? rules = null, OfficerPosition position = OfficerPosition.DeputyHead, IReadOnlyCollection<Secondment>? others = null) =>
        proposal.Accept(officer, "Phòng Tư pháp", newOfficer, "Bùi Đức Anh", SecondmentRole.Primary, position, true, from ?? new DateOnly(2026, 3, 16), null,
            others ?? [], rules ?? BacKan, by ?? JusticeLeader, Now);

    [Fact]
    public void Only_the_Centers_staff_and_director_draft_a_proposal_about_a_serving_officer_with_its_grounds_once_at_a_time_R32()
    {
        var officer = Serving();
        Assert.Equal(nameof(ReplacementRules.CenterOnly), ReplacementProposal.Draft(officer, ReplacementGround.RuleBreach, "Đi muộn", [], JusticeLeader, Now).Broken?.Name);
        Assert.Equal(nameof(ReplacementRules.CenterOnly), ReplacementProposal.Draft(officer, ReplacementGround.RuleBreach, "Đi muộn", [], Admin, Now).Broken?.Name);
        Assert.Equal(nameof(StaffingRules.NotYourUnit),
            ReplacementProposal.Draft(officer, ReplacementGround.RuleBreach, "Đi muộn", [], Staff with { UnitId = "000.00.00.H99" }, Now).Broken?.Name);
        Assert.Equal(nameof(ReplacementRules.GroundsRequired), ReplacementProposal.Draft(officer, ReplacementGround.RuleBreach, "  ", [], Staff, Now).Broken?.Name);

        var first = ReplacementProposal.Draft(officer, ReplacementGround.RuleBreach, " Tự ý rời quầy 3 lần trong tháng. ", [], Staff, Now).Value!;
        Assert.Equal((ReplacementState.Draft, "Tự ý rời quầy 3 lần trong tháng.", "Vũ Thị Mai", Justice), (first.State, first.Grounds, first.OfficerName, first.AgencyId));
        Assert.Equal(nameof(ReplacementRules.AlreadyProposed), ReplacementProposal.Draft(officer, ReplacementGround.Other, "Khác", [first], Staff, Now).Broken?.Name);

        Assert.True(officer.End(new DateOnly(2026, 2, 1), "Về cơ quan", JusticeLeader).Succeeded);
        Assert.Equal(nameof(StaffingRules.NotServing), ReplacementProposal.Draft(officer, ReplacementGround.RuleBreach, "Đi muộn", [], Staff, Now).Broken?.Name);
    }

    [Fact]
    public void A_sent_proposal_is_kept_unchanged_and_only_the_agency_answers_it_R32_R52()
    {
        var officer = Serving();
        var proposal = ReplacementProposal.Draft(officer, ReplacementGround.RuleBreach, "Đi muộn", [], Staff, Now).Value!;
        Assert.Equal(nameof(ReplacementRules.NotSent), proposal.WhyNot(ReplacementCommand.Accept, JusticeLeader)?.Name);
        Assert.True(proposal.Edit(ReplacementGround.TasksNotCompleted, "Không hoàn thành 4 hồ sơ được giao", Staff).Succeeded);
        Assert.Equal(nameof(ReplacementRules.CenterOnly), proposal.Send(JusticeLeader, Now).Broken?.Name);
        Assert.True(proposal.Send(Staff, Now).Succeeded);
        Assert.Equal((ReplacementState.Sent, Staff.Name, Now), (proposal.State, proposal.SentBy, proposal.SentAt));

        Assert.Equal(nameof(ReplacementRules.AlreadySent), proposal.Edit(ReplacementGround.Other, "Khác", Staff).Broken?.Name);
        Assert.Equal("R52", proposal.Edit(ReplacementGround.Other, "Khác", Staff).Broken?.RuleId);
        Assert.Equal(nameof(ReplacementRules.AgencyLeaderOnly), proposal.Decline("Không", Staff, Now).Broken?.Name);
        Assert.Equal(nameof(ReplacementRules.AgencyLeaderOnly), proposal.Decline("Không", Processor, Now).Broken?.Name);
        Assert.Equal(nameof(StaffingRules.NotYourUnit), proposal.Decline("Không", LabourLeader, Now).Broken?.Name);
        Assert.Equal(nameof(ReplacementRules.DeclineReasonRequired), proposal.Decline(" ", JusticeLeader, Now).Broken?.Name);
        Assert.Equal([ReplacementCommand.Accept, ReplacementCommand.Decline],
            Enum.GetValues<ReplacementCommand>().Where(c => proposal.WhyNot(c, JusticeLeader) is null));

        Assert.True(proposal.Decline("Cán bộ đã được nhắc nhở, cam kết khắc phục.", JusticeLeader, Now).Succeeded);
        Assert.Equal((ReplacementState.Declined, JusticeLeader.Name), (proposal.State, proposal.AnsweredBy));
        Assert.Equal(nameof(ReplacementRules.NotSent), Accept(proposal, officer).Broken?.Name);
        Assert.Equal(SecondmentState.Approved, officer.State);
    }

    [Fact]
    public void Accepted_the_new_officer_is_proposed_at_the_same_counter_and_the_old_one_leaves_the_day_the_new_one_starts_R32()
    {
        var officer = Serving();
        var proposal = Sent(officer);
        var made = Accept(proposal, officer);

        var replacement = made.Value!;
        Assert.Equal((SecondmentState.Proposed, "new", "Bùi Đức Anh", Justice, (int?)3), (replacement.State, replacement.OfficerId, replacement.OfficerName, replacement.AgencyId, replacement.CounterId));
        Assert.Equal((ReplacementState.Accepted, "Bùi Đức Anh", new DateOnly(2026, 3, 16)), (proposal.State, proposal.NewOfficerName, proposal.ReplacedOn));
        Assert.Equal((SecondmentState.Ended, new DateOnly(2026, 3, 16)), (officer.State, officer.EndedOn));
        Assert.True(officer.ServesOn(new DateOnly(2026, 3, 15)));
        Assert.False(officer.ServesOn(new DateOnly(2026, 3, 16)));
        Assert.Contains("Bùi Đức Anh", officer.EndReason);
    }

    [Fact]
    public void The_new_officer_is_someone_else_within_the_profiles_rules_and_a_refusal_changes_nothing_R32_R30()
    {
        var officer = Serving();
        var proposal = Sent(officer);
        Assert.Equal(nameof(ReplacementRules.SameOfficer), Accept(proposal, officer, newOfficer: "old").Broken?.Name);
        Assert.Equal(nameof(ReplacementRules.ReplacementBeforeStart), Accept(proposal, officer, from: new DateOnly(2025, 12, 1)).Broken?.Name);
        // Bắc Ninh wants a deputy head or above (Art. 13.1): the replacement is checked as any officer named.
        Assert.Equal(nameof(StaffingRules.BelowMinimumRank), Accept(proposal, officer, rules: BacNinh, position: OfficerPosition.Staff).Broken?.Name);
        Assert.Equal(nameof(StaffingRules.AlreadySeconded), Accept(proposal, officer, others: [Serving("new")]).Broken?.Name);
        Assert.Equal(nameof(StaffingRules.NotYourUnit), Accept(proposal, officer, by: LabourLeader).Broken?.Name);
        Assert.Equal((ReplacementState.Sent, SecondmentState.Approved), (proposal.State, officer.State));
        Assert.Null(proposal.NewOfficerId);
    }

    [Fact]
    public void The_agencys_leader_asks_the_Centers_opinion_and_the_Center_answers_once_with_who_and_when_R62()
    {
        var officer = Serving();
        Assert.Equal(nameof(ReplacementRules.AgencyLeaderOnly), OpinionRequest.Request(officer, OpinionMatter.Award, "Giấy khen", Staff, Now).Broken?.Name);
        Assert.Equal(nameof(StaffingRules.NotYourUnit), OpinionRequest.Request(officer, OpinionMatter.Award, "Giấy khen", LabourLeader, Now).Broken?.Name);
        Assert.Equal(nameof(ReplacementRules.OpinionDetailsRequired), OpinionRequest.Request(officer, OpinionMatter.Award, "", JusticeLeader, Now).Broken?.Name);

        var request = OpinionRequest.Request(officer, OpinionMatter.Appointment, "Dự kiến bổ nhiệm Phó Trưởng phòng Tư pháp", JusticeLeader, Now).Value!;
        Assert.Equal((OpinionMatter.Appointment, JusticeLeader.Name, false), (request.Matter, request.RequestedBy, request.IsAnswered));
        Assert.Equal(nameof(ReplacementRules.CenterOnly), request.Give(true, "Đồng ý", JusticeLeader, Now).Broken?.Name);
        Assert.Equal(nameof(ReplacementRules.OpinionRequired), request.Give(true, " ", Staff, Now).Broken?.Name);
        var later = Now.AddDays(2);
        Assert.True(request.Give(false, "Chưa đủ 12 tháng làm việc tại Trung tâm; đề nghị xem xét sau.", Staff, later).Succeeded);
        Assert.Equal(((bool?)false, Staff.Name, (DateTimeOffset?)later), (request.Agrees, request.GivenBy, request.GivenAt));
        Assert.Equal(nameof(ReplacementRules.OpinionAlreadyGiven), request.Give(true, "Đồng ý", Staff, later).Broken?.Name);
    }
}
