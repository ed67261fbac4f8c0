namespace MotCua.Domain.Staffing;

/// <summary>
/// An award in a seconded officer's records (R70): proposed by the Center with its submission, then given by the competent
/// body's decision; or given already (by the agency, the People's Committee...) and recorded with its decision.
/// </summary>
public sealed class AwardRecord
{
    public const int MaxTitleLength = 300;
    public const int MaxReferenceLength = 300;
    public const int MaxReasonLength = 1000;

    AwardRecord()
    {
    }

    public int Id { get; private set; }
    public string CenterId { get; private set; } = "";
    public string AgencyId { get; private set; } = "";
    public int SecondmentId { get; private set; }
    public string OfficerId { get; private set; } = "";
    public string OfficerName { get; private set; } = "";
    /// <summary>The form of award ("Giấy khen của Chủ tịch UBND tỉnh", "Lao động tiên tiến").</summary>
    public string Title { get; private set; } = "";
    /// <summary>The achievement it rewards.</summary>
    public string Reason { get; private set; } = "";
    public AwardState State { get; private set; }
    /// <summary>The Center's proposal as written on it ("Tờ trình số 15/TTr-TTPVHCC"); null when recorded as given.</summary>
    public string? Proposal { get; private set; }
    public DateOnly? ProposedOn { get; private set; }
    /// <summary>The decision that gave it ("Quyết định số 45/QĐ-UBND ngày 20/12/2026 của Chủ tịch UBND tỉnh").</summary>
    public string? Decision { get; private set; }
    public DateOnly? DecidedOn { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public DateTimeOffset? GivenRecordedAt { get; private set; }
    public string? GivenRecordedBy { get; private set; }

    /// <summary>The Center proposes an award for a serving officer, on its submission dated <paramref name="on"/>.</summary>
    public static Outcome<AwardRecord> Propose(Secondment officer, string title, string reason, string proposal, DateOnly on, DateOnly today, Actor by, DateTimeOffset at)
    {
        var made = New(officer, title, reason, proposal, on, today, "đề xuất khen thưởng cán bộ", by, at);
        if (made.Value is not { } award)
            return made;
        award.State = AwardState.Proposed;
        award.Proposal = proposal.Trim();
        award.ProposedOn = on;
        return award;
    }

    /// <summary>The Center records an award already given, with its decision.</summary>
    public static Outcome<AwardRecord> Given(Secondment officer, string title, string reason, string decision, DateOnly on, DateOnly today, Actor by, DateTimeOffset at)
    {
        var made = New(officer, title, reason, decision, on, today, "ghi nhận khen thưởng cán bộ", by, at);
        if (made.Value is not { } award)
            return made;
        award.State = AwardState.Given;
        award.Decision = decision.Trim();
        award.DecidedOn = on;
        award.GivenRecordedAt = at;
        award.GivenRecordedBy = by.Name;
        return award;
    }

    /// <summary>The award the Center proposed was given: the decision and its date.</summary>
    public Outcome Grant(string decision, DateOnly on, DateOnly today, Actor by, DateTimeOffset at)
    {
        if (WhyNotGrant(by) is { } broken)
            return broken;
        if (string.IsNullOrWhiteSpace(decision))
            return RecordsRules.AwardReferenceRequired;
        if (on > today)
            return RecordsRules.DateInFuture;
        State = AwardState.Given;
        Decision = decision.Trim();
        DecidedOn = on;
        GivenRecordedAt = at;
        GivenRecordedBy = by.Name;
        return Outcome.Ok;
    }

    public BrokenRule? WhyNotGrant(Actor by) =>
        RecordGuard.Center("ghi nhận quyết định khen thưởng", by, CenterId) ?? (State != AwardState.Proposed ? RecordsRules.NotProposedAward : null);

    static Outcome<AwardRecord> New(Secondment officer, string title, string reason, string reference, DateOnly on, DateOnly today, string action, Actor by, DateTimeOffset at)
    {
        if (RecordGuard.Serving(action, by, officer) is { } broken)
            return broken;
        if (string.IsNullOrWhiteSpace(title))
            return RecordsRules.AwardTitleRequired;
        if (string.IsNullOrWhiteSpace(reference))
            return RecordsRules.AwardReferenceRequired;
        if (on > today)
            return RecordsRules.DateInFuture;
        return new AwardRecord
        {
            CenterId = officer.CenterId,
            AgencyId = officer.AgencyId,
            SecondmentId = officer.Id,
            OfficerId = officer.OfficerId,
            OfficerName = officer.OfficerName,
            Title = title.Trim(),
            Reason = reason.Trim(),
            RecordedAt = at,
            RecordedBy = by.Name,
        };
    }
}
