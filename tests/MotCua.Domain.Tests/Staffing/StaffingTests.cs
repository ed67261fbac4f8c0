using MotCua.Domain.Profiles;
using MotCua.Domain.Staffing;
using static MotCua.Domain.Tests.TestCalendars;

namespace MotCua.Domain.Tests.Staffing;

/// <summary>Secondments, absences and the day's roster (R30, R61). Instants are Vietnam local time on <see cref="TestCalendars.Vietnam2026"/>.</summary>
public class StaffingTests
{
    const string Center = "000.00.00.H00";
    const string Justice = "000.00.15.H00";
    const string Labour = "000.00.16.H00";
    static readonly LocalityProfile BacKan = LocalityProfiles.Get("bac-kan-ward-2025");
    static readonly LocalityProfile CamPha = LocalityProfiles.Get("cam-pha-city-2022");
    static readonly LocalityProfile ThaiNguyen = LocalityProfiles.Get("thai-nguyen-province-2026");
    static readonly LocalityProfile BacNinh = LocalityProfiles.Get("bac-ninh-province-2023");
    static readonly Actor Director = new("d", "Lê Quang Vinh", Role.CenterDirector, Center);
    static readonly Actor JusticeLeader = new("l", "Hoàng Văn Nam", Role.AgencyLeader, Justice);
    static readonly Actor Processor = new("p", "Ngô Thị Hồng", Role.Processor, Justice);
    static readonly DateTimeOffset Now = Local("2026-03-02T08:00");
    static int _ids;

    static Outcome<Secondment> Propose(LocalityProfile profile, OfficerPosition position = OfficerPosition.DeputyHead, DateOnly? until = null,
        bool delegated = true, Actor? by = null, SecondmentRole role = SecondmentRole.Primary, IReadOnlyCollection<Secondment>? others = null, string agency = Justice) =>
        Secondment.Propose(Center, agency, "Phòng Tư pháp", isAgency: true, $"o{Interlocked.Increment(ref _ids)}", "Nguyễn Thị Lan", role, position, delegated,
            counterId: null, new DateOnly(2026, 3, 1), until, others ?? [], profile.OfficerRules, by ?? JusticeLeader, Now);

    static Secondment Serving(LocalityProfile profile, SecondmentRole role = SecondmentRole.Primary, string agency = Justice, string name = "Nguyễn Thị Lan")
    {
        var secondment = Secondment.Propose(Center, agency, "Phòng", isAgency: true, $"o{Interlocked.Increment(ref _ids)}", name, role, OfficerPosition.Head, true,
            counterId: 1, new DateOnly(2026, 1, 1), null, [], profile.OfficerRules, Director, Now).Value!;
        secondment.Id = Interlocked.Increment(ref _ids);
        Assert.True(secondment.Approve("Quyết định số 12/QĐ-UBND ngày 02/01/2026", Director, Now).Succeeded);
        return secondment;
    }

    [Fact]
    public void BacNinh_refuses_an_officer_below_deputy_head_or_seconded_for_less_than_12_months_R30()
    {
        Assert.Equal(nameof(StaffingRules.BelowMinimumRank), Propose(BacNinh, OfficerPosition.Staff).Broken?.Name);
        Assert.Equal(nameof(StaffingRules.TooShort), Propose(BacNinh, until: new DateOnly(2027, 1, 31)).Broken?.Name);
        Assert.True(Propose(BacNinh, OfficerPosition.PlannedDeputyHead, until: new DateOnly(2027, 2, 28)).Succeeded);
        // Elsewhere a specialist on a short term is fine.
        Assert.True(Propose(BacKan, OfficerPosition.Staff, until: new DateOnly(2026, 6, 30)).Succeeded);
    }

    [Fact]
    public void CamPha_refuses_an_officer_without_delegated_approval_authority_R30()
    {
        Assert.Equal(nameof(StaffingRules.DelegationRequired), Propose(CamPha, delegated: false).Broken?.Name);
        Assert.True(Propose(BacKan, delegated: false).Succeeded);
    }

    [Fact]
    public void Only_the_agencys_leader_or_the_Center_names_officers_and_an_officer_is_named_once_R30()
    {
        Assert.Equal(nameof(StaffingRules.RoleNotAllowed), Propose(BacKan, by: Processor).Broken?.Name);
        Assert.Equal(nameof(StaffingRules.NotYourUnit), Propose(BacKan, agency: Labour).Broken?.Name);
        var first = Propose(BacKan).Value!;
        Assert.Equal(nameof(StaffingRules.AlreadySeconded), Propose(BacKan, others: [first]).Broken?.Name);
    }

    [Fact]
    public void The_Center_records_the_approval_with_who_and_when_and_only_an_approved_officer_serves_R30()
    {
        var secondment = Propose(BacKan).Value!;
        Assert.False(secondment.ServesOn(new DateOnly(2026, 3, 2)));
        Assert.Equal(nameof(StaffingRules.RoleNotAllowed), secondment.Approve("QĐ 12", JusticeLeader, Now).Broken?.Name);
        Assert.Equal(nameof(StaffingRules.DecisionRequired), secondment.Approve("  ", Director, Now).Broken?.Name);
        Assert.True(secondment.Approve("Quyết định số 12/QĐ-UBND", Director, Now).Succeeded);
        Assert.Equal((Director.Name, Now), (secondment.DecidedBy, secondment.DecidedAt));
        Assert.True(secondment.ServesOn(new DateOnly(2026, 3, 2)));
        Assert.False(secondment.ServesOn(new DateOnly(2026, 2, 28)));
        Assert.True(secondment.End(new DateOnly(2026, 6, 1), "Thay cán bộ theo đề nghị của Trung tâm", JusticeLeader).Succeeded);
        Assert.True(secondment.ServesOn(new DateOnly(2026, 5, 31)));
        Assert.False(secondment.ServesOn(new DateOnly(2026, 6, 1)));
    }

    [Fact]
    public void Leave_noticed_after_it_starts_is_flagged_as_without_notice_and_without_a_substitute_R30()
    {
        var officer = Serving(BacKan);
        var late = Absence.Notify(officer, AbsenceKind.Leave, Local("2026-03-03T07:30"), Local("2026-03-05T17:00"), "Việc gia đình", null, [],
            BacKan.OfficerRules, Vietnam2026, JusticeLeader, Local("2026-03-03T09:00")).Value!;
        Assert.True(late.WithoutNotice);
        Assert.True(late.WithoutSubstitute);
        var backup = Serving(BacKan, SecondmentRole.Backup, name: "Trần Văn Bình");
        var timely = Absence.Notify(officer, AbsenceKind.Leave, Local("2026-03-10T07:30"), Local("2026-03-10T17:00"), "Nghỉ phép năm", backup, [],
            BacKan.OfficerRules, Vietnam2026, JusticeLeader, Local("2026-03-06T16:00")).Value!;
        Assert.False(timely.IsFlagged);
        Assert.Equal("Trần Văn Bình", timely.SubstituteName);
    }

    [Fact]
    public void Sick_leave_needs_notice_in_CamPha_and_BacNinh_by_the_end_of_its_first_working_day_not_in_BacKan_R61()
    {
        Absence Sick(LocalityProfile profile, string noticeAt) => Absence.Notify(Serving(profile), AbsenceKind.Sick, Local("2026-03-03T07:30"),
            Local("2026-03-04T17:00"), "Ốm", null, [], profile.OfficerRules, Vietnam2026, JusticeLeader, Local(noticeAt)).Value!;
        Assert.False(Sick(CamPha, "2026-03-03T16:59").WithoutNotice);
        Assert.True(Sick(CamPha, "2026-03-04T08:00").WithoutNotice);
        Assert.True(Sick(BacNinh, "2026-03-04T08:00").WithoutNotice);
        Assert.False(Sick(BacKan, "2026-03-04T08:00").WithoutNotice);
    }

    [Fact]
    public void A_request_to_pull_an_officer_away_waits_for_the_Center_and_a_refusal_keeps_the_officer_at_the_counter_R30()
    {
        var officer = Serving(ThaiNguyen);
        var request = Absence.Notify(officer, AbsenceKind.Recall, Local("2026-03-03T13:30"), Local("2026-03-03T17:00"), "Họp đoàn kiểm tra", null, [],
            ThaiNguyen.OfficerRules, Vietnam2026, JusticeLeader, Local("2026-03-03T08:00")).Value!;
        Assert.Equal(AbsenceState.Requested, request.State);
        Assert.False(request.AwayAt(Local("2026-03-03T14:00")));
        Assert.Equal(nameof(StaffingRules.RoleNotAllowed), request.Refuse("Không đủ người", JusticeLeader, Now).Broken?.Name);
        Assert.Equal(nameof(StaffingRules.ReasonRequired), request.Refuse(" ", Director, Now).Broken?.Name);
        Assert.True(request.Refuse("Buổi chiều đông người nộp hồ sơ, không có người thay", Director, Now).Succeeded);
        Assert.False(request.AwayAt(Local("2026-03-03T14:00")));
        Assert.Equal(nameof(StaffingRules.NotARequest), request.Approve(null, Director, Now).Broken?.Name);
        Assert.False(request.IsFlagged);
    }

    [Fact]
    public void An_officer_pulled_away_without_approval_is_a_breach_of_labour_discipline_in_ThaiNguyen_only_R61()
    {
        Absence Found(LocalityProfile profile) => Absence.Find(Serving(profile), AbsenceKind.Recall, Local("2026-03-03T13:30"), Local("2026-03-03T17:00"),
            "Cơ quan tự ý rút cán bộ đi họp", null, [], profile.OfficerRules, Director, Local("2026-03-03T14:00")).Value!;
        var thaiNguyen = Found(ThaiNguyen);
        Assert.True(thaiNguyen.WithoutApproval);
        Assert.True(thaiNguyen.LabourDisciplineBreach);
        var bacKan = Found(BacKan);
        Assert.True(bacKan.WithoutApproval);
        Assert.False(bacKan.LabourDisciplineBreach);
    }

    [Fact]
    public void A_substitute_is_another_free_officer_of_the_same_agency_R30()
    {
        var officer = Serving(BacKan);
        var otherAgency = Serving(BacKan, SecondmentRole.Backup, Labour, "Phạm Văn Đức");
        var backup = Serving(BacKan, SecondmentRole.Backup, name: "Trần Văn Bình");
        Absence Notify(Secondment? substitute, IReadOnlyCollection<Absence> busy, Secondment? who = null) => Absence.Notify(who ?? officer, AbsenceKind.Training,
            Local("2026-03-10T07:30"), Local("2026-03-12T17:00"), "Bồi dưỡng nghiệp vụ", substitute, busy, BacKan.OfficerRules, Vietnam2026, JusticeLeader, Now).Value!;
        Outcome<Absence> Try(Secondment? substitute, IReadOnlyCollection<Absence> busy) => Absence.Notify(officer, AbsenceKind.Training,
            Local("2026-03-10T07:30"), Local("2026-03-12T17:00"), "Bồi dưỡng nghiệp vụ", substitute, busy, BacKan.OfficerRules, Vietnam2026, JusticeLeader, Now);
        Assert.Equal(nameof(StaffingRules.SubstituteIsTheOfficer), Try(officer, []).Broken?.Name);
        Assert.Equal(nameof(StaffingRules.SubstituteOfOtherAgency), Try(otherAgency, []).Broken?.Name);
        var backupAway = Notify(null, [], backup);
        Assert.Equal(nameof(StaffingRules.SubstituteAbsent), Try(backup, [backupAway]).Broken?.Name);
        var absence = Notify(null, []);
        Assert.True(absence.NameSubstitute(backup, [], JusticeLeader).Succeeded);
        Assert.False(absence.WithoutSubstitute);
    }

    [Fact]
    public void The_roster_shows_the_named_substitute_or_a_free_backup_at_an_absent_officers_counter_R30()
    {
        var counter = Counter.Open(Center, 1, "Tư pháp – Hộ tịch", [Justice, Labour], Director).Value!;
        counter.Id = 1;
        var primary = Serving(BacKan);
        var backup = Serving(BacKan, SecondmentRole.Backup, name: "Trần Văn Bình");
        var leave = Absence.Notify(primary, AbsenceKind.Leave, Local("2026-03-10T07:30"), Local("2026-03-10T17:00"), "Nghỉ phép", null, [],
            BacKan.OfficerRules, Vietnam2026, JusticeLeader, Now).Value!;
        var seats = Roster.On(new DateOnly(2026, 3, 10), [counter], [primary, backup], [leave], Vietnam2026);
        Assert.Equal(2, seats.Count);
        var justice = seats.Single(s => s.AgencyId == Justice);
        Assert.Same(leave, justice.Absence);
        Assert.Same(backup, justice.Present);
        Assert.False(justice.CoverNamed);
        Assert.Null(seats.Single(s => s.AgencyId == Labour).Officer);
        var dayAfter = Roster.On(new DateOnly(2026, 3, 11), [counter], [primary, backup], [leave], Vietnam2026).Single(s => s.AgencyId == Justice);
        Assert.Same(primary, dayAfter.Present);
        Assert.Equal([Labour], Roster.WithoutBackup(new DateOnly(2026, 3, 11), [primary, backup, Serving(BacKan, agency: Labour)], BacKan.OfficerRules));
        Assert.Empty(Roster.WithoutBackup(new DateOnly(2026, 3, 11), [Serving(BacNinh, agency: Labour)], BacNinh.OfficerRules));
    }
}
