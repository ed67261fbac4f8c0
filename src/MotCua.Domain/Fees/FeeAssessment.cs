using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;

namespace MotCua.Domain.Fees;

/// <summary>How many of a per-unit or on-request line the applicant pays for (copies, pages).</summary>
public sealed record FeeChoice(string FeeName, int Quantity);

/// <summary>One line of a receipt: what was charged, how many, at what unit amount, with which reduction.</summary>
public sealed record FeeItem(string Name, FeeKind Kind, int Quantity, long UnitAmount, int ReductionPercent, long Amount);

/// <summary>The items of one collection and their total.</summary>
public sealed record FeeBill(IReadOnlyList<FeeItem> Items, string? ReductionCategory)
{
    public long Total => Items.Sum(i => i.Amount);
}

/// <summary>
/// What a dossier owes at one moment (R28, R29): the lines of its version's schedule that apply to its
/// case and channel and fall due now, each counted and reduced. Pure arithmetic in integer đồng.
/// </summary>
public static class FeeAssessment
{
    /// <summary>The lines an applicant of this case and channel may be charged at <paramref name="timing"/>.</summary>
    public static IReadOnlyList<Fee> Lines(ProcedureVersion version, string caseName, Channel channelIn, FeeTiming timing) =>
        version.Fees.Where(f => f.Timing == timing && f.AppliesTo(caseName, channelIn)).ToList();

    /// <summary>Whether something must be paid at <paramref name="timing"/> before the dossier may go on: a line charged whatever the applicant asks.</summary>
    public static bool Owes(ProcedureVersion version, string caseName, Channel channelIn, FeeTiming timing) =>
        Lines(version, caseName, channelIn, timing).Any(f => !f.OnRequest && f.AmountVnd > 0);

    /// <summary>
    /// The items of one collection: every line charged whatever the applicant asks (quantity 1, or the
    /// chosen quantity ≥ 1 for a per-unit line), plus the on-request lines chosen; the reduction of
    /// <paramref name="category"/> applied to the lines that grant it.
    /// </summary>
    public static Outcome<FeeBill> Assess(IReadOnlyList<Fee> lines, IReadOnlyList<FeeChoice> choices, string? category)
    {
        if (choices.FirstOrDefault(c => lines.All(f => f.Name != c.FeeName)) is { } unknown)
            return FeeRules.UnknownFee(unknown.FeeName);
        if (choices.GroupBy(c => c.FeeName).FirstOrDefault(g => g.Count() > 1) is { } twice)
            return FeeRules.FeeChosenTwice(twice.Key);
        if (choices.FirstOrDefault(c => c.Quantity is < 0 or > Fee.MaxQuantity) is { } outOfRange)
            return FeeRules.QuantityOutOfRange(outOfRange.FeeName);
        if (category is not null && lines.All(f => f.Reductions.All(r => r.Category != category)))
            return FeeRules.UnknownReduction(category);

        foreach (var group in lines.Where(f => f.Choice is not null && !f.OnRequest).GroupBy(f => f.Choice!))
            if (group.Count(f => choices.Any(c => c.FeeName == f.Name && c.Quantity > 0)) != 1)
                return FeeRules.ChooseOne(group.Key, group.Select(f => f.Name));

        var items = new List<FeeItem>();
        foreach (var line in lines)
        {
            var chosen = choices.FirstOrDefault(c => c.FeeName == line.Name)?.Quantity;
            var quantity = chosen ?? (line.OnRequest || line.Choice is not null ? 0 : 1);
            if ((quantity == 0 && !line.OnRequest && line.Choice is null) || (line.PerUnit is null && quantity > 1))
                return FeeRules.QuantityOutOfRange(line.Name);
            if (quantity == 0)
                continue;
            var percent = line.Reductions.FirstOrDefault(r => r.Category == category)?.Percent ?? 0;
            items.Add(new FeeItem(line.Name, line.Kind, quantity, line.AmountVnd, percent, Reduced(line.AmountVnd * quantity, percent)));
        }
        return new FeeBill(items, category);
    }

    /// <summary>The amount after a reduction, rounded to the nearest đồng (halves up).</summary>
    public static long Reduced(long amount, int percent) => (amount * (100 - percent) + 50) / 100;
}
