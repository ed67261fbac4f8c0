using System.Text.RegularExpressions;
using MotCua.Domain.Catalog;
using MotCua.Domain.Feedback;
using MotCua.Domain.Fees;
using MotCua.Domain.Staffing;
using MotCua.Domain.Time;

namespace MotCua.Domain.Profiles;

/// <summary>
/// Where the localities' regulations differ (RULES.md, "Profile parameters"): one profile per
/// locality, read from data, so the product serves every locality by configuration, never by forks.
/// A parameter the regulation is silent on carries the product's default.
/// </summary>
public sealed partial record LocalityProfile
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string LegalBase { get; init; }

    /// <summary>The regulation and articles the values were taken from.</summary>
    public required string Source { get; init; }

    public required ProcedureLevel Level { get; init; }

    /// <summary>Fixed times of each working day when paper dossiers and results travel (R12); empty = not set.</summary>
    public required IReadOnlyList<TimeOnly> CourierRounds { get; init; }

    /// <summary>The record the receiving side signs when paper dossiers or results change hands in a courier round (R12).</summary>
    public required PaperHandOverRecord PaperHandOverRecord { get; init; }

    /// <summary>
    /// Bắc Kạn (Art. 4.2.b, R12): paper dossiers of procedures processed in three steps travel as soon as they are received
    /// complete and valid, in a round of their own, not at the next fixed time.
    /// </summary>
    public required bool ThreeStepPaperAtOnce { get; init; }

    /// <summary>Whether a paper dossier of <paramref name="version"/> travels at once rather than in the next round (R12).</summary>
    public bool TravelsAtOnce(ProcedureVersion version) => ThreeStepPaperAtOnce && version.Workflow.Count <= 3;

    /// <summary>How long after reception an agency may still request a supplement (R15).</summary>
    public required TimeLimit SupplementRequestLimit { get; init; }

    /// <summary>When a dossier still waiting for its supplement is closed, counted from the notice (R16); null = never automatically.</summary>
    public required TimeLimit? CloseUnsupplementedAfter { get; init; }

    public required DueCounting DueCounting { get; init; }

    public required ResultHandOver ResultHandOver { get; init; }

    public required FeeRemittance FeeRemittance { get; init; }

    /// <summary>The Center is the only place that collects fees and returns results (R3, R29; Bắc Ninh).</summary>
    public required bool SoleFeeCollectorAndReturnPoint { get; init; }

    /// <summary>Who collects fees unless an agency's own setting says otherwise (R29): the Center, or the agency itself or one it authorizes.</summary>
    public required FeeCollector FeeCollector { get; init; }

    public required OfficerEvaluation OfficerEvaluation { get; init; }

    public required OfficerRules OfficerRules { get; init; }

    public required OfficerSupport OfficerSupport { get; init; }

    /// <summary>How long the Center has to forward feedback to the competent agency (R34); null = not set.</summary>
    public required TimeLimit? FeedbackForwardingLimit { get; init; }

    /// <summary>How long feedback may take at each step (R34; LAW §9.4, 5.2): the national timings unless the regulation sets others.</summary>
    public required FeedbackTimings FeedbackTimings { get; init; }

    /// <summary>Agencies' answers to feedback are published on the National Public Service Portal (R34; Thái Nguyên).</summary>
    public required bool PublishAnswersOnNationalPortal { get; init; }

    /// <summary>The body the Center's feedback reports go to (R64), as printed on them ("Nơi nhận báo cáo: …").</summary>
    public required string FeedbackReportsTo { get; init; }

    public const int MaxFeedbackReportsToLength = 200;

    /// <summary>
    /// How long after the first rating the applicant may still change it (R33: one rating per dossier); after it
    /// the rating stands. The regulations are silent: the product's default is 7 days.
    /// </summary>
    public required TimeLimit RatingChangeWindow { get; init; }

    /// <summary>"5 tại chỗ" procedures are received, appraised, approved, returned and paid at the counter (R10).</summary>
    public required bool FiveOnTheSpot { get; init; }

    /// <summary>
    /// When the agency must hand the paper result to the return desk (R23). With
    /// <see cref="ResultHandOverRule.BeforeAppointment"/>: an appointment naming only a date → the end of
    /// the working day before that date; naming an hour → the latest instant that still leaves
    /// <see cref="ResultHandOver.HandOverBeforeTimedAppointment"/> of working time before it.
    /// Other rules fix no deadline: null.
    /// </summary>
    public DateTimeOffset? ResultHandOverDeadline(DateTimeOffset appointment, bool appointmentHasHour, WorkingCalendar calendar)
    {
        if (ResultHandOver.Rule != ResultHandOverRule.BeforeAppointment)
            return null;
        if (!appointmentHasHour)
            return calendar.EndOfWorkingDay(calendar.PreviousWorkingDayBefore(calendar.LocalDate(appointment)));
        return calendar.SubtractWorkingTime(appointment, ResultHandOver.HandOverBeforeTimedAppointment);
    }

    /// <summary>
    /// The courier round that takes a paper dossier or result ready at <paramref name="ready"/> (R12):
    /// the first round at or after it on a working day. Null when the profile sets no rounds.
    /// </summary>
    public DateTimeOffset? NextCourierRound(DateTimeOffset ready, WorkingCalendar calendar)
    {
        if (CourierRounds.Count == 0)
            return null;
        var local = calendar.ToLocal(ready);
        var day = DateOnly.FromDateTime(local.DateTime);
        if (calendar.IsWorkingDay(day))
        {
            var time = TimeOnly.FromDateTime(local.DateTime);
            foreach (var round in CourierRounds)
                if (round >= time)
                    return calendar.AtLocal(day, round);
        }
        return calendar.AtLocal(calendar.NextWorkingDayAfter(day), CourierRounds[0]);
    }

    /// <summary>Why this profile cannot be used, in Vietnamese; empty when it can.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Id.Length > 64 || !IdPattern().IsMatch(Id))
            problems.Add($"Mã cấu hình \"{Id}\" chỉ được gồm chữ thường không dấu, chữ số và dấu gạch ngang (tối đa 64 ký tự).");
        if (string.IsNullOrWhiteSpace(Name))
            problems.Add("Tên địa phương không được để trống.");
        if (string.IsNullOrWhiteSpace(LegalBase))
            problems.Add("Căn cứ pháp lý không được để trống.");
        if (string.IsNullOrWhiteSpace(Source))
            problems.Add("Phải ghi nguồn (văn bản, điều khoản) của các tham số.");
        if (!Enum.IsDefined(Level))
            problems.Add("Cấp hành chính không hợp lệ.");
        if (!Enum.IsDefined(PaperHandOverRecord))
            problems.Add("Loại biên bản ký khi giao nhận hồ sơ giấy không hợp lệ (R12).");
        if (!Enum.IsDefined(DueCounting))
            problems.Add("Cách tính thời hạn không hợp lệ.");
        for (var i = 1; i < CourierRounds.Count; i++)
            if (CourierRounds[i] <= CourierRounds[i - 1])
            {
                problems.Add("Các giờ luân chuyển hồ sơ giấy phải tăng dần và không trùng nhau (R12).");
                break;
            }
        AddLimitProblem(problems, "Thời hạn yêu cầu bổ sung, hoàn thiện hồ sơ (R15)", SupplementRequestLimit);
        if (CloseUnsupplementedAfter is { } close)
            AddLimitProblem(problems, "Thời hạn đóng hồ sơ không được bổ sung (R16)", close);
        if (FeedbackForwardingLimit is { } forward)
            AddLimitProblem(problems, "Thời hạn chuyển phản ánh, kiến nghị (R34)", forward);
        foreach (var (label, limit) in FeedbackTimings.Limits)
            AddLimitProblem(problems, $"{label} (R34)", limit);
        AddLimitProblem(problems, "Thời hạn thay đổi đánh giá mức độ hài lòng (R33)", RatingChangeWindow);
        if (string.IsNullOrWhiteSpace(FeedbackReportsTo))
            problems.Add("Phải ghi nơi nhận báo cáo phản ánh, kiến nghị (R64).");
        else if (FeedbackReportsTo.Length > MaxFeedbackReportsToLength || FeedbackReportsTo.Any(char.IsControl))
            problems.Add($"Nơi nhận báo cáo phản ánh, kiến nghị phải là một dòng, không quá {MaxFeedbackReportsToLength} ký tự (R64).");
        problems.AddRange(ResultHandOver.Problems());
        problems.AddRange(FeeRemittance.Problems());
        if (SoleFeeCollectorAndReturnPoint && FeeCollector != FeeCollector.Center)
            problems.Add("Trung tâm là đầu mối duy nhất thu phí, lệ phí thì người thu mặc định phải là Trung tâm (R29).");
        problems.AddRange(OfficerEvaluation.Problems());
        problems.AddRange(OfficerRules.Problems());
        problems.AddRange(OfficerSupport.Problems());
        return problems;
    }

    static void AddLimitProblem(List<string> problems, string label, TimeLimit limit)
    {
        if (limit.Problem() is { } problem)
            problems.Add($"{label}: {problem}");
        else if (limit.Unit == TimeLimitUnit.SameDay || limit.Value == 0)
            problems.Add($"{label} phải lớn hơn 0.");
    }

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*\z")]
    private static partial Regex IdPattern();
}

/// <summary>What the receiver of a courier round signs (R12).</summary>
public enum PaperHandOverRecord
{
    /// <summary>The regulation is silent: the product's hand-over list, signed by both sides.</summary>
    NotSet,
    /// <summary>The Phiếu kiểm soát, after checking the count and the accuracy of each dossier (Bắc Kạn Art. 4.2.b-c).</summary>
    ControlSlip,
    /// <summary>A biên bản giao nhận hồ sơ under the archival rules, after checking the count (Vĩnh Long Art. 4.2.b-c).</summary>
    HandOverMinutes,
}

public static class PaperHandOverRecords
{
    public static string Vietnamese(this PaperHandOverRecord record) => record switch
    {
        PaperHandOverRecord.ControlSlip => "Phiếu kiểm soát quá trình giải quyết hồ sơ",
        PaperHandOverRecord.HandOverMinutes => "Biên bản giao nhận hồ sơ",
        _ => "Danh sách bàn giao hồ sơ",
    };
}

public enum ResultHandOverRule
{
    /// <summary>The regulation is silent: no hand-over deadline besides the dossier's own due date.</summary>
    NotSet,
    /// <summary>Before the appointment: the working day before a date-only one, some working hours before a timed one (Bắc Ninh Art. 10.3).</summary>
    BeforeAppointment,
    /// <summary>The agency hands the paper result to the postal operator's courier, who takes it to the Center (Vĩnh Long Art. 4.4.a).</summary>
    PostalCourier,
}

/// <summary>How an agency's paper result reaches the return desk (R23).</summary>
public sealed record ResultHandOver(ResultHandOverRule Rule, TimeSpan HandOverBeforeTimedAppointment)
{
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (!Enum.IsDefined(Rule))
            problems.Add("Quy tắc bàn giao kết quả không hợp lệ (R23).");
        if (HandOverBeforeTimedAppointment < TimeSpan.Zero)
            problems.Add("Số giờ làm việc bàn giao kết quả trước giờ hẹn không được âm (R23).");
        if (HandOverBeforeTimedAppointment != TimeSpan.Zero && Rule != ResultHandOverRule.BeforeAppointment)
            problems.Add("Số giờ làm việc bàn giao trước giờ hẹn chỉ dùng với quy tắc bàn giao trước ngày, giờ hẹn (R23).");
        return problems;
    }
}

public enum RemittanceCadence
{
    NotSet,
    Daily,
    Weekly,
    Monthly,
    /// <summary>On the last working day of each month (Bắc Kạn, Vĩnh Long).</summary>
    LastWorkingDayOfMonth,
}

/// <summary>Days of each month, both inclusive, in which collected fees are reconciled with the agencies.</summary>
public sealed record ReconciliationWindow(int FirstDay, int LastDay);

/// <summary>
/// How collected fees reach the budget and the agencies, and when they are reconciled (R29).
/// The structured fields carry what the regulations fix; <see cref="Description"/> says it in full.
/// </summary>
public sealed record FeeRemittance(
    string Description,
    RemittanceCadence Cash,
    RemittanceCadence Transfers,
    ReconciliationWindow? Reconciliation)
{
    /// <summary>
    /// The day the month's transferred fees move to the treasury and agency accounts, when the profile
    /// fixes it as the last working day of the month; null otherwise.
    /// </summary>
    public DateOnly? TransferDay(int year, int month, WorkingCalendar calendar) =>
        Transfers == RemittanceCadence.LastWorkingDayOfMonth
            ? calendar.PreviousWorkingDayBefore(new DateOnly(year, month, 1).AddMonths(1))
            : null;

    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Description))
            problems.Add("Phải mô tả cách nộp, chuyển tiền phí, lệ phí (R29).");
        if (!Enum.IsDefined(Cash) || !Enum.IsDefined(Transfers))
            problems.Add("Định kỳ nộp tiền phí, lệ phí không hợp lệ (R29).");
        if (Reconciliation is { } w && (w.FirstDay < 1 || w.LastDay > 31 || w.FirstDay > w.LastDay))
            problems.Add($"Khoảng ngày đối chiếu phí, lệ phí {w.FirstDay}–{w.LastDay} không hợp lệ: phải là các ngày từ 1 đến 31, ngày đầu không sau ngày cuối (R29).");
        return problems;
    }
}

/// <summary>A day of the year without the year, e.g. 05/12 for "trước ngày 05/12 hằng năm".</summary>
public readonly record struct MonthDay(int Month, int Day)
{
    public DateOnly In(int year) => new(year, Month, Day);

    /// <summary>Valid when the day exists in some year (29/02 included).</summary>
    public bool IsValid => Month is >= 1 and <= 12 && Day >= 1 && Day <= DateTime.DaysInMonth(2000, Month);

    public override string ToString() => $"{Day:00}/{Month:00}";
}

public enum EvaluationCadence
{
    NotSet,
    Monthly,
    Annual,
}

/// <summary>
/// How the Center evaluates seconded officers (R31): the bases the regulation names (three, Bắc Ninh four),
/// how often, and the yearly deadlines where the regulation fixes them.
/// </summary>
public sealed record OfficerEvaluation(
    IReadOnlyList<EvaluationBasis> Bases,
    EvaluationCadence Cadence,
    MonthDay? CenterEvaluationDueBefore,
    MonthDay? AgencyRatingsDueBefore,
    string Description)
{
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Bases.Count is not (3 or 4))
            problems.Add($"Số cơ sở đánh giá cán bộ phải là 3 hoặc 4, không phải {Bases.Count} (R31).");
        if (!Enum.IsDefined(Cadence))
            problems.Add("Định kỳ đánh giá cán bộ không hợp lệ (R31).");
        if (CenterEvaluationDueBefore is { IsValid: false } c)
            problems.Add($"Hạn Trung tâm đánh giá cán bộ (tháng {c.Month}, ngày {c.Day}) không phải ngày có thật (R31).");
        if (AgencyRatingsDueBefore is { IsValid: false } a)
            problems.Add($"Hạn cơ quan gửi kết quả xếp loại (tháng {a.Month}, ngày {a.Day}) không phải ngày có thật (R31).");
        if (string.IsNullOrWhiteSpace(Description))
            problems.Add("Phải mô tả các cơ sở đánh giá cán bộ (R31).");
        return problems;
    }
}

public enum OfficerRank
{
    /// <summary>No rank required.</summary>
    Any,
    /// <summary>Phó Trưởng phòng trở lên (holding or planned for the post; Bắc Ninh Art. 13.1).</summary>
    DeputyHeadOrAbove,
}

/// <summary>
/// What agencies must respect when seconding officers to the Center (R30, R32): a named backup for
/// every primary officer; no recall during working hours without the Center's approval (Thái Nguyên);
/// approval authority delegated to the seconded officer, never a mere forwarder (Cẩm Phả); a minimum
/// rank and a minimum secondment (Bắc Ninh); the absences the agency gives written notice of (R30, R61:
/// leave and training everywhere, sick leave in Bắc Ninh and Cẩm Phả, unexpected absence in Cẩm Phả).
/// </summary>
public sealed record OfficerRules(
    bool PrimaryAndBackupRequired,
    bool NoRecallWithoutCenterApproval,
    bool DelegatedApproval,
    OfficerRank MinimumRank,
    int? MinimumSecondmentMonths,
    IReadOnlyList<AbsenceKind> AbsenceNotice,
    string Description)
{
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (!Enum.IsDefined(MinimumRank))
            problems.Add("Chức vụ tối thiểu của cán bộ không hợp lệ (R30).");
        if (MinimumSecondmentMonths is <= 0)
            problems.Add("Thời gian cử đến Trung tâm tối thiểu phải lớn hơn 0 tháng (R30).");
        if (AbsenceNotice.Contains(AbsenceKind.Recall))
            problems.Add("Việc rút cán bộ trong giờ làm việc cần Trung tâm đồng ý, không chỉ thông báo: bỏ \"recall\" khỏi \"absenceNotice\" (R30).");
        if (string.IsNullOrWhiteSpace(Description))
            problems.Add("Phải mô tả quy định về cán bộ được cử đến Trung tâm (R30).");
        return problems;
    }
}

/// <summary>Who supplies the officers' stationery at the Center (R69).</summary>
public enum StationerySupplier
{
    NotSet,
    /// <summary>The officer's own agency (Bắc Kạn Art. 8.2.b).</summary>
    Agency,
    /// <summary>The Center (Cẩm Phả Art. 4.4; Vĩnh Long Art. 8.2.b).</summary>
    Center,
}

/// <summary>What the Center does about the officers' uniforms (R69).</summary>
public enum UniformSupply
{
    NotSet,
    /// <summary>The Center issues uniforms every year (Cẩm Phả Art. 4.4).</summary>
    CenterYearly,
    /// <summary>The Center proposes that uniforms be made; someone else pays (Bắc Ninh Art. 7.1).</summary>
    CenterProposes,
}

/// <summary>Who trains the officers seconded to the Center (R70).</summary>
public enum TrainingOrganiser
{
    /// <summary>The Center organises or proposes training (Bắc Kạn/Vĩnh Long Art. 8.7; Thái Nguyên Art. 10.5; Bắc Ninh Art. 5.3).</summary>
    Center,
    /// <summary>The agencies train their own officers; the Center records what they report (Cẩm Phả Art. 5.3).</summary>
    Agency,
}

/// <summary>
/// What the Center provides its seconded officers besides the counter and its equipment (R69, R70): stationery, uniforms
/// and training, as the regulation assigns them.
/// </summary>
public sealed record OfficerSupport(StationerySupplier Stationery, UniformSupply Uniforms, TrainingOrganiser Training, string Description)
{
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (!Enum.IsDefined(Stationery) || !Enum.IsDefined(Uniforms))
            problems.Add("Quy định về văn phòng phẩm, đồng phục của cán bộ không hợp lệ (R69).");
        if (!Enum.IsDefined(Training))
            problems.Add("Đơn vị tổ chức đào tạo, bồi dưỡng cán bộ không hợp lệ (R70).");
        if (string.IsNullOrWhiteSpace(Description))
            problems.Add("Phải mô tả việc cấp văn phòng phẩm, đồng phục và đào tạo cán bộ (R69, R70).");
        return problems;
    }
}
