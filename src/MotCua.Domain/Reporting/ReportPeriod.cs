namespace MotCua.Domain.Reporting;

public enum PeriodKind
{
    Month,
    Quarter,
    SixMonths,
    NineMonths,
    Year,
    Range,
}

/// <summary>
/// A reporting period, both days included. The named periods follow the data cut-off of NĐ 09/2019
/// Art. 12 (LAW §10.4): from the 15th of the month before to the 14th of the period's last month;
/// the half, nine months and year start on 15/12 of the year before.
/// </summary>
public sealed record ReportPeriod(PeriodKind Kind, DateOnly From, DateOnly To, string Name)
{
    /// <summary>The longest range a report covers: five years of days.</summary>
    public const int MaxDays = 5 * 366;

    public static ReportPeriod Month(int year, int month) =>
        new(PeriodKind.Month, CutOffStart(year, month - 1), new DateOnly(year, month, 14), $"Tháng {month:00}/{year}");

    public static ReportPeriod Quarter(int year, int quarter) =>
        new(PeriodKind.Quarter, CutOffStart(year, 3 * quarter - 3), new DateOnly(year, 3 * quarter, 14), $"Quý {Roman(quarter)}/{year}");

    public static ReportPeriod SixMonths(int year) => new(PeriodKind.SixMonths, CutOffStart(year, 0), new DateOnly(year, 6, 14), $"6 tháng đầu năm {year}");

    public static ReportPeriod NineMonths(int year) => new(PeriodKind.NineMonths, CutOffStart(year, 0), new DateOnly(year, 9, 14), $"9 tháng năm {year}");

    public static ReportPeriod Year(int year) => new(PeriodKind.Year, CutOffStart(year, 0), new DateOnly(year, 12, 14), $"Năm {year}");

    public static ReportPeriod Range(DateOnly from, DateOnly to) =>
        new(PeriodKind.Range, from, to, $"Từ {VietnameseFormat.Date(from)} đến {VietnameseFormat.Date(to)}");

    /// <summary>Why a range cannot be a period, in Vietnamese; null when it can.</summary>
    public static string? RangeProblem(DateOnly from, DateOnly to) =>
        from > to ? "Ngày bắt đầu phải trước hoặc trùng ngày kết thúc."
        : to.DayNumber - from.DayNumber >= MaxDays ? "Kỳ báo cáo dài tối đa 5 năm."
        : null;

    /// <summary>The latest period of a kind that ended before <paramref name="today"/>: the one a report is due for.</summary>
    public static ReportPeriod LastEnded(PeriodKind kind, DateOnly today)
    {
        for (var year = today.Year; ; year--)
        {
            var candidates = kind switch
            {
                PeriodKind.Month => Enumerable.Range(1, 12).Reverse().Select(m => Month(year, m)),
                PeriodKind.Quarter => Enumerable.Range(1, 4).Reverse().Select(q => Quarter(year, q)),
                PeriodKind.SixMonths => [SixMonths(year)],
                PeriodKind.NineMonths => [NineMonths(year)],
                PeriodKind.Year => [Year(year)],
                _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A range has no last period."),
            };
            if (candidates.FirstOrDefault(p => p.To < today) is { } ended)
                return ended;
        }
    }

    /// <summary>The 15th of the month before month <paramref name="monthBefore"/>+1 (month 0 is December of the year before).</summary>
    static DateOnly CutOffStart(int year, int monthBefore) =>
        monthBefore <= 0 ? new DateOnly(year - 1, 12 + monthBefore, 15) : new DateOnly(year, monthBefore, 15);

    static string Roman(int quarter) => quarter switch { 1 => "I", 2 => "II", 3 => "III", _ => "IV" };

    public string Days => $"Từ ngày {VietnameseFormat.Date(From)} đến ngày {VietnameseFormat.Date(To)}";
}
