namespace MotCua.Domain.Reporting;

/// <summary>
/// One index of the national service index (QĐ 766, LAW §9.4): a ratio with its numerator and
/// denominator, and the points it earns. Null counts mean the system holds no data for it (shown
/// "chưa có dữ liệu"); a zero denominator gives no rate (N/A), never 0 or 100.
/// </summary>
/// <param name="FullFrom">The rate (percent) from which the index earns all its points; below it, in proportion (LAW §9.4 3.1, 3.3, 4.2, 5.4). Null: rate × max.</param>
public sealed record IndexFigure(string Id, string Name, decimal MaxPoints, int? Numerator, int? Denominator, decimal? FullFrom = null)
{
    public bool HasData => Numerator is not null && Denominator is not null;

    /// <summary>Percent, rounded to 2 decimals as the index rounds every ratio.</summary>
    public decimal? Rate => HasData && Denominator > 0 ? Math.Round(100m * Numerator!.Value / Denominator!.Value, 2) : null;

    public decimal? Points => Rate is { } rate
        ? Math.Round(Math.Min(MaxPoints, MaxPoints * rate / (FullFrom ?? 100m)), 2)
        : null;
}

public sealed record IndexGroup(string Number, string Name, decimal MaxPoints, IReadOnlyList<IndexFigure> Figures)
{
    public decimal Points => Figures.Sum(f => f.Points ?? 0);

    /// <summary>The points the indexes with a rate could earn: what the group's result is out of.</summary>
    public decimal MaxWithData => Figures.Where(f => f.Rate is not null).Sum(f => f.MaxPoints);
}

/// <summary>An agency's (or the Center's) result on the index for a period, and its rating band (LAW §9.3).</summary>
public sealed record Scorecard(string UnitId, string UnitName, IReadOnlyList<IndexGroup> Groups)
{
    public decimal Points => Groups.Sum(g => g.Points);

    public decimal MaxWithData => Groups.Sum(g => g.MaxWithData);

    /// <summary>The result out of 100 over the indexes the system has data for; null without any.</summary>
    public decimal? Score => MaxWithData > 0 ? Math.Round(100m * Points / MaxWithData, 2) : null;

    public string Band => Score is { } score ? ServiceIndex.Band(score) : "Chưa có dữ liệu";
}

public static class ServiceIndex
{
    /// <summary>
    /// 90–100 Xuất sắc and under 50 Yếu are confirmed, 80–90 Tốt probable (LAW §9.3); the bands between
    /// are not published, so 65–80 Khá and 50–65 Trung bình split the rest evenly (ADR 16).
    /// </summary>
    public static string Band(decimal score) => score switch
    {
        >= 90 => "Xuất sắc",
        >= 80 => "Tốt",
        >= 65 => "Khá",
        >= 50 => "Trung bình",
        _ => "Yếu",
    };
}
