using MotCua.Domain.Catalog;
using MotCua.Domain.Profiles;
using MotCua.Domain.Staffing;
using MotCua.Domain.Time;
using static MotCua.Domain.Tests.TestCalendars;

namespace MotCua.Domain.Tests.Profiles;

/// <summary>Each row of RULES.md's profile table, shown at work. Instants are Vietnam local time on <see cref="TestCalendars.Vietnam2026"/>.</summary>
public class LocalityProfileTests
{
    static readonly LocalityProfile BacKan = LocalityProfiles.Get("bac-kan-ward-2025");
    static readonly LocalityProfile CamPha = LocalityProfiles.Get("cam-pha-city-2022");
    static readonly LocalityProfile ThaiNguyen = LocalityProfiles.Get("thai-nguyen-province-2026");
    static readonly LocalityProfile BacNinh = LocalityProfiles.Get("bac-ninh-province-2023");
    static readonly LocalityProfile VinhLong = LocalityProfiles.Get("vinh-long-province-2025");
    static readonly LocalityProfile[] Five = [BacKan, CamPha, ThaiNguyen, BacNinh, VinhLong];

    static readonly WorkingCalendar Calendar = Vietnam2026;

    static string? Show(DateTimeOffset? instant) => instant is { } i ? TestCalendars.Show(i) : null;

    [Fact]
    public void Every_shipped_profile_loads_and_is_valid()
    {
        Assert.Equal(
            ["bac-kan-ward-2025", "bac-ninh-province-2023", "cam-pha-city-2022", "default", "thai-nguyen-province-2026", "vinh-long-province-2025"],
            LocalityProfiles.All.Select(p => p.Id));
        foreach (var profile in LocalityProfiles.All)
        {
            Assert.Empty(profile.Problems());
            Assert.Same(profile, LocalityProfiles.Get(profile.Id));
            Assert.Contains("Nghị định", profile.LegalBase);
            Assert.False(string.IsNullOrWhiteSpace(profile.Name));
            Assert.False(string.IsNullOrWhiteSpace(profile.Source));
        }
        Assert.Equal("Phường Bắc Kạn, tỉnh Thái Nguyên (2025)", BacKan.Name);
        foreach (var profile in Five)
            Assert.Contains("Điều", profile.Source);
    }

    [Fact]
    public void An_unknown_profile_id_is_a_clear_error()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => LocalityProfiles.Get("ha-noi-2026"));
        Assert.Contains("Không có cấu hình địa phương \"ha-noi-2026\"", e.Message);
        Assert.Contains("bac-ninh-province-2023", e.Message);
    }

    [Fact]
    public void Levels_follow_the_unit_ward_city_province_R41()
    {
        Assert.Equal(ProcedureLevel.Commune, BacKan.Level);
        Assert.Equal(ProcedureLevel.District, CamPha.Level);
        Assert.All([ThaiNguyen, BacNinh, VinhLong], p => Assert.Equal(ProcedureLevel.Province, p.Level));
    }

    [Fact]
    public void Legal_bases_differ_by_regulation()
    {
        Assert.Equal("Nghị định 118/2025/NĐ-CP", BacKan.LegalBase);
        Assert.Contains("367/2025", ThaiNguyen.LegalBase);
        Assert.Contains("45/2020", BacNinh.LegalBase);
        Assert.All([CamPha, BacNinh, VinhLong], p => Assert.Contains("61/2018", p.LegalBase));
    }

    [Fact]
    public void Default_profile_carries_the_product_defaults()
    {
        var d = LocalityProfiles.Default;
        Assert.Equal(LocalityProfiles.DefaultId, d.Id);
        Assert.Equal(TimeLimit.WorkingDays(3), d.SupplementRequestLimit);
        Assert.Null(d.CloseUnsupplementedAfter);
        Assert.Equal(DueCounting.NextWorkingDay, d.DueCounting);
        Assert.Empty(d.CourierRounds);
        Assert.Equal(ResultHandOverRule.NotSet, d.ResultHandOver.Rule);
        Assert.Equal(RemittanceCadence.NotSet, d.FeeRemittance.Transfers);
        Assert.Null(d.FeedbackForwardingLimit);
        Assert.False(d.SoleFeeCollectorAndReturnPoint || d.FiveOnTheSpot || d.PublishAnswersOnNationalPortal);
    }

    [Fact]
    public void All_localities_count_due_dates_from_the_next_working_day_R44()
    {
        Assert.All(LocalityProfiles.All, p => Assert.Equal(DueCounting.NextWorkingDay, p.DueCounting));
    }

    // R12: courier rounds

    [Theory]
    [InlineData("2026-03-02T10:15", "2026-03-02T11:00")]
    [InlineData("2026-03-02T11:00", "2026-03-02T11:00")]
    [InlineData("2026-03-02T11:15", "2026-03-02T16:00")]
    [InlineData("2026-04-24T16:30", "2026-04-28T11:00")] // Friday evening; Monday 27 Apr is a holiday
    [InlineData("2026-03-07T09:00", "2026-03-09T11:00")] // Saturday
    public void BacKan_paper_travels_at_11_and_16_R12(string ready, string round)
    {
        Assert.Equal(round, Show(BacKan.NextCourierRound(Local(ready), Calendar)));
    }

    [Theory]
    [InlineData("2026-03-02T07:45", "2026-03-02T08:00")]
    [InlineData("2026-03-02T10:15", "2026-03-02T14:00")]
    [InlineData("2026-03-02T16:01", "2026-03-03T08:00")]
    public void VinhLong_postal_courier_runs_four_rounds_R12(string ready, string round)
    {
        Assert.Equal(4, VinhLong.CourierRounds.Count);
        Assert.Equal(round, Show(VinhLong.NextCourierRound(Local(ready), Calendar)));
    }

    [Fact]
    public void Localities_without_rounds_set_no_courier_time_R12()
    {
        Assert.All([CamPha, ThaiNguyen, BacNinh, LocalityProfiles.Default],
            p => Assert.Null(p.NextCourierRound(Local("2026-03-02T10:15"), Calendar)));
    }

    // R15: supplement request deadline

    [Fact]
    public void CamPha_has_no_supplement_deadline_so_national_default_applies_R15()
    {
        Assert.Equal(LocalityProfiles.Default.SupplementRequestLimit, CamPha.SupplementRequestLimit);
        // Received Thursday 23 Apr 2026: Fri 24 (1), Mon 27 is a holiday, Tue 28 (2), Wed 29 (3).
        var received = Local("2026-04-23T09:00");
        Assert.Equal("2026-04-29T17:00", Show(CamPha.SupplementRequestLimit.DueFrom(received, Calendar, CamPha.DueCounting)));
    }

    [Fact]
    public void Every_locality_allows_supplement_requests_within_3_working_days_R15()
    {
        Assert.All(Five, p => Assert.Equal(TimeLimit.WorkingDays(3), p.SupplementRequestLimit));
    }

    // R16: closing a dossier never supplemented

    [Theory]
    [InlineData("2026-03-02T10:00", "2026-03-17T17:00")] // the 15th day is Tuesday 17 Mar
    [InlineData("2026-03-06T10:00", "2026-03-23T17:00")] // the 15th day is Saturday 21 Mar: end of the next working day
    [InlineData("2026-03-02T18:00", "2026-03-17T17:00")] // after hours: still counted from the next day, 3 Mar (R44)
    [InlineData("2026-03-07T09:00", "2026-03-23T17:00")] // a Saturday notice: day 1 is Sunday 8 Mar, day 15 Sunday 22 Mar → Monday
    public void ThaiNguyen_closes_unsupplemented_dossier_after_15_days_R16(string notice, string closure)
    {
        Assert.Equal(TimeLimit.CalendarDays(15), ThaiNguyen.CloseUnsupplementedAfter);
        Assert.Equal(closure, Show(ThaiNguyen.CloseUnsupplementedAfter!.Value.DueFrom(Local(notice), Calendar, ThaiNguyen.DueCounting)));
    }

    [Fact]
    public void BacKan_never_closes_unsupplemented_dossier_R16()
    {
        Assert.Null(BacKan.CloseUnsupplementedAfter);
        Assert.All([CamPha, BacNinh, VinhLong], p => Assert.Null(p.CloseUnsupplementedAfter));
    }

    // R23: handing the result over to the return desk

    [Theory]
    [InlineData("2026-03-03T09:00", "2026-03-02T16:30")] // Tue 07:30–09:00 is 1 h 30; 30 min more before Mon 17:00
    [InlineData("2026-03-09T08:00", "2026-03-06T15:30")] // Mon 07:30–08:00 is 30 min; 1 h 30 more before Fri 17:00
    [InlineData("2026-03-04T10:30", "2026-03-04T08:30")] // inside the morning session
    [InlineData("2026-03-04T14:30", "2026-03-04T10:30")] // across the lunch break
    [InlineData("2026-03-04T15:30", "2026-03-04T13:30")] // exactly the afternoon session: hand over by 13:30
    [InlineData("2026-03-09T09:30", "2026-03-09T07:30")] // exactly the morning's first 2 h: Monday 07:30 still leaves them
    [InlineData("2026-04-28T08:30", "2026-04-24T16:00")] // Monday 27 Apr is a holiday
    public void BacNinh_hands_result_over_two_working_hours_before_a_timed_appointment_R23(string appointment, string deadline)
    {
        Assert.Equal(TimeSpan.FromHours(2), BacNinh.ResultHandOver.HandOverBeforeTimedAppointment);
        var handOver = BacNinh.ResultHandOverDeadline(Local(appointment), appointmentHasHour: true, Calendar);
        Assert.Equal(deadline, Show(handOver));
        Assert.Equal(TimeSpan.FromHours(2), Calendar.WorkingTimeBetween(handOver!.Value, Local(appointment)));
    }

    [Theory]
    [InlineData("2026-03-04", "2026-03-03T17:00")]
    [InlineData("2026-03-09", "2026-03-06T17:00")] // across a weekend
    [InlineData("2026-04-28", "2026-04-24T17:00")] // across a weekend and the 27 Apr holiday
    [InlineData("2026-09-03", "2026-08-28T17:00")] // across the National Day holidays (29 Aug – 2 Sep)
    [InlineData("2026-08-24", "2026-08-22T17:00")] // Saturday 22 Aug 2026 is a working day
    public void BacNinh_hands_result_over_by_end_of_previous_working_day_for_a_date_only_appointment_R23(string appointmentDay, string deadline)
    {
        // The time of day carried by a date-only appointment is ignored.
        var appointment = Calendar.AtLocal(DateOnly.Parse(appointmentDay), new TimeOnly(15, 0));
        Assert.Equal(deadline, Show(BacNinh.ResultHandOverDeadline(appointment, appointmentHasHour: false, Calendar)));
    }

    [Fact]
    public void Only_BacNinh_fixes_a_hand_over_deadline_VinhLong_goes_through_the_postal_courier_R23()
    {
        Assert.Equal(ResultHandOverRule.PostalCourier, VinhLong.ResultHandOver.Rule);
        var appointment = Local("2026-03-03T09:00");
        Assert.All([BacKan, CamPha, ThaiNguyen, VinhLong, LocalityProfiles.Default], p =>
        {
            Assert.Null(p.ResultHandOverDeadline(appointment, appointmentHasHour: true, Calendar));
            Assert.Null(p.ResultHandOverDeadline(appointment, appointmentHasHour: false, Calendar));
        });
    }

    // R29, R10: fees, sole collector, "5 tại chỗ"

    [Fact]
    public void BacNinh_is_sole_collector_and_has_five_on_the_spot_R29_R10()
    {
        Assert.True(BacNinh.SoleFeeCollectorAndReturnPoint);
        Assert.True(BacNinh.FiveOnTheSpot);
        Assert.All([BacKan, CamPha, ThaiNguyen, VinhLong], p =>
        {
            Assert.False(p.SoleFeeCollectorAndReturnPoint);
            Assert.False(p.FiveOnTheSpot);
        });
    }

    [Theory]
    [InlineData(1, "2026-01-30")] // 31 Jan is a Saturday
    [InlineData(5, "2026-05-29")] // 30–31 May are a weekend
    [InlineData(8, "2026-08-28")] // 29–30 Aug weekend, 31 Aug a holiday
    public void BacKan_and_VinhLong_banks_move_fees_on_the_last_working_day_of_the_month_R29(int month, string day)
    {
        Assert.Equal(DateOnly.Parse(day), BacKan.FeeRemittance.TransferDay(2026, month, Calendar));
        Assert.Equal(DateOnly.Parse(day), VinhLong.FeeRemittance.TransferDay(2026, month, Calendar));
    }

    [Fact]
    public void Fee_remittance_and_reconciliation_differ_by_locality_R29()
    {
        Assert.Equal(new ReconciliationWindow(1, 9), BacKan.FeeRemittance.Reconciliation);     // papers before the 10th
        Assert.Equal(new ReconciliationWindow(1, 4), VinhLong.FeeRemittance.Reconciliation);   // papers before the 5th
        Assert.Equal(new ReconciliationWindow(5, 10), BacNinh.FeeRemittance.Reconciliation);   // 5th to 10th
        Assert.Equal((RemittanceCadence.Weekly, RemittanceCadence.Monthly), (BacNinh.FeeRemittance.Cash, BacNinh.FeeRemittance.Transfers));
        Assert.Equal((RemittanceCadence.Daily, RemittanceCadence.Daily), (CamPha.FeeRemittance.Cash, CamPha.FeeRemittance.Transfers));
        Assert.Equal(RemittanceCadence.NotSet, ThaiNguyen.FeeRemittance.Transfers);
        Assert.All([BacNinh, CamPha, ThaiNguyen], p => Assert.Null(p.FeeRemittance.TransferDay(2026, 1, Calendar)));
    }

    // R30, R31: seconded officers

    [Fact]
    public void BacNinh_evaluates_officers_monthly_on_four_bases_R31()
    {
        Assert.Equal([EvaluationBasis.ReceptionResults, EvaluationBasis.ComplaintsAndRatings, EvaluationBasis.SelfAssessment, EvaluationBasis.RuleCompliance],
            BacNinh.OfficerEvaluation.Bases);
        Assert.Equal(EvaluationCadence.Monthly, BacNinh.OfficerEvaluation.Cadence);
        Assert.Contains("nội quy, quy chế", BacNinh.OfficerEvaluation.Description);
        Assert.All([BacKan, CamPha, ThaiNguyen, VinhLong], p => Assert.Equal(3, p.OfficerEvaluation.Bases.Count));
        // Cẩm Phả weighs rule compliance and assigned tasks, not a self-assessment (Art. 4.6).
        Assert.DoesNotContain(EvaluationBasis.SelfAssessment, CamPha.OfficerEvaluation.Bases);
        Assert.Contains(EvaluationBasis.AssignedTasks, CamPha.OfficerEvaluation.Bases);
    }

    [Fact]
    public void CamPha_evaluates_officers_yearly_before_5_December_and_agencies_report_before_31_December_R31()
    {
        var evaluation = CamPha.OfficerEvaluation;
        Assert.Equal(EvaluationCadence.Annual, evaluation.Cadence);
        Assert.Equal(new DateOnly(2026, 12, 5), evaluation.CenterEvaluationDueBefore!.Value.In(2026));
        Assert.Equal(new DateOnly(2026, 12, 31), evaluation.AgencyRatingsDueBefore!.Value.In(2026));
        Assert.All([BacKan, ThaiNguyen, BacNinh, VinhLong], p =>
        {
            Assert.Null(p.OfficerEvaluation.CenterEvaluationDueBefore);
            Assert.Null(p.OfficerEvaluation.AgencyRatingsDueBefore);
        });
        Assert.Equal(EvaluationCadence.NotSet, BacKan.OfficerEvaluation.Cadence);
    }

    [Fact]
    public void Officer_rules_differ_by_locality_R30()
    {
        Assert.All([BacKan, ThaiNguyen, VinhLong], p => Assert.True(p.OfficerRules.PrimaryAndBackupRequired));
        Assert.True(ThaiNguyen.OfficerRules.NoRecallWithoutCenterApproval);
        Assert.All([BacKan, CamPha, BacNinh, VinhLong], p => Assert.False(p.OfficerRules.NoRecallWithoutCenterApproval));
        Assert.True(CamPha.OfficerRules.DelegatedApproval);
        Assert.Equal(OfficerRank.DeputyHeadOrAbove, BacNinh.OfficerRules.MinimumRank);
        Assert.Equal(12, BacNinh.OfficerRules.MinimumSecondmentMonths);
        Assert.All([BacKan, CamPha, ThaiNguyen, VinhLong], p =>
        {
            Assert.Equal(OfficerRank.Any, p.OfficerRules.MinimumRank);
            Assert.Null(p.OfficerRules.MinimumSecondmentMonths);
        });
    }

    [Fact]
    public void Stationery_uniforms_and_training_follow_each_regulation_R69_R70()
    {
        Assert.Equal(
            [
                (StationerySupplier.Agency, UniformSupply.NotSet, TrainingOrganiser.Center),
                (StationerySupplier.Center, UniformSupply.CenterYearly, TrainingOrganiser.Agency),
                (StationerySupplier.NotSet, UniformSupply.NotSet, TrainingOrganiser.Center),
                (StationerySupplier.NotSet, UniformSupply.CenterProposes, TrainingOrganiser.Center),
                (StationerySupplier.Center, UniformSupply.NotSet, TrainingOrganiser.Center),
            ],
            Five.Select(p => (p.OfficerSupport.Stationery, p.OfficerSupport.Uniforms, p.OfficerSupport.Training)));
        Assert.Contains("đồng phục hằng năm", CamPha.OfficerSupport.Description);
        Assert.Contains("tự đào tạo", CamPha.OfficerSupport.Description);
    }

    // R34: feedback

    [Fact]
    public void CamPha_forwards_feedback_within_3_working_days_R34()
    {
        Assert.Equal(TimeLimit.WorkingDays(3), CamPha.FeedbackForwardingLimit);
        // Received Friday 24 Apr 2026: Tue 28 (1), Wed 29 (2), 30 Apr – 3 May off, Mon 4 May (3).
        var due = CamPha.FeedbackForwardingLimit!.Value.DueFrom(Local("2026-04-24T10:00"), Calendar, CamPha.DueCounting);
        Assert.Equal("2026-05-04T17:00", Show(due));
        Assert.All([BacKan, ThaiNguyen, BacNinh, VinhLong], p => Assert.Null(p.FeedbackForwardingLimit));
    }

    [Fact]
    public void ThaiNguyen_publishes_answers_to_feedback_on_the_national_portal_R34()
    {
        Assert.True(ThaiNguyen.PublishAnswersOnNationalPortal);
        Assert.All([BacKan, CamPha, BacNinh, VinhLong], p => Assert.False(p.PublishAnswersOnNationalPortal));
    }

    // R64: feedback reports

    [Fact]
    public void Feedback_reports_go_to_the_body_each_profile_names_R64()
    {
        Assert.Equal(
            ["Chủ tịch UBND phường", "UBND thành phố", "Văn phòng UBND tỉnh", "UBND tỉnh", "Văn phòng UBND tỉnh"],
            Five.Select(p => p.FeedbackReportsTo));
        Assert.Equal("UBND cùng cấp", LocalityProfiles.Default.FeedbackReportsTo);
    }
}
