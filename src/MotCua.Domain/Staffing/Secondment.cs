using MotCua.Domain.Profiles;

namespace MotCua.Domain.Staffing;

public enum SecondmentState
{
    /// <summary>Named by the agency, waiting for the approval to be recorded.</summary>
    Proposed,
    Approved,
    /// <summary>The Center refused an officer below the standards (R61; Bắc Ninh Art. 5.1).</summary>
    Refused,
    /// <summary>No longer at the Center (replaced, returned to the agency).</summary>
    Ended,
}

/// <summary>
/// An officer an agency sends to the Center (R30): primary or backup, the post held (against the profile's minimum rank),
/// the term (against its minimum months), the counter; approved by the chairman's decision, which the Center records
/// with who and when. An officer serves on a day between the term's first day and its end, once approved.
/// </summary>
public sealed class Secondment
{
    public const int MaxDecisionLength = 300;
    public const int MaxReasonLength = 1000;

    Secondment()
    {
    }

    public int Id { get; internal set; }
    public string CenterId { get; private set; } = "";
    public string AgencyId { get; private set; } = "";
    public string OfficerId { get; private set; } = "";
    public string OfficerName { get; private set; } = "";
    public SecondmentRole Role { get; private set; }
    public OfficerPosition Position { get; private set; }
    /// <summary>The agency delegated to the officer the authority to approve results (Cẩm Phả Art. 5.3).</summary>
    public bool DelegatedApproval { get; private set; }
    public int? CounterId { get; private set; }
    public DateOnly From { get; private set; }
    public DateOnly? Until { get; private set; }
    public SecondmentState State { get; private set; }
    public DateTimeOffset ProposedAt { get; private set; }
    public string ProposedBy { get; private set; } = "";
    /// <summary>The approving decision as written on it ("Quyết định số 125/QĐ-UBND ngày 02/01/2026 của Chủ tịch UBND tỉnh").</summary>
    public string? Decision { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? DecidedBy { get; private set; }
    public string? RefusalReason { get; private set; }
    public DateOnly? EndedOn { get; private set; }
    public string? EndReason { get; private set; }
    public string? EndedBy { get; private set; }

    /// <summary>
    /// The agency (its leader, or the Center on its behalf) names an officer, checked against the profile's rules;
    /// <paramref name="officersOther"/> are the officer's secondments already recorded.
    /// </summary>
    public static Outcome<Secondment> Propose(string centerId, string agencyId, string agencyName, bool isAgency,
        string officerId, string officerName, SecondmentRole role, OfficerPosition position, bool delegatedApproval,
        int? counterId, DateOnly from, DateOnly? until, IReadOnlyCollection<Secondment> officersOther, OfficerRules rules, Actor by, DateTimeOffset at)
    {
        const string action = "cử cán bộ đến Trung tâm";
        if (!isAgency)
            return StaffingRules.NotAnAgency(agencyName);
        if (ProposeGuard(action, by, centerId, agencyId) is { } broken)
            return broken;
        if (officersOther.Any(s => s.State is SecondmentState.Proposed or SecondmentState.Approved))
            return StaffingRules.AlreadySeconded(officerName, agencyName);
        if (rules.MinimumRank == OfficerRank.DeputyHeadOrAbove && position == OfficerPosition.Staff)
            return StaffingRules.BelowMinimumRank(position);
        if (until is { } end && end <= from)
            return StaffingRules.UntilBeforeFrom;
        if (rules.MinimumSecondmentMonths is { } months && until is { } last && last < from.AddMonths(months).AddDays(-1))
            return StaffingRules.TooShort(months);
        if (rules.DelegatedApproval && !delegatedApproval)
            return StaffingRules.DelegationRequired;
        return new Secondment
        {
            CenterId = centerId,
            AgencyId = agencyId,
            OfficerId = officerId,
            OfficerName = officerName,
            Role = role,
            Position = position,
            DelegatedApproval = delegatedApproval,
            CounterId = counterId,
            From = from,
            Until = until,
            State = SecondmentState.Proposed,
            ProposedAt = at,
            ProposedBy = by.Name,
        };
    }

    /// <summary>The Center records the chairman's approving decision (R30): who recorded it and when stay on the row.</summary>
    public Outcome Approve(string decision, Actor by, DateTimeOffset at)
    {
        const string action = "ghi nhận phê duyệt cán bộ";
        if (Counter.Guard(action, by, CenterId) is { } broken)
            return broken;
        if (State != SecondmentState.Proposed)
            return StaffingRules.NotProposed(action);
        if (string.IsNullOrWhiteSpace(decision))
            return StaffingRules.DecisionRequired;
        State = SecondmentState.Approved;
        Decision = decision.Trim();
        DecidedAt = at;
        DecidedBy = by.Name;
        return Outcome.Ok;
    }

    /// <summary>The Center refuses an officer below the standards (R61) and says why.</summary>
    public Outcome Refuse(string reason, Actor by, DateTimeOffset at)
    {
        const string action = "từ chối cán bộ được cử";
        if (Counter.Guard(action, by, CenterId) is { } broken)
            return broken;
        if (State != SecondmentState.Proposed)
            return StaffingRules.NotProposed(action);
        if (string.IsNullOrWhiteSpace(reason))
            return StaffingRules.ReasonRequired;
        State = SecondmentState.Refused;
        RefusalReason = reason.Trim();
        DecidedAt = at;
        DecidedBy = by.Name;
        return Outcome.Ok;
    }

    /// <summary>The officer leaves the Center from <paramref name="on"/> (replaced, returned to the agency).</summary>
    public Outcome End(DateOnly on, string reason, Actor by)
    {
        const string action = "cho cán bộ thôi làm việc tại Trung tâm";
        if (ProposeGuard(action, by, CenterId, AgencyId) is { } broken)
            return broken;
        if (State != SecondmentState.Approved)
            return StaffingRules.NotServing(action);
        if (on < From)
            return StaffingRules.EndBeforeStart;
        if (string.IsNullOrWhiteSpace(reason))
            return StaffingRules.ReasonRequired;
        State = SecondmentState.Ended;
        EndedOn = on;
        EndReason = reason.Trim();
        EndedBy = by.Name;
        return Outcome.Ok;
    }

    /// <summary>The Center seats the officer at one of its counters (null: none yet).</summary>
    public Outcome Seat(Counter? counter, Actor by)
    {
        const string action = "bố trí quầy cho cán bộ";
        if (Counter.Guard(action, by, CenterId) is { } broken)
            return broken;
        if (State is SecondmentState.Refused or SecondmentState.Ended)
            return StaffingRules.NotServing(action);
        if (counter is not null && counter.CenterId != CenterId)
            return StaffingRules.NotYourUnit(action);
        CounterId = counter?.Id;
        return Outcome.Ok;
    }

    /// <summary>Approved and within its term on <paramref name="day"/>; it ends the day before <see cref="EndedOn"/>.</summary>
    public bool ServesOn(DateOnly day) =>
        (State == SecondmentState.Approved || (State == SecondmentState.Ended && day < EndedOn))
        && From <= day && (Until is null || day <= Until);

    /// <summary>The agency's own leader names and withdraws its officers; the Center's staff may record it on the agency's behalf.</summary>
    internal static BrokenRule? ProposeGuard(string action, Actor by, string centerId, string agencyId) => by.Role switch
    {
        Domain.Role.AgencyLeader => by.UnitId == agencyId ? null : StaffingRules.NotYourUnit(action),
        Domain.Role.CenterDirector or Domain.Role.CenterStaff or Domain.Role.Admin => by.UnitId == centerId ? null : StaffingRules.NotYourUnit(action),
        _ => StaffingRules.RoleNotAllowed(action, by.Role),
    };
}
