using MiniExcelLibs;
using MotCua.Domain;
using MotCua.Features.Forms;

namespace MotCua.Features.Remittances;

/// <summary>A month's reconciliation as the agency's accountant files it (R60): a PDF to sign, and a spreadsheet with the same figures.</summary>
public static class ReconciliationDocuments
{
    public static readonly string[] Headings = ["STT", "Mã thủ tục", "Tên thủ tục", "Số biên lai", "Đã thu", "Đã hủy", "Đã hoàn trả", "Thực thu"];

    public static string FileName(MonthFigures f, string extension) => $"doi-soat-phi-{f.AgencyId}-{f.Year}-{f.Month:00}.{extension}";

    /// <summary>The summary lines both documents print, in order.</summary>
    public static IReadOnlyList<(string Label, long Value)> Totals(MonthFigures f) =>
    [
        ("Số biên lai", f.Receipts),
        ("Đã thu", f.Collected),
        ("Đã hủy", f.Cancelled),
        ("Đã hoàn trả", f.Refunded),
        ("Thực thu (đã thu − đã hủy − đã hoàn trả)", f.Net),
        ("Đã nộp trong tháng", f.Remitted),
        ("Chênh lệch (thực thu − đã nộp)", f.Difference),
        ("Đơn vị thu còn giữ", f.Outstanding),
    ];

    public static byte[] Pdf(MonthFigures f, string? place, DateTimeOffset printedLocal)
    {
        var pdf = new FormPdf($"Đối chiếu phí, lệ phí tháng {f.MonthText} {f.AgencyName}", landscape: true);
        pdf.Header(f.CollectorName, null, "……/ĐCPLP", FormPdf.DateLine(place, printedLocal));
        pdf.Title("BẢNG ĐỐI CHIẾU THU, NỘP PHÍ, LỆ PHÍ", $"Tháng {f.MonthText}");
        pdf.Paragraph($"Cơ quan thụ hưởng: {f.AgencyName}");
        pdf.Paragraph($"Đơn vị thu: {f.CollectorName}");
        var n = 0;
        pdf.Table(Headings, [0.05, 0.12, 0.35, 0.08, 0.1, 0.1, 0.1, 0.1],
            f.Procedures.Select(p => new[]
            {
                (++n).ToString(VietnameseFormat.Culture), p.ProcedureCode, p.ProcedureName, p.Receipts.ToString(VietnameseFormat.Culture),
                VietnameseFormat.Money(p.Collected), VietnameseFormat.Money(p.Cancelled), VietnameseFormat.Money(p.Refunded), VietnameseFormat.Money(p.Net),
            }));
        foreach (var (label, value) in Totals(f))
            pdf.Paragraph($"{label}: {(label == "Số biên lai" ? value.ToString(VietnameseFormat.Culture) : VietnameseFormat.Money(value))}", isBold: label.StartsWith("Thực thu", StringComparison.Ordinal));
        if (f.Confirmed is { } c)
            pdf.Paragraph($"Đã xác nhận: {c.ConfirmedByName}, {VietnameseFormat.DateTime(c.ConfirmedAt)}.");
        pdf.Signatures(("ĐƠN VỊ THU", ""), ("CƠ QUAN THỤ HƯỞNG", ""));
        return pdf.ToBytes();
    }

    /// <summary>Two sheets: the procedures, and the totals; amounts as numbers (đồng) so the accountant can sum them.</summary>
    public static byte[] Xlsx(MonthFigures f)
    {
        var n = 0;
        var procedures = f.Procedures.Select(p => new Dictionary<string, object>
        {
            [Headings[0]] = ++n, [Headings[1]] = p.ProcedureCode, [Headings[2]] = p.ProcedureName, [Headings[3]] = p.Receipts,
            [Headings[4]] = p.Collected, [Headings[5]] = p.Cancelled, [Headings[6]] = p.Refunded, [Headings[7]] = p.Net,
        }).ToList();
        var totals = Totals(f).Select(t => new Dictionary<string, object> { ["Khoản"] = t.Label, ["Số tiền (đồng)"] = t.Value }).ToList();
        var sheets = new Dictionary<string, object> { ["Theo thủ tục"] = procedures, ["Tổng hợp"] = totals };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }
}
