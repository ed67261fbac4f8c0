using MotCua.Domain.Profiles;
using MotCua.Domain.Time;

namespace MotCua.Domain.Staffing;

public enum AbsenceState
{
    /// <summary>Notified by the agency, or found by the Center: the officer is away.</summary>
    Noted,
    /// <summary>The agency asks to send the officer on another task in working hours (R30).</summary>
    Requested,
    Approved,
    /// <summary>The Center refused the request: the officer stays at the counter.</summary>
    Refused,
}

/// <summary>
/// A seconded officer away from the counter (R30, R61): leave, regime leave, training, sickness, the unexpected — noticed in
/// writing by the agency with the substitute it names — or a request to send the officer on another task in working hours,
/// which the Center approves or refuses. What the rules ask and the case lacks is kept as flags, set when the absence is
/// recorded: no substitute, no notice in time (the kinds the profile lists; planned ones before they start, sickness and the
/// unexpected by the end of the first day), away without the Center's approval. The flags feed the Center's list and the
/// officer's evaluation on rule compliance (R31).
/// </summary>
public sealed class Absence
{
    public const int MaxReasonLength = 1000;
    /// <summary>Longer than a semester, an absence is a replacement (R32), not a notice.</summary>
    public const int MaxDays = 190;

    Absence()
    {
    }

    public int Id { get; private set; }
    public string CenterId { get; private set; } = "";
    public string AgencyId { get; private set; } = "";
    public int SecondmentId { get; private set; }
    public string OfficerId { get; private set; } = "";
    public string OfficerName { get; private set; } = "";
    public AbsenceKind Kind { get; private set; }
    public DateTimeOffset From { get; private set; }
    public DateTimeOffset To { get; private set; }
    public string Reason { get; private set; } = "";
    public int? SubstituteId { get; private set; }
    public string? SubstituteName { get; private set; }
    public AbsenceState State { get; private set; }
    /// <summary>When the agency gave notice or asked, or the Center found the officer away.</summary>
    public DateTimeOffset RecordedAt { get; private set; }
    public string RecordedBy { get; private set; } = "";
    /// <summary>Found by the Center without the agency's notice.</summary>
    public bool FoundByCenter { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? DecidedBy { get; private set; }
    public string? DecisionNote { get; private set; }

    public bool WithoutSubstitute { get; private set; }
    public bool WithoutNotice { get; private set; }
    public bool WithoutApproval { get; private set; }
    /// <summary>Pulled away without approval where the profile calls it a breach of labour discipline (R61; Thái Nguyên Art. 5.2).</summary>
    public bool LabourDisciplineBreach { get; private set; }

    /// <summary>Any flag the Center must see and the evaluation counts.</summary>
    public bool IsFlagged => WithoutSubstitute || WithoutNotice || WithoutApproval;

    /// <summary>
    /// The agency gives notice of an absence, or asks to send the officer on another task (<see cref="AbsenceKind.Recall"/>);
    /// <paramref name="substitute"/> is one of the agency's officers at the Center, free in that time.
    /// </summary>
    public static Outcome<Absence> Notify(Secondment officer, AbsenceKind kind, DateTimeOffset from, DateTimeOffset to, string reason,
        Secondment? substitute, IReadOnlyCollection<Absence> substituteAbsences, OfficerRules rules, WorkingCalendar calendar, Actor by, DateTimeOffset at)
    {
        const string action = "báo vắng mặt cán bộ";
        if (Secondment.ProposeGuard(action, by, officer.CenterId, officer.AgencyId) is { } broken)
            return broken;
        if (Check(officer, from, to, reason, substitute, substituteAbsences, action) is { } refused)
            return refused;
        var absence = New(officer, kind, from, to, reason, substitute, by, at);
        absence.State = kind == AbsenceKind.Recall ? AbsenceState.Requested : AbsenceState.Noted;
        absence.WithoutNotice = kind != AbsenceKind.Recall && rules.AbsenceNotice.Contains(kind) && at > NoticeDeadline(kind, from, calendar);
        return absence;
    }

    /// <summary>
    /// The Center finds the officer away without notice (or pulled away without its approval): flagged, and under a profile that
    /// forbids recalls a breach of labour discipline (R61).
    /// </summary>
    public static Outcome<Absence> Find(Secondment officer, AbsenceKind kind, DateTimeOffset from, DateTimeOffset to, string reason,
        Secondment? substitute, IReadOnlyCollection<Absence> substituteAbsences, OfficerRules rules, Actor by, DateTimeOffset at)
    {
        const string action = "ghi nhận cán bộ vắng mặt";
        if (Counter.Guard(action, by, officer.CenterId) is { } broken)
            return broken;
        if (Check(officer, from, to, reason, substitute, substituteAbsences, action) is { } refused)
            return refused;
        var absence = New(officer, kind, from, to, reason, substitute, by, at);
        absence.State = AbsenceState.Noted;
        absence.FoundByCenter = true;
        absence.WithoutNotice = kind != AbsenceKind.Recall && rules.AbsenceNotice.Contains(kind);
        absence.WithoutApproval = kind == AbsenceKind.Recall;
        absence.LabourDisciplineBreach = absence.WithoutApproval && rules.NoRecallWithoutCenterApproval;
        return absence;
    }

    /// <summary>The Center approves a request to send the officer on another task.</summary>
    public Outcome Approve(string? note, Actor by, DateTimeOffset at) => Decide(AbsenceState.Approved, note, by, at);

    /// <summary>The Center refuses it: the officer stays at the counter, and the request counts against no one.</summary>
    public Outcome Refuse(string note, Actor by, DateTimeOffset at) =>
        string.IsNullOrWhiteSpace(note) ? StaffingRules.ReasonRequired : Decide(AbsenceState.Refused, note, by, at);

    /// <summary>The agency (or the Center) names the substitute afterwards.</summary>
    public Outcome NameSubstitute(Secondment substitute, IReadOnlyCollection<Absence> substituteAbsences, Actor by)
    {
        const string action = "cử người thay thế";
        if (Secondment.ProposeGuard(action, by, CenterId, AgencyId) is { } broken)
            return broken;
        if (State == AbsenceState.Refused)
            return StaffingRules.AbsenceClosed(action);
        if (CheckSubstitute(substitute, substituteAbsences) is { } refused)
            return refused;
        SubstituteId = substitute.Id;
        SubstituteName = substitute.OfficerName;
        WithoutSubstitute = false;
        return Outcome.Ok;
    }

    /// <summary>Whether the officer is away at <paramref name="instant"/>: a refused or still undecided request keeps them at the counter.</summary>
    public bool AwayAt(DateTimeOffset instant) => State is AbsenceState.Noted or AbsenceState.Approved && From <= instant && instant < To;

    /// <summary>Away at some time of <paramref name="day"/> (local dates of the calendar).</summary>
    public bool AwayOn(DateOnly day, WorkingCalendar calendar) =>
        State is AbsenceState.Noted or AbsenceState.Approved && calendar.LocalDate(From) <= day && day <= calendar.LocalDate(To.AddTicks(-1));

    /// <summary>Planned absences are noticed before they start; sickness and the unexpected by the end of their first working day.</summary>
    public static DateTimeOffset NoticeDeadline(AbsenceKind kind, DateTimeOffset from, WorkingCalendar calendar)
    {
        if (kind.IsPlanned())
            return from;
        var day = calendar.LocalDate(from);
        return calendar.EndOfWorkingDay(calendar.IsWorkingDay(day) ? day : calendar.NextWorkingDayAfter(day));
    }

    Outcome Decide(AbsenceState state, string? note, Actor by, DateTimeOffset at)
    {
        var action = state == AbsenceState.Approved ? "đồng ý cử cán bộ đi làm nhiệm vụ khác" : "từ chối cử cán bộ đi làm nhiệm vụ khác";
        if (Counter.Guard(action, by, CenterId) is { } broken)
            return broken;
        if (State != AbsenceState.Requested)
            return StaffingRules.NotARequest;
        State = state;
        // Refused, the officer stays: nobody needs to cover.
        if (state == AbsenceState.Refused)
            WithoutSubstitute = false;
        DecidedAt = at;
        DecidedBy = by.Name;
        DecisionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        return Outcome.Ok;
    }

    static BrokenRule? Check(Secondment officer, DateTimeOffset from, DateTimeOffset to, string reason, Secondment? substitute,
        IReadOnlyCollection<Absence> substituteAbsences, string action)
    {
        if (officer.State != SecondmentState.Approved)
            return StaffingRules.NotServing(action);
        if (to <= from)
            return StaffingRules.AbsenceEndsBeforeStart;
        if (to - from > TimeSpan.FromDays(MaxDays))
            return StaffingRules.AbsenceTooLong;
        if (string.IsNullOrWhiteSpace(reason))
            return StaffingRules.ReasonRequired;
        if (substitute is null)
            return null;
        if (substitute.Id == officer.Id)
            return StaffingRules.SubstituteIsTheOfficer;
        if (substitute.AgencyId != officer.AgencyId)
            return StaffingRules.SubstituteOfOtherAgency(substitute.OfficerName);
        return CheckSubstituteFree(substitute, substituteAbsences, from, to);
    }

    BrokenRule? CheckSubstitute(Secondment substitute, IReadOnlyCollection<Absence> substituteAbsences)
    {
        if (substitute.Id == SecondmentId)
            return StaffingRules.SubstituteIsTheOfficer;
        if (substitute.AgencyId != AgencyId)
            return StaffingRules.SubstituteOfOtherAgency(substitute.OfficerName);
        return CheckSubstituteFree(substitute, substituteAbsences, From, To);
    }

    static BrokenRule? CheckSubstituteFree(Secondment substitute, IReadOnlyCollection<Absence> substituteAbsences, DateTimeOffset from, DateTimeOffset to)
    {
        if (substitute.State != SecondmentState.Approved)
            return StaffingRules.SubstituteOfOtherAgency(substitute.OfficerName);
        return substituteAbsences.Any(a => a.SecondmentId == substitute.Id && a.State is AbsenceState.Noted or AbsenceState.Approved && a.From < to && from < a.To)
            ? StaffingRules.SubstituteAbsent(substitute.OfficerName)
            : null;
    }

    static Absence New(Secondment officer, AbsenceKind kind, DateTimeOffset from, DateTimeOffset to, string reason, Secondment? substitute, Actor by, DateTimeOffset at) => new()
    {
        CenterId = officer.CenterId,
        AgencyId = officer.AgencyId,
        SecondmentId = officer.Id,
        OfficerId = officer.OfficerId,
        OfficerName = officer.OfficerName,
        Kind = kind,
        From = from,
        To = to,
        Reason = reason.Trim(),
        SubstituteId = substitute?.Id,
        SubstituteName = substitute?.OfficerName,
        WithoutSubstitute = substitute is null,
        RecordedAt = at,
        RecordedBy = by.Name,
    };
}
