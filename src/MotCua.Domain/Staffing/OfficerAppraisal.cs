using MotCua.Domain.Profiles;

namespace MotCua.Domain.Staffing;

public enum AppraisalState
{
    /// <summary>Started by the Center, its figures computed; waiting for the officer's self-assessment.</summary>
    Open,
    SelfAssessed,
    /// <summary>The Center's grade and comments are in; still changeable until sent.</summary>
    Appraised,
    /// <summary>Sent to the officer's agency as a document, kept unchanged (R52).</summary>
    Sent,
}

/// <summary>The four grades of the rating of officers and public employees (Nghị định 90/2020/NĐ-CP, Art. 2).</summary>
public enum AppraisalGrade
{
    Excellent,
    Good,
    Completed,
    NotCompleted,
}

public enum AppraisalCommand
{
    Recompute,
    SelfAssess,
    Appraise,
    Send,
    RecordAgencyRating,
}

/// <summary>What a figure counts: the records a page lists behind it.</summary>
public enum FigureSource
{
    Dossier,
    Rating,
    Feedback,
    Absence,
}

/// <summary>
/// One figure of one basis, as the system's data showed it when computed (R31): <see cref="Refs"/> are the dossier codes (a
/// rating is named by its dossier's code), feedback codes or absence ids behind it, so the figure is traceable. A null
/// <see cref="Count"/> is something the system does not record; <see cref="Note"/> says so.
/// </summary>
public sealed record AppraisalFigure(EvaluationBasis Basis, string Measure, string Label, int? Count, FigureSource Source, IReadOnlyList<string> Refs, string? Note = null);

/// <summary>The officer's self-assessment under the headings of R31 (Bắc Kạn Art. 5.3.c) and the grade the officer proposes.</summary>
public sealed record SelfAssessment(string RulesEthicsCommunication, string Results, string Feedback, AppraisalGrade ProposedGrade, DateTimeOffset At);

/// <summary>The agency's rating of the officer for <see cref="Year"/>, sent back to the Center (R62): its grade, the document, who recorded it.</summary>
public sealed record AgencyRating(int Year, AppraisalGrade Grade, string Decision, DateOnly DecidedOn, DateTimeOffset RecordedAt, string RecordedBy);

/// <summary>
/// The Center's evaluation of one seconded officer for one period (R31), named apart from the profile's
/// <see cref="OfficerEvaluation"/>: the figures of each basis the profile names, filled from the system's data and kept as a
/// snapshot of when they were computed; the officer's self-assessment; the Center's grade and comments; sent to the agency as
/// a document kept unchanged (R52); and the agency's rating of the year recorded back (R62) — for a monthly cadence the
/// year's rating, recorded once on one of the year's evaluations.
/// </summary>
public sealed class OfficerAppraisal
{
    public const int MaxTextLength = 4000;
    public const int MaxDecisionLength = 300;

    readonly List<EvaluationBasis> _bases = [];
    readonly List<AppraisalFigure> _figures = [];

    OfficerAppraisal()
    {
    }

    public int Id { get; internal set; }
    public string CenterId { get; private set; } = "";
    public string AgencyId { get; private set; } = "";
    public int SecondmentId { get; private set; }
    public string OfficerId { get; private set; } = "";
    public string OfficerName { get; private set; } = "";
    public EvaluationCadence Cadence { get; private set; }
    /// <summary>"2026-11" or "2026" (<see cref="EvaluationPeriod.Key"/>).</summary>
    public string PeriodKey { get; private set; } = "";
    public int Year { get; private set; }
    public DateOnly PeriodFrom { get; private set; }
    public DateOnly PeriodTo { get; private set; }
    public DateTimeOffset CenterDue { get; private set; }
    public DateTimeOffset RatingsDue { get; private set; }
    public AppraisalState State { get; private set; }
    public IReadOnlyList<EvaluationBasis> Bases => _bases;
    public IReadOnlyList<AppraisalFigure> Figures => _figures;
    public DateTimeOffset ComputedAt { get; private set; }
    public DateTimeOffset StartedAt { get; private set; }
    public string StartedBy { get; private set; } = "";
    public SelfAssessment? SelfAssessment { get; private set; }
    public AppraisalGrade? Grade { get; private set; }
    public string? Comments { get; private set; }
    public DateTimeOffset? AppraisedAt { get; private set; }
    public string? AppraisedBy { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }
    public string? SentBy { get; private set; }
    public AgencyRating? AgencyRating { get; private set; }

    public string PeriodVietnamese => PeriodKey.Length > 4 ? $"tháng {PeriodKey[5..]}/{Year}" : $"năm {Year}";

    /// <summary>
    /// The Center starts the evaluation of an officer who served in the period, with the figures computed now;
    /// <paramref name="existing"/> says whether the officer's evaluation of that period exists already.
    /// </summary>
    public static Outcome<OfficerAppraisal> Start(Secondment officer, EvaluationPeriod period, OfficerEvaluation profile,
        IReadOnlyList<AppraisalFigure> figures, bool existing, DateOnly today, Actor by, DateTimeOffset at)
    {
        const string action = "lập phiếu đánh giá cán bộ";
        if (CenterGuard(action, by, officer.CenterId) is { } broken)
            return broken;
        if (today < period.First)
            return AppraisalRules.PeriodNotStarted(period.Vietnamese);
        if (!ServedDuring(officer, period))
            return AppraisalRules.NotServingInPeriod(officer.OfficerName, period.Vietnamese);
        if (existing)
            return AppraisalRules.AlreadyStarted(officer.OfficerName, period.Vietnamese);
        var appraisal = new OfficerAppraisal
        {
            CenterId = officer.CenterId,
            AgencyId = officer.AgencyId,
            SecondmentId = officer.Id,
            OfficerId = officer.OfficerId,
            OfficerName = officer.OfficerName,
            Cadence = period.Cadence,
            PeriodKey = period.Key,
            Year = period.Year,
            PeriodFrom = period.First,
            PeriodTo = period.Last,
            CenterDue = period.CenterDue,
            RatingsDue = period.RatingsDue,
            State = AppraisalState.Open,
            StartedAt = at,
            StartedBy = by.Name,
        };
        appraisal._bases.AddRange(profile.Bases);
        appraisal.Fill(figures, at);
        return appraisal;
    }

    /// <summary>Whether the officer was at the Center (approved, within the term) on some day of the period.</summary>
    public static bool ServedDuring(Secondment officer, EvaluationPeriod period) =>
        officer.State is SecondmentState.Approved or SecondmentState.Ended
        && officer.From <= period.Last
        && (officer.Until is not { } until || until >= period.First)
        && (officer.EndedOn is not { } ended || ended > period.First);

    /// <summary>The Center computes the figures again (dossiers received since, a rating changed) until it appraises.</summary>
    public Outcome Recompute(IReadOnlyList<AppraisalFigure> figures, Actor by, DateTimeOffset at)
    {
        if (WhyNot(AppraisalCommand.Recompute, by) is { } broken)
            return broken;
        Fill(figures, at);
        return Outcome.Ok;
    }

    /// <summary>The officer writes (or rewrites, until the Center appraises) the self-assessment under the three headings, and proposes a grade.</summary>
    public Outcome SelfAssess(string? rulesEthicsCommunication, string? results, string? feedback, AppraisalGrade proposedGrade, Actor by, DateTimeOffset at)
    {
        if (WhyNot(AppraisalCommand.SelfAssess, by) is { } broken)
            return broken;
        if (string.IsNullOrWhiteSpace(rulesEthicsCommunication) || string.IsNullOrWhiteSpace(results) || string.IsNullOrWhiteSpace(feedback))
            return AppraisalRules.SelfAssessmentTextRequired;
        if (new[] { rulesEthicsCommunication, results, feedback }.Any(t => t.Trim().Length > MaxTextLength))
            return AppraisalRules.TextTooLong;
        if (!Enum.IsDefined(proposedGrade))
            throw new ArgumentOutOfRangeException(nameof(proposedGrade));
        SelfAssessment = new SelfAssessment(rulesEthicsCommunication.Trim(), results.Trim(), feedback.Trim(), proposedGrade, at);
        State = AppraisalState.SelfAssessed;
        return Outcome.Ok;
    }

    /// <summary>The Center's staff or director grades the officer and comments; changeable until sent.</summary>
    public Outcome Appraise(AppraisalGrade grade, string? comments, Actor by, DateTimeOffset at)
    {
        if (WhyNot(AppraisalCommand.Appraise, by) is { } broken)
            return broken;
        if (string.IsNullOrWhiteSpace(comments))
            return AppraisalRules.CommentsRequired;
        if (comments.Trim().Length > MaxTextLength)
            return AppraisalRules.TextTooLong;
        if (!Enum.IsDefined(grade))
            throw new ArgumentOutOfRangeException(nameof(grade));
        Grade = grade;
        Comments = comments.Trim();
        AppraisedAt = at;
        AppraisedBy = by.Name;
        State = AppraisalState.Appraised;
        return Outcome.Ok;
    }

    /// <summary>The Center sends the result to the officer's agency (R31): from now on the evaluation is kept as sent (R52).</summary>
    public Outcome Send(Actor by, DateTimeOffset at)
    {
        if (WhyNot(AppraisalCommand.Send, by) is { } broken)
            return broken;
        State = AppraisalState.Sent;
        SentAt = at;
        SentBy = by.Name;
        return Outcome.Ok;
    }

    /// <summary>
    /// The agency's leader records the officer's rating of the year, decided from the Center's evaluation (R62);
    /// <paramref name="yearRated"/> says whether another evaluation of the officer's year holds it already (a monthly cadence).
    /// </summary>
    public Outcome RecordAgencyRating(AppraisalGrade grade, string? decision, DateOnly decidedOn, bool yearRated, DateOnly today, Actor by, DateTimeOffset at)
    {
        if (WhyNot(AppraisalCommand.RecordAgencyRating, by) is { } broken)
            return broken;
        if (yearRated)
            return AppraisalRules.AlreadyRated(Year);
        if (string.IsNullOrWhiteSpace(decision) || decision.Trim().Length > MaxDecisionLength)
            return AppraisalRules.DecisionRequired;
        if (decidedOn > today)
            return AppraisalRules.RatedInFuture;
        if (!Enum.IsDefined(grade))
            throw new ArgumentOutOfRangeException(nameof(grade));
        AgencyRating = new AgencyRating(Year, grade, decision.Trim(), decidedOn, at, by.Name);
        return Outcome.Ok;
    }

    /// <summary>Why <paramref name="by"/> may not take <paramref name="command"/> now (null when they may), so a page offers only what is allowed.</summary>
    public BrokenRule? WhyNot(AppraisalCommand command, Actor by)
    {
        var action = command switch
        {
            AppraisalCommand.Recompute => "tính lại số liệu đánh giá",
            AppraisalCommand.SelfAssess => "tự đánh giá",
            AppraisalCommand.Appraise => "nhận xét, đánh giá cán bộ",
            AppraisalCommand.Send => "gửi phiếu đánh giá đến cơ quan",
            AppraisalCommand.RecordAgencyRating => "ghi kết quả đánh giá, xếp loại của cơ quan",
            _ => throw new ArgumentOutOfRangeException(nameof(command)),
        };
        switch (command)
        {
            case AppraisalCommand.SelfAssess:
                if (by.Id != OfficerId)
                    return AppraisalRules.NotTheOfficer;
                return State is AppraisalState.Open or AppraisalState.SelfAssessed ? null : AppraisalRules.NotInState(action, State);
            case AppraisalCommand.RecordAgencyRating:
                if (by.Role != Role.AgencyLeader)
                    return AppraisalRules.RoleNotAllowed(action, by.Role);
                if (by.UnitId != AgencyId)
                    return AppraisalRules.NotYourUnit(action);
                if (State != AppraisalState.Sent)
                    return AppraisalRules.NotSentYet;
                return AgencyRating is null ? null : AppraisalRules.AlreadyRated(Year);
        }
        if (CenterGuard(action, by, CenterId) is { } broken)
            return broken;
        return command switch
        {
            AppraisalCommand.Recompute => State is AppraisalState.Open or AppraisalState.SelfAssessed ? null : AppraisalRules.NotInState(action, State),
            AppraisalCommand.Appraise when State == AppraisalState.Sent => AppraisalRules.NotInState(action, State),
            AppraisalCommand.Appraise => State == AppraisalState.Open && _bases.Contains(EvaluationBasis.SelfAssessment) ? AppraisalRules.SelfAssessmentFirst : null,
            _ => State == AppraisalState.Appraised ? null : AppraisalRules.NotInState(action, State),
        };
    }

    void Fill(IReadOnlyList<AppraisalFigure> figures, DateTimeOffset at)
    {
        _figures.Clear();
        _figures.AddRange(figures.Where(f => _bases.Contains(f.Basis)));
        ComputedAt = at;
    }

    /// <summary>The Center's staff and director evaluate; the administrator keeps the system, not the officers' records.</summary>
    static BrokenRule? CenterGuard(string action, Actor by, string centerId)
    {
        if (by.Role is not (Role.CenterStaff or Role.CenterDirector))
            return AppraisalRules.RoleNotAllowed(action, by.Role);
        return by.UnitId == centerId ? null : AppraisalRules.NotYourUnit(action);
    }
}

public static class AppraisalNames
{
    public static string Vietnamese(this AppraisalState state) => state switch
    {
        AppraisalState.Open => "Chờ cán bộ tự đánh giá",
        AppraisalState.SelfAssessed => "Cán bộ đã tự đánh giá",
        AppraisalState.Appraised => "Trung tâm đã đánh giá",
        AppraisalState.Sent => "Đã gửi cơ quan",
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    public static string Vietnamese(this AppraisalGrade grade) => grade switch
    {
        AppraisalGrade.Excellent => "Hoàn thành xuất sắc nhiệm vụ",
        AppraisalGrade.Good => "Hoàn thành tốt nhiệm vụ",
        AppraisalGrade.Completed => "Hoàn thành nhiệm vụ",
        AppraisalGrade.NotCompleted => "Không hoàn thành nhiệm vụ",
        _ => throw new ArgumentOutOfRangeException(nameof(grade)),
    };
}
