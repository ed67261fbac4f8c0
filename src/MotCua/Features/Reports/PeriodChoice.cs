using MotCua.Domain.Reporting;

namespace MotCua.Features.Reports;

/// <summary>
/// The period a report page is asked for: a named period of the reporting decree (kind, year and
/// month or quarter) or any range of days; by default the last quarter that has ended.
/// </summary>
public sealed class PeriodChoice
{
    public PeriodKind? Kind { get; set; }
    public int? Year { get; set; }
    /// <summary>The month (1–12) or the quarter (1–4).</summary>
    public int? Number { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }

    /// <summary>The period chosen, or why it cannot be, in Vietnamese.</summary>
    public (ReportPeriod? Period, string? Problem) Resolve(DateOnly today, PeriodKind fallback = PeriodKind.Quarter)
    {
        if (Kind is not { } kind)
            return (ReportPeriod.LastEnded(fallback, today), null);
        if (!Enum.IsDefined(kind))
            return (null, "Loại kỳ báo cáo không hợp lệ.");
        if (kind == PeriodKind.Range)
        {
            if (From is not { } from || To is not { } to)
                return (null, "Nhập ngày bắt đầu và ngày kết thúc của kỳ báo cáo.");
            return ReportPeriod.RangeProblem(from, to) is { } problem ? (null, problem) : (ReportPeriod.Range(from, to), null);
        }
        if (Year is not { } year || year < 2000 || year > 2100)
            return (null, "Năm báo cáo phải trong khoảng 2000–2100.");
        return kind switch
        {
            PeriodKind.Month when Number is >= 1 and <= 12 => (ReportPeriod.Month(year, Number.Value), null),
            PeriodKind.Month => (null, "Tháng phải từ 1 đến 12."),
            PeriodKind.Quarter when Number is >= 1 and <= 4 => (ReportPeriod.Quarter(year, Number.Value), null),
            PeriodKind.Quarter => (null, "Quý phải từ 1 đến 4."),
            PeriodKind.SixMonths => (ReportPeriod.SixMonths(year), null),
            PeriodKind.NineMonths => (ReportPeriod.NineMonths(year), null),
            _ => (ReportPeriod.Year(year), null),
        };
    }

    public static string Vietnamese(PeriodKind kind) => kind switch
    {
        PeriodKind.Month => "Tháng",
        PeriodKind.Quarter => "Quý",
        PeriodKind.SixMonths => "6 tháng",
        PeriodKind.NineMonths => "9 tháng",
        PeriodKind.Year => "Năm",
        _ => "Khoảng ngày",
    };
}
