namespace MotCua.Domain.Catalog;

/// <summary>A fee (phí, for a service, e.g. appraisal) or a charge (lệ phí, for the State's act, e.g. a licence).</summary>
public enum FeeKind
{
    Charge,
    Fee,
}

/// <summary>When the applicant pays: before the dossier goes to the agency, or when the result is returned.</summary>
public enum FeeTiming
{
    BeforeProcessing,
    OnReturn,
}

/// <summary>A reduction for a category of applicants, with the legal text that grants it; 100% is an exemption.</summary>
public sealed record FeeReduction(string Category, int Percent, string LegalBasis)
{
    public const int MaxCategoryLength = 200;
}

/// <summary>
/// One line of a procedure version's fee schedule (R28), in integer đồng. A line may apply to one case
/// or to some channels only (the portal's lower online amounts), be charged per unit (per copy, per
/// page: the quantity is counted at collection), or only when the applicant asks for it (extra copies).
/// </summary>
public sealed record Fee(string Name, long AmountVnd, string? Exemptions = null)
{
    public const int MaxNameLength = 300;
    /// <summary>Bounds what one line can reach (a quantity times an amount stays far from overflow).</summary>
    public const long MaxAmountVnd = 1_000_000_000_000;
    public const int MaxQuantity = 10_000;

    public FeeKind Kind { get; init; }
    public FeeTiming Timing { get; init; }
    /// <summary>The case this line applies to; null: every case.</summary>
    public string? Case { get; init; }
    /// <summary>The channels in this line applies to; null: every channel.</summary>
    public IReadOnlySet<Channel>? Channels { get; init; }
    /// <summary>What the amount is counted per ("bản", "trang"); null: once per dossier.</summary>
    public string? PerUnit { get; init; }
    /// <summary>Charged only when the applicant asks for it (copies).</summary>
    public bool OnRequest { get; init; }
    /// <summary>Lines sharing a choice are alternatives (what is certified: the land, the house, both): exactly one is charged.</summary>
    public string? Choice { get; init; }
    public IReadOnlyList<FeeReduction> Reductions { get; init; } = [];

    public string Display => AmountVnd == 0 ? "Miễn phí" : VietnameseFormat.Money(AmountVnd) + (PerUnit is { } unit ? "/" + unit : "");

    public string KindName => Kind == FeeKind.Fee ? "Phí" : "Lệ phí";

    public bool AppliesTo(string caseName, Channel channelIn) =>
        (Case is null || Case == caseName) && (Channels is null || Channels.Contains(channelIn));

    /// <summary>Why these lines cannot be published, in Vietnamese; empty when they can.</summary>
    public static IEnumerable<string> Problems(IReadOnlyList<Fee> fees, IReadOnlyList<ProcedureCase> cases)
    {
        foreach (var f in fees)
        {
            if (string.IsNullOrWhiteSpace(f.Name) || f.Name.Length > MaxNameLength)
                yield return $"Mỗi khoản phí, lệ phí phải có tên, tối đa {MaxNameLength} ký tự.";
            if (f.AmountVnd is < 0 or > MaxAmountVnd)
                yield return $"Phí, lệ phí \"{f.Name}\" phải từ 0 đến {VietnameseFormat.Money(MaxAmountVnd)}.";
            if (f.Case is { } c && cases.All(x => x.Name != c))
                yield return $"Phí, lệ phí \"{f.Name}\" áp dụng cho trường hợp \"{c}\" mà thủ tục không có.";
            if (f.Channels is { Count: 0 })
                yield return $"Phí, lệ phí \"{f.Name}\" phải áp dụng cho ít nhất một kênh nộp.";
            foreach (var r in f.Reductions)
                if (string.IsNullOrWhiteSpace(r.Category) || r.Category.Length > FeeReduction.MaxCategoryLength
                    || r.Percent is < 1 or > 100 || string.IsNullOrWhiteSpace(r.LegalBasis))
                    yield return $"Phí, lệ phí \"{f.Name}\": mỗi đối tượng miễn, giảm phải có tên, mức giảm từ 1% đến 100% và căn cứ pháp lý.";
            if (f.Reductions.GroupBy(r => r.Category).Any(g => g.Count() > 1))
                yield return $"Phí, lệ phí \"{f.Name}\": các đối tượng miễn, giảm không được trùng nhau.";
        }
        // A collection names the lines it charges, so a name must say which line it is.
        if (fees.GroupBy(f => f.Name).Any(g => g.Count() > 1))
            yield return "Tên các khoản phí, lệ phí không được trùng nhau.";
    }
}
