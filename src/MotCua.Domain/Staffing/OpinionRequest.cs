namespace MotCua.Domain.Staffing;

/// <summary>
/// An agency's request for the Center's opinion before it decides on an award, discipline, planning or appointment of its
/// officer at the Center (R62; Cẩm Phả Art. 4.6, 5.3, Bắc Ninh Art. 5.5): asked by the agency's leader with what it intends, answered
/// once by the Center's staff or director — agree or not, and why — with who and when; the agency reads the answer.
/// </summary>
public sealed class OpinionRequest
{
    public const int MaxTextLength = FormText.MaxLength;

    OpinionRequest()
    {
    }

    public int Id { get; internal set; }
    public string CenterId { get; private set; } = "";
    public string AgencyId { get; private set; } = "";
    public int SecondmentId { get; private set; }
    public string OfficerId { get; private set; } = "";
    public string OfficerName { get; private set; } = "";
    public OpinionMatter Matter { get; private set; }
    /// <summary>What the agency intends ("đề nghị khen thưởng Giấy khen năm 2026", "dự kiến bổ nhiệm Phó Trưởng phòng").</summary>
    public string Details { get; private set; } = "";
    public DateTimeOffset RequestedAt { get; private set; }
    public string RequestedBy { get; private set; } = "";
    /// <summary>Null until the Center answers.</summary>
    public bool? Agrees { get; private set; }
    public string? Opinion { get; private set; }
    public DateTimeOffset? GivenAt { get; private set; }
    public string? GivenBy { get; private set; }

    public bool IsAnswered => GivenAt is not null;

    /// <summary>The agency's leader asks about an officer of the agency serving at the Center.</summary>
    public static Outcome<OpinionRequest> Request(Secondment officer, OpinionMatter matter, string? details, Actor by, DateTimeOffset at)
    {
        const string action = "đề nghị Trung tâm cho ý kiến về cán bộ";
        if (ReplacementProposal.AgencyGuard(action, by, officer.AgencyId) is { } broken)
            return broken;
        if (officer.State != SecondmentState.Approved)
            return StaffingRules.NotServing(action);
        if (!Enum.IsDefined(matter))
            throw new ArgumentOutOfRangeException(nameof(matter));
        if (string.IsNullOrWhiteSpace(details))
            return ReplacementRules.OpinionDetailsRequired;
        return new OpinionRequest
        {
            CenterId = officer.CenterId,
            AgencyId = officer.AgencyId,
            SecondmentId = officer.Id,
            OfficerId = officer.OfficerId,
            OfficerName = officer.OfficerName,
            Matter = matter,
            Details = details.Trim(),
            RequestedAt = at,
            RequestedBy = by.Name,
        };
    }

    /// <summary>The Center gives its opinion once; it is kept as given.</summary>
    public Outcome Give(bool agrees, string? opinion, Actor by, DateTimeOffset at)
    {
        if (WhyNotGive(by) is { } broken)
            return broken;
        if (string.IsNullOrWhiteSpace(opinion))
            return ReplacementRules.OpinionRequired;
        Agrees = agrees;
        Opinion = opinion.Trim();
        GivenAt = at;
        GivenBy = by.Name;
        return Outcome.Ok;
    }

    /// <summary>Why <paramref name="by"/> may not give the opinion now (null when they may).</summary>
    public BrokenRule? WhyNotGive(Actor by) =>
        ReplacementProposal.CenterGuard("cho ý kiến về cán bộ", by, CenterId) ?? (IsAnswered ? ReplacementRules.OpinionAlreadyGiven : null);
}
