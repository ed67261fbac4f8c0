using MotCua.Domain.Profiles;

namespace MotCua.Domain.Staffing;

/// <summary>
/// The Center's written proposal that an agency replace one of its seconded officers (đề nghị thay thế cán bộ, R32): the officer,
/// the ground (breaches of the rules, low satisfaction, tasks not done, other) and what happened, drafted and edited by the Center's
/// staff or director, then sent and kept unchanged (R52). The agency's leader answers: either names another officer — a new
/// secondment proposed for the Center's approval, at the same counter, while the old officer leaves from the day the new one
/// starts — or explains why the officer stays.
/// </summary>
public sealed class ReplacementProposal
{
    public const int MaxTextLength = FormText.MaxLength;

    ReplacementProposal()
    {
    }

    public int Id { get; internal set; }
    public string CenterId { get; private set; } = "";
    public string AgencyId { get; private set; } = "";
    public int SecondmentId { get; private set; }
    public string OfficerId { get; private set; } = "";
    public string OfficerName { get; private set; } = "";
    public ReplacementGround Ground { get; private set; }
    /// <summary>What the officer did or failed to do, as the letter says it.</summary>
    public string Grounds { get; private set; } = "";
    public ReplacementState State { get; private set; }
    public DateTimeOffset DraftedAt { get; private set; }
    public string DraftedBy { get; private set; } = "";
    public DateTimeOffset? SentAt { get; private set; }
    public string? SentBy { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }
    public string? AnsweredBy { get; private set; }
    /// <summary>Why the agency keeps the officer (declined).</summary>
    public string? DeclineReason { get; private set; }
    /// <summary>The day the new officer starts and the old one no longer serves (accepted).</summary>
    public DateOnly? ReplacedOn { get; private set; }
    public string? NewOfficerId { get; private set; }
    public string? NewOfficerName { get; private set; }
    /// <summary>The new officer's secondment, proposed for the Center's approval (set when saved).</summary>
    public int? ReplacementId { get; private set; }

    /// <summary>The new secondment made by <see cref="Accept"/>: saved with the proposal, which then holds its id.</summary>
    Secondment? Replacement { get; set; }

    /// <summary>
    /// The Center drafts a proposal about an officer serving at the Center; <paramref name="officersProposals"/> are the proposals
    /// already made about that officer (one waiting for its answer is enough).
    /// </summary>
    public static Outcome<ReplacementProposal> Draft(Secondment officer, ReplacementGround ground, string? grounds,
        IReadOnlyCollection<ReplacementProposal> officersProposals, Actor by, DateTimeOffset at)
    {
        const string action = "lập đề nghị thay thế cán bộ";
        if (CenterGuard(action, by, officer.CenterId) is { } broken)
            return broken;
        if (officer.State != SecondmentState.Approved)
            return StaffingRules.NotServing(action);
        if (officersProposals.Any(p => p.SecondmentId == officer.Id && p.State is ReplacementState.Draft or ReplacementState.Sent))
            return ReplacementRules.AlreadyProposed(officer.OfficerName);
        if (!Enum.IsDefined(ground))
            throw new ArgumentOutOfRangeException(nameof(ground));
        if (string.IsNullOrWhiteSpace(grounds))
            return ReplacementRules.GroundsRequired;
        return new ReplacementProposal
        {
            CenterId = officer.CenterId,
            AgencyId = officer.AgencyId,
            SecondmentId = officer.Id,
            OfficerId = officer.OfficerId,
            OfficerName = officer.OfficerName,
            Ground = ground,
            Grounds = grounds.Trim(),
            State = ReplacementState.Draft,
            DraftedAt = at,
            DraftedBy = by.Name,
        };
    }

    public Outcome Edit(ReplacementGround ground, string? grounds, Actor by)
    {
        if (WhyNot(ReplacementCommand.Edit, by) is { } broken)
            return broken;
        if (!Enum.IsDefined(ground))
            throw new ArgumentOutOfRangeException(nameof(ground));
        if (string.IsNullOrWhiteSpace(grounds))
            return ReplacementRules.GroundsRequired;
        Ground = ground;
        Grounds = grounds.Trim();
        return Outcome.Ok;
    }

    /// <summary>Sends the proposal to the agency: from now on it is kept as sent (R52).</summary>
    public Outcome Send(Actor by, DateTimeOffset at)
    {
        if (WhyNot(ReplacementCommand.Send, by) is { } broken)
            return broken;
        State = ReplacementState.Sent;
        SentAt = at;
        SentBy = by.Name;
        return Outcome.Ok;
    }

    /// <summary>
    /// The agency's leader names the officer who replaces <paramref name="officer"/> (this proposal's): a new secondment is proposed
    /// for the Center's approval, checked against the profile's rules (<paramref name="newOfficersOther"/>: the new officer's
    /// secondments already recorded), at the same counter; the old officer serves until the day before <paramref name="from"/>.
    /// </summary>
    public Outcome<Secondment> Accept(Secondment officer, string agencyName, string newOfficerId, string newOfficerName, SecondmentRole role,
        OfficerPosition position, bool delegatedApproval, DateOnly from, DateOnly? until, IReadOnlyCollection<Secondment> newOfficersOther,
        OfficerRules rules, Actor by, DateTimeOffset at)
    {
        if (officer.Id != SecondmentId)
            throw new ArgumentException($"Secondment {officer.Id} is not the one proposal {Id} is about.", nameof(officer));
        if (WhyNot(ReplacementCommand.Accept, by) is { } broken)
            return broken;
        if (newOfficerId == OfficerId)
            return ReplacementRules.SameOfficer;
        if (from < officer.From)
            return ReplacementRules.ReplacementBeforeStart;
        var proposed = Secondment.Propose(CenterId, AgencyId, agencyName, isAgency: true, newOfficerId, newOfficerName, role, position, delegatedApproval,
            officer.CounterId, from, until, newOfficersOther, rules, by, at);
        if (proposed.Value is not { } replacement)
            return proposed.Broken!;
        if (officer.End(from, $"Thay thế theo đề nghị của Trung tâm (đề nghị số {Id}); người thay: {newOfficerName}.", by).Broken is { } refused)
            return refused;
        State = ReplacementState.Accepted;
        AnsweredAt = at;
        AnsweredBy = by.Name;
        ReplacedOn = from;
        NewOfficerId = newOfficerId;
        NewOfficerName = newOfficerName;
        Replacement = replacement;
        return replacement;
    }

    /// <summary>The agency's leader keeps the officer and says why.</summary>
    public Outcome Decline(string? reason, Actor by, DateTimeOffset at)
    {
        if (WhyNot(ReplacementCommand.Decline, by) is { } broken)
            return broken;
        if (string.IsNullOrWhiteSpace(reason))
            return ReplacementRules.DeclineReasonRequired;
        State = ReplacementState.Declined;
        DeclineReason = reason.Trim();
        AnsweredAt = at;
        AnsweredBy = by.Name;
        return Outcome.Ok;
    }

    /// <summary>
    /// Why <paramref name="by"/> may not take <paramref name="command"/> now (null when they may): the Center writes and sends, the
    /// agency's leader answers what was sent.
    /// </summary>
    public BrokenRule? WhyNot(ReplacementCommand command, Actor by)
    {
        var action = command switch
        {
            ReplacementCommand.Edit => "sửa đề nghị thay thế cán bộ",
            ReplacementCommand.Send => "gửi đề nghị thay thế cán bộ",
            ReplacementCommand.Accept => "cử cán bộ thay thế",
            ReplacementCommand.Decline => "trả lời không thay thế cán bộ",
            _ => throw new ArgumentOutOfRangeException(nameof(command)),
        };
        if (command is ReplacementCommand.Edit or ReplacementCommand.Send)
            return CenterGuard(action, by, CenterId) ?? (State == ReplacementState.Draft ? null : ReplacementRules.AlreadySent(action));
        return AgencyGuard(action, by, AgencyId) ?? (State == ReplacementState.Sent ? null : ReplacementRules.NotSent(action));
    }

    /// <summary>The Center's staff and director write to the agencies; its administrator keeps the system, not the officers.</summary>
    internal static BrokenRule? CenterGuard(string action, Actor by, string centerId)
    {
        if (by.Role is not (Role.CenterStaff or Role.CenterDirector))
            return ReplacementRules.CenterOnly(action, by.Role);
        return by.UnitId == centerId ? null : StaffingRules.NotYourUnit(action);
    }

    /// <summary>The leader of the officer's own agency answers for it.</summary>
    internal static BrokenRule? AgencyGuard(string action, Actor by, string agencyId)
    {
        if (by.Role != Role.AgencyLeader)
            return ReplacementRules.AgencyLeaderOnly(action, by.Role);
        return by.UnitId == agencyId ? null : StaffingRules.NotYourUnit(action);
    }
}
