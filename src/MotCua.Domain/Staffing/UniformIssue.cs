using MotCua.Domain.Profiles;

namespace MotCua.Domain.Staffing;

/// <summary>
/// A uniform in an officer's records (R69), as the profile has the Center supply them: issued each year where the Center
/// supplies uniforms (Cẩm Phả: once a year per officer), proposed where the Center only proposes them (Bắc Ninh); nothing
/// where the regulation is silent. Recorded once, never changed.
/// </summary>
public sealed class UniformIssue
{
    public const int MaxItemsLength = 500;

    UniformIssue()
    {
    }

    public int Id { get; private set; }
    public string CenterId { get; private set; } = "";
    public string AgencyId { get; private set; } = "";
    public int SecondmentId { get; private set; }
    public string OfficerId { get; private set; } = "";
    public string OfficerName { get; private set; } = "";
    public UniformAction Action { get; private set; }
    /// <summary>What was issued or proposed ("02 bộ mùa hè, 01 bộ mùa đông").</summary>
    public string Items { get; private set; } = "";
    public DateOnly On { get; private set; }
    public int Year => On.Year;
    public DateTimeOffset RecordedAt { get; private set; }
    public string RecordedBy { get; private set; } = "";

    /// <summary>The one action the profile lets the Center record about uniforms; null when the regulation is silent.</summary>
    public static UniformAction? ActionUnder(UniformSupply supply) => supply switch
    {
        UniformSupply.CenterYearly => UniformAction.Issue,
        UniformSupply.CenterProposes => UniformAction.Proposal,
        _ => null,
    };

    /// <summary>
    /// The Center records an issue or a proposal on <paramref name="on"/> (not after <paramref name="today"/>);
    /// <paramref name="officersIssues"/> are the officer's earlier uniform records.
    /// </summary>
    public static Outcome<UniformIssue> Record(Secondment officer, UniformAction action, string items, DateOnly on, DateOnly today,
        IReadOnlyCollection<UniformIssue> officersIssues, UniformSupply supply, Actor by, DateTimeOffset at)
    {
        if (RecordGuard.Serving($"ghi {action.Vietnamese().ToLowerInvariant()}", by, officer) is { } broken)
            return broken;
        if (ActionUnder(supply) is not { } allowed)
            return RecordsRules.UniformsNotSupplied;
        if (action != allowed)
            return RecordsRules.UniformActionNotInProfile(action, supply);
        if (string.IsNullOrWhiteSpace(items))
            return RecordsRules.UniformItemsRequired;
        if (on > today)
            return RecordsRules.DateInFuture;
        if (supply == UniformSupply.CenterYearly
            && officersIssues.FirstOrDefault(i => i.Action == UniformAction.Issue && i.Year == on.Year) is { } issued)
            return RecordsRules.AlreadyIssuedThisYear(on.Year, issued.On);
        return new UniformIssue
        {
            CenterId = officer.CenterId,
            AgencyId = officer.AgencyId,
            SecondmentId = officer.Id,
            OfficerId = officer.OfficerId,
            OfficerName = officer.OfficerName,
            Action = action,
            Items = items.Trim(),
            On = on,
            RecordedAt = at,
            RecordedBy = by.Name,
        };
    }

    /// <summary>
    /// Where the Center issues uniforms yearly, the officers serving on <paramref name="today"/> who have no issue in its year
    /// (the Center's reminder); elsewhere none.
    /// </summary>
    public static IReadOnlyList<Secondment> WithoutIssueThisYear(IEnumerable<Secondment> officers, IEnumerable<UniformIssue> issues, DateOnly today, UniformSupply supply)
    {
        if (supply != UniformSupply.CenterYearly)
            return [];
        var issued = issues.Where(i => i.Action == UniformAction.Issue && i.Year == today.Year).Select(i => i.SecondmentId).ToHashSet();
        return officers.Where(o => o.ServesOn(today) && !issued.Contains(o.Id)).ToList();
    }
}
