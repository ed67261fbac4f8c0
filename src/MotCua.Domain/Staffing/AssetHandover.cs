namespace MotCua.Domain.Staffing;

/// <summary>
/// Equipment the Center hands a seconded officer at a counter (R69): what it is, its serial or asset code and condition,
/// handed by whom and when; the officer confirms taking it over (nhận bàn giao) and from then answers for it; the Center
/// receives it back with its condition. An asset code is held by one officer at a time.
/// </summary>
public sealed class AssetHandover
{
    public const int MaxItemNameLength = 200;
    public const int MaxAssetCodeLength = 100;
    public const int MaxConditionLength = 500;

    AssetHandover()
    {
    }

    public int Id { get; private set; }
    public string CenterId { get; private set; } = "";
    public string AgencyId { get; private set; } = "";
    public int SecondmentId { get; private set; }
    public string OfficerId { get; private set; } = "";
    public string OfficerName { get; private set; } = "";
    /// <summary>The counter the officer sat at when the asset was handed; null when not seated yet.</summary>
    public int? CounterId { get; private set; }
    public AssetKind Kind { get; private set; }
    public string ItemName { get; private set; } = "";
    public string AssetCode { get; private set; } = "";
    public string Condition { get; private set; } = "";
    public DateTimeOffset HandedAt { get; private set; }
    public string HandedBy { get; private set; } = "";
    public DateTimeOffset? TakenOverAt { get; private set; }
    public string? TakenOverBy { get; private set; }
    public DateTimeOffset? ReturnedAt { get; private set; }
    public string? ReturnedTo { get; private set; }
    public string? ReturnCondition { get; private set; }

    public AssetHandoverState State =>
        ReturnedAt is not null ? AssetHandoverState.Returned
        : TakenOverAt is not null ? AssetHandoverState.TakenOver
        : AssetHandoverState.Handed;

    /// <summary>
    /// The Center hands an asset to a serving officer; <paramref name="outstanding"/> are the Center's handovers of the same
    /// asset code not yet handed back.
    /// </summary>
    public static Outcome<AssetHandover> Hand(Secondment officer, AssetKind kind, string itemName, string assetCode, string condition,
        IReadOnlyCollection<AssetHandover> outstanding, Actor by, DateTimeOffset at)
    {
        const string action = "bàn giao tài sản cho cán bộ";
        if (RecordGuard.Serving(action, by, officer) is { } broken)
            return broken;
        if (string.IsNullOrWhiteSpace(itemName))
            return RecordsRules.ItemNameRequired;
        if (string.IsNullOrWhiteSpace(assetCode))
            return RecordsRules.AssetCodeRequired;
        if (string.IsNullOrWhiteSpace(condition))
            return RecordsRules.ConditionRequired;
        var code = assetCode.Trim();
        if (outstanding.FirstOrDefault(h => h.State != AssetHandoverState.Returned && string.Equals(h.AssetCode, code, StringComparison.OrdinalIgnoreCase)) is { } held)
            return RecordsRules.AssetHeld(code, held.OfficerName);
        return new AssetHandover
        {
            CenterId = officer.CenterId,
            AgencyId = officer.AgencyId,
            SecondmentId = officer.Id,
            OfficerId = officer.OfficerId,
            OfficerName = officer.OfficerName,
            CounterId = officer.CounterId,
            Kind = kind,
            ItemName = itemName.Trim(),
            AssetCode = code,
            Condition = condition.Trim(),
            HandedAt = at,
            HandedBy = by.Name,
        };
    }

    /// <summary>The officer confirms taking the asset over (nhận bàn giao): only the officer it was handed to.</summary>
    public Outcome TakeOver(Actor by, DateTimeOffset at)
    {
        if (WhyNotTakeOver(by) is { } broken)
            return broken;
        TakenOverAt = at;
        TakenOverBy = by.Name;
        return Outcome.Ok;
    }

    public BrokenRule? WhyNotTakeOver(Actor by) =>
        by.Id != OfficerId ? RecordsRules.NotTheOfficer
        : State == AssetHandoverState.Returned ? RecordsRules.AlreadyReturned
        : State == AssetHandoverState.TakenOver ? RecordsRules.AlreadyTakenOver
        : null;

    /// <summary>The Center receives the asset back and notes its condition; also after the officer left the Center.</summary>
    public Outcome HandBack(string condition, Actor by, DateTimeOffset at)
    {
        if (WhyNotHandBack(by) is { } broken)
            return broken;
        if (string.IsNullOrWhiteSpace(condition))
            return RecordsRules.ConditionRequired;
        ReturnedAt = at;
        ReturnedTo = by.Name;
        ReturnCondition = condition.Trim();
        return Outcome.Ok;
    }

    public BrokenRule? WhyNotHandBack(Actor by) =>
        RecordGuard.Center("nhận lại tài sản từ cán bộ", by, CenterId)
        ?? (State == AssetHandoverState.Returned ? RecordsRules.AlreadyReturned : null);
}
