using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Catalog;
using MotCua.Domain.Reporting;
using MotCua.Domain.Time;
using MotCua.Features.Portal;
using MotCua.Platform;

namespace MotCua.Features.Reports;

/// <summary>One line of the form: its number (I, II… for a level, 1, 2… for a field), what it counts, the columns, and the invariants it breaks.</summary>
public sealed record Form06aRow(string Number, string Label, bool IsGroup, Form06aLine Line)
{
    public IReadOnlyList<string> Broken { get; } = Line.Broken();
}

/// <summary>
/// Biểu II.06a/VPCP/KSTT "Tình hình, kết quả giải quyết thủ tục hành chính" (LAW §10.1) for a period:
/// a line per level and per field under it, and the total; each line's invariants checked.
/// </summary>
public sealed record Form06aReport(ReportPeriod Period, string ReportingUnit, string Receiver, IReadOnlyList<Form06aRow> Rows)
{
    public const string FormName = "Biểu số II.06a/VPCP/KSTT";
    public const string Title = "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH";

    public Form06aRow Total => Rows[^1];

    /// <summary>Every broken invariant, named with the line it is on.</summary>
    public IEnumerable<string> Problems => Rows.SelectMany(r => r.Broken.Select(b => $"{r.Label}: {b}"));

    public static async Task<Form06aReport> BuildAsync(MotCuaDbContext db, CurrentOfficer officer, ReportPeriod period, WorkingCalendar calendar,
        string? agency, CancellationToken cancellationToken)
    {
        var sums = await Tallies.SumAsync(db, officer, period.From, period.To, calendar, agency, cancellationToken);
        var procedures = await db.Procedures.Select(p => new { p.Code, p.Field, p.Level }).ToDictionaryAsync(p => p.Code, cancellationToken);
        var lines = sums
            .Select(s => (Procedure: procedures.GetValueOrDefault(s.Key.Procedure), Sums: s.Value))
            .Select(s => (Level: s.Procedure?.Level ?? ProcedureLevel.Province, Field: s.Procedure?.Field ?? "Khác", s.Sums))
            .ToList();
        var rows = new List<Form06aRow>();
        var levelNumber = 0;
        foreach (var level in lines.GroupBy(l => l.Level).OrderBy(g => g.Key))
        {
            rows.Add(new Form06aRow(Roman(++levelNumber), PortalText.Level(level.Key), true, Form06aLine.From(Sum(level.Select(l => l.Sums)))));
            var fieldNumber = 0;
            foreach (var field in level.GroupBy(l => l.Field).OrderBy(g => g.Key, StringComparer.Create(VietnameseFormat.Culture, false)))
                rows.Add(new Form06aRow((++fieldNumber).ToString(VietnameseFormat.Culture), field.Key, false, Form06aLine.From(Sum(field.Select(l => l.Sums)))));
        }
        rows.Add(new Form06aRow("", "Tổng cộng", true, Form06aLine.From(Sum(lines.Select(l => l.Sums)))));

        var unitName = await db.Units.Where(u => u.Id == (agency ?? officer.UnitId)).Select(u => new { u.Name, u.Place }).SingleOrDefaultAsync(cancellationToken);
        var receiver = unitName?.Place is { } place ? $"Văn phòng Ủy ban nhân dân {place}" : "Văn phòng Ủy ban nhân dân";
        return new Form06aReport(period, unitName?.Name ?? "", receiver, rows);
    }

    static PeriodSums Sum(IEnumerable<PeriodSums> sums) => sums.Aggregate(PeriodSums.Zero, (a, b) => a + b);

    static string Roman(int n) => n switch { 1 => "I", 2 => "II", 3 => "III", _ => n.ToString(VietnameseFormat.Culture) };

    /// <summary>The column headings, numbered as on the form.</summary>
    public static readonly string[] Headings =
    [
        "(3) Tổng số tiếp nhận", "(4) Trực tuyến", "(5) Trực tiếp, bưu chính", "(6) Từ kỳ trước",
        "(7) Tổng số đã giải quyết", "(8) Trước hạn", "(9) Đúng hạn", "(10) Quá hạn",
        "(11) Tổng số đang giải quyết", "(12) Trong hạn", "(13) Quá hạn",
    ];
}
