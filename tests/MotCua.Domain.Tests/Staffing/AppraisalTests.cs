using MotCua.Domain.Profiles;
using MotCua.Domain.Staffing;
using static MotCua.Domain.Tests.TestCalendars;

namespace MotCua.Domain.Tests.Staffing;

/// <summary>Evaluation periods on the calendar and the rules of an officer's evaluation (R31, R62). Instants are Vietnam local time on <see cref="TestCalendars.Vietnam2026"/>.</summary>
public class AppraisalTests
{
    const string Center = "000.00.00.H00";
    const string Justice = "000.00.15.H00";
    static readonly LocalityProfile BacKan = LocalityProfiles.Get("bac-kan-ward-2025");
    static readonly LocalityProfile CamPha = LocalityProfiles.Get("cam-pha-city-2022");
    static readonly LocalityProfile BacNinh = LocalityProfiles.Get("bac-ninh-province-2023");
    static readonly Actor Director = new("d", "Lê Quang Vinh", Role.CenterDirector, Center);
    static readonly Actor Staff = new("s", "Phạm Thu Hà", Role.CenterStaff, Center);
    static readonly Actor Admin = new("a", "Quản trị", Role.Admin, Center);
    static readonly Actor Officer = new("o1", "Nguyễn Thị Lan", Role.Reception, Center);
    static readonly Actor OtherOfficer = new("o2", "Trần Văn Bình", Role.Reception, Center);
    static readonly Actor JusticeLeader = new("l", "Hoàng Văn Nam", Role.AgencyLeader, Justice);
    static readonly Actor OtherLeader = new("l2", "Đinh Văn Tùng", Role.AgencyLeader, "000.00.16.H00");
    static readonly DateTimeOffset Now = Local("2026-12-02T09:00");
    static readonly DateOnly Today = new(2026, 12, 2);

    static EvaluationPeriod Period(LocalityProfile profile, string key) => EvaluationPeriod.Parse(key, profile.OfficerEvaluation, Vietnam2026)!;

    static Secondment Serving(LocalityProfile profile, DateOnly from)
    {
        var secondment = Secondment.Propose(Center, Justice, "Phòng Tư pháp", isAgency: true, Officer.Id, Officer.Name, SecondmentRole.Primary,
            OfficerPosition.Head, true, counterId: null, from, null, [], profile.OfficerRules, Director, Now).Value!;
        secondment.Id = 7;
        Assert.True(secondment.Approve("Quyết định số 12/QĐ-UBND ngày 02/01/2026", Director, Now).Succeeded);
        return secondment;
    }

    static readonly AppraisalFigure Received = new(EvaluationBasis.ReceptionResults, "received", "Hồ sơ tiếp nhận", 2, FigureSource.Dossier, ["A-1", "A-2"]);
    static readonly AppraisalFigure Handled = new(EvaluationBasis.HandlingResults, "on-time", "Đúng hạn", 1, FigureSource.Dossier, ["A-1"]);

    static OfficerAppraisal Started(LocalityProfile profile, string key) =>
        OfficerAppraisal.Start(Serving(profile, new DateOnly(2026, 1, 1)), Period(profile, key), profile.OfficerEvaluation, [Received, Handled], false, Today, Staff, Now).Value!;

    [Fact]
    public void Under_Bac_Ninh_each_month_is_a_period_due_by_the_5th_working_day_of_the_next_month_R31()
    {
        var november = Period(BacNinh, "2026-11");
        Assert.Equal((new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)), (november.First, november.Last));
        // 1/12/2026 is a Tuesday: the 5th working day is Monday 7/12.
        Assert.Equal("2026-12-07T17:00", Show(november.CenterDue));
        // The year's rating comes back by the year's last working day (no date in the profile).
        Assert.Equal("2026-12-31T17:00", Show(november.RatingsDue));
        Assert.Equal("tháng 11/2026", november.Vietnamese);
        // Until November's deadline the Center works on November; then on December.
        Assert.Equal("2026-11", EvaluationPeriod.Current(Now, BacNinh.OfficerEvaluation, Vietnam2026).Key);
        Assert.Equal("2026-12", EvaluationPeriod.Current(Local("2026-12-08T08:00"), BacNinh.OfficerEvaluation, Vietnam2026).Key);
        Assert.Null(EvaluationPeriod.Parse("2026", BacNinh.OfficerEvaluation, Vietnam2026));
        Assert.Null(EvaluationPeriod.Parse("2026-13", BacNinh.OfficerEvaluation, Vietnam2026));
    }

    [Fact]
    public void Under_Cam_Pha_the_year_is_due_before_5_December_and_the_agencies_ratings_before_31_December_R31_R62()
    {
        var year = Period(CamPha, "2026");
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)), (year.First, year.Last));
        // 5/12/2026 is a Saturday: the last working day before it is Friday 4/12; before 31/12 (a Thursday) is Wednesday 30/12.
        Assert.Equal("2026-12-04T17:00", Show(year.CenterDue));
        Assert.Equal("2026-12-30T17:00", Show(year.RatingsDue));
        Assert.Null(EvaluationPeriod.Parse("2026-11", CamPha.OfficerEvaluation, Vietnam2026));
        Assert.Equal("2026", EvaluationPeriod.Current(Now, CamPha.OfficerEvaluation, Vietnam2026).Key);
        // Past its deadline the year is still the one to finish; the next year comes with January.
        Assert.Equal("2026", EvaluationPeriod.Current(Local("2026-12-07T08:00"), CamPha.OfficerEvaluation, Vietnam2026).Key);
        Assert.Equal("2027", EvaluationPeriod.Current(Local("2027-01-05T08:00"), CamPha.OfficerEvaluation, Vietnam2026).Key);
    }

    [Fact]
    public void Without_a_cadence_the_product_default_is_annual_before_15_December_and_ratings_by_the_years_last_working_day_R31()
    {
        Assert.Equal(EvaluationCadence.NotSet, BacKan.OfficerEvaluation.Cadence);
        var year = Period(BacKan, "2026");
        // 15/12/2026 is a Tuesday: due by the end of Monday 14/12.
        Assert.Equal("2026-12-14T17:00", Show(year.CenterDue));
        Assert.Equal("2026-12-31T17:00", Show(year.RatingsDue));
        Assert.Equal(new MonthDay(12, 15), EvaluationDefaults.CenterDueBefore);
    }

    [Fact]
    public void Only_the_Centers_staff_start_an_evaluation_of_an_officer_who_served_in_a_started_period_once_R31()
    {
        var officer = Serving(BacNinh, new DateOnly(2026, 11, 15));
        var november = Period(BacNinh, "2026-11");
        var profile = BacNinh.OfficerEvaluation;
        Assert.Equal(nameof(AppraisalRules.RoleNotAllowed), OfficerAppraisal.Start(officer, november, profile, [], false, Today, Admin, Now).Broken?.Name);
        Assert.Equal(nameof(AppraisalRules.RoleNotAllowed), OfficerAppraisal.Start(officer, november, profile, [], false, Today, JusticeLeader, Now).Broken?.Name);
        Assert.Equal(nameof(AppraisalRules.NotServingInPeriod),
            OfficerAppraisal.Start(officer, Period(BacNinh, "2026-10"), profile, [], false, Today, Staff, Now).Broken?.Name);
        Assert.Equal(nameof(AppraisalRules.PeriodNotStarted),
            OfficerAppraisal.Start(officer, Period(BacNinh, "2027-01"), profile, [], false, Today, Staff, Now).Broken?.Name);
        Assert.Equal(nameof(AppraisalRules.AlreadyStarted), OfficerAppraisal.Start(officer, november, profile, [], true, Today, Staff, Now).Broken?.Name);

        var started = OfficerAppraisal.Start(officer, november, profile, [Received, Handled], false, Today, Staff, Now).Value!;
        Assert.Equal((AppraisalState.Open, "2026-11", 7), (started.State, started.PeriodKey, started.SecondmentId));
        // Bắc Ninh does not evaluate on handling results: only the profile's bases are kept.
        Assert.Equal([Received], started.Figures);
        Assert.Equal(profile.Bases, started.Bases);
    }

    [Fact]
    public void Only_the_officer_self_assesses_under_the_three_headings_and_Bac_Ninh_appraises_after_it_R31()
    {
        var appraisal = Started(BacNinh, "2026-11");
        Assert.Equal(nameof(AppraisalRules.SelfAssessmentFirst), appraisal.Appraise(AppraisalGrade.Good, "Tốt", Director, Now).Broken?.Name);
        Assert.Equal(nameof(AppraisalRules.NotTheOfficer), appraisal.SelfAssess("a", "b", "c", AppraisalGrade.Good, OtherOfficer, Now).Broken?.Name);
        Assert.Equal(nameof(AppraisalRules.NotTheOfficer), appraisal.SelfAssess("a", "b", "c", AppraisalGrade.Good, Director, Now).Broken?.Name);
        Assert.Equal(nameof(AppraisalRules.SelfAssessmentTextRequired), appraisal.SelfAssess("a", " ", "c", AppraisalGrade.Good, Officer, Now).Broken?.Name);
        Assert.True(appraisal.SelfAssess("Chấp hành tốt nội quy", "Tiếp nhận 2 hồ sơ", "Không có phản ánh", AppraisalGrade.Excellent, Officer, Now).Succeeded);
        Assert.Equal((AppraisalState.SelfAssessed, AppraisalGrade.Excellent), (appraisal.State, appraisal.SelfAssessment!.ProposedGrade));

        Assert.Equal(nameof(AppraisalRules.CommentsRequired), appraisal.Appraise(AppraisalGrade.Good, " ", Director, Now).Broken?.Name);
        Assert.True(appraisal.Appraise(AppraisalGrade.Good, "Hoàn thành tốt nhiệm vụ được giao.", Director, Now).Succeeded);
        // Appraised, the officer's text is closed and the figures are no longer recomputed.
        Assert.Equal(nameof(AppraisalRules.NotInState), appraisal.SelfAssess("a", "b", "c", AppraisalGrade.Good, Officer, Now).Broken?.Name);
        Assert.Equal(nameof(AppraisalRules.NotInState), appraisal.Recompute([], Staff, Now).Broken?.Name);
    }

    [Fact]
    public void Cam_Pha_appraises_without_a_self_assessment_and_a_sent_evaluation_is_kept_unchanged_R31_R52()
    {
        var appraisal = Started(CamPha, "2026");
        Assert.Equal(nameof(AppraisalRules.NotInState), appraisal.Send(Staff, Now).Broken?.Name);
        Assert.True(appraisal.Appraise(AppraisalGrade.Completed, "Hoàn thành nhiệm vụ.", Staff, Now).Succeeded);
        Assert.True(appraisal.Send(Director, Now).Succeeded);
        Assert.Equal((AppraisalState.Sent, "Lê Quang Vinh"), (appraisal.State, appraisal.SentBy));
        Assert.Equal(nameof(AppraisalRules.NotInState), appraisal.Appraise(AppraisalGrade.Excellent, "Khác", Director, Now).Broken?.Name);
        Assert.Equal(nameof(AppraisalRules.NotInState), appraisal.Send(Director, Now).Broken?.Name);
    }

    [Fact]
    public void Only_the_agencys_leader_records_the_years_rating_once_after_the_evaluation_is_sent_R62()
    {
        var appraisal = Started(CamPha, "2026");
        var on = new DateOnly(2026, 12, 20);
        Assert.Equal(nameof(AppraisalRules.NotSentYet),
            appraisal.RecordAgencyRating(AppraisalGrade.Good, "Quyết định số 5/QĐ-TP", on, false, Today, JusticeLeader, Now).Broken?.Name);
        Assert.True(appraisal.Appraise(AppraisalGrade.Good, "Tốt.", Staff, Now).Succeeded);
        Assert.True(appraisal.Send(Staff, Now).Succeeded);
        Assert.Equal(nameof(AppraisalRules.NotYourUnit),
            appraisal.RecordAgencyRating(AppraisalGrade.Good, "QĐ 5", on, false, Today, OtherLeader, Now).Broken?.Name);
        Assert.Equal(nameof(AppraisalRules.RoleNotAllowed),
            appraisal.RecordAgencyRating(AppraisalGrade.Good, "QĐ 5", on, false, Today, Director, Now).Broken?.Name);
        Assert.Equal(nameof(AppraisalRules.DecisionRequired),
            appraisal.RecordAgencyRating(AppraisalGrade.Good, " ", Today, false, Today, JusticeLeader, Now).Broken?.Name);
        Assert.Equal(nameof(AppraisalRules.RatedInFuture),
            appraisal.RecordAgencyRating(AppraisalGrade.Good, "QĐ 5", Today.AddDays(1), false, Today, JusticeLeader, Now).Broken?.Name);
        // Under a monthly cadence another month may already hold the year's rating.
        Assert.Equal(nameof(AppraisalRules.AlreadyRated),
            appraisal.RecordAgencyRating(AppraisalGrade.Good, "QĐ 5", Today, true, Today, JusticeLeader, Now).Broken?.Name);
        Assert.True(appraisal.RecordAgencyRating(AppraisalGrade.Good, "Quyết định số 5/QĐ-TP ngày 02/12/2026", Today, false, Today, JusticeLeader, Now).Succeeded);
        Assert.Equal((2026, AppraisalGrade.Good, "Hoàng Văn Nam"), (appraisal.AgencyRating!.Year, appraisal.AgencyRating.Grade, appraisal.AgencyRating.RecordedBy));
        Assert.Equal(nameof(AppraisalRules.AlreadyRated),
            appraisal.RecordAgencyRating(AppraisalGrade.Excellent, "QĐ 6", Today, false, Today, JusticeLeader, Now).Broken?.Name);
    }
}
