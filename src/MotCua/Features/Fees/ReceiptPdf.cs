using MotCua.Data.Fees;
using MotCua.Domain;
using MotCua.Domain.Fees;
using MotCua.Domain.Time;
using MotCua.Features.Forms;

namespace MotCua.Features.Fees;

/// <summary>The electronic receipt (biên lai điện tử, R29): template, series and number; the collector; the payer; each line; the total in figures and words; how and when it was paid.</summary>
public static class ReceiptPdf
{
    public static byte[] Draw(Receipt r, string collectorName, string? collectorPlace, string procedureName, WorkingCalendar calendar)
    {
        var local = calendar.ToLocal(r.CollectedAt);
        var pdf = new FormPdf($"Biên lai {r.Series} số {r.NumberText}");
        pdf.Header(collectorName, null, $"{r.NumberText}    Ký hiệu: {r.Series}", FormPdf.DateLine(collectorPlace, local));
        pdf.Title("BIÊN LAI THU PHÍ, LỆ PHÍ", $"(Biên lai điện tử — Mẫu số {r.Template})");
        pdf.Paragraph($"Đơn vị thu: {collectorName}");
        pdf.Paragraph($"Họ tên người nộp: {r.Payer}");
        pdf.Paragraph($"Mã hồ sơ: {r.DossierCode}");
        pdf.Paragraph($"Thủ tục: {procedureName}");
        var n = 0;
        pdf.Table(["STT", "Nội dung thu", "Số lượng", "Đơn giá", "Miễn, giảm", "Thành tiền"], [0.07, 0.41, 0.1, 0.14, 0.1, 0.18],
            r.Items.Select(i => new[]
            {
                (++n).ToString(VietnameseFormat.Culture), $"{(i.Kind == Domain.Catalog.FeeKind.Fee ? "Phí" : "Lệ phí")}: {i.Name}", i.Quantity.ToString(VietnameseFormat.Culture),
                VietnameseFormat.Money(i.UnitAmount), i.ReductionPercent == 0 ? "—" : $"{i.ReductionPercent}%", VietnameseFormat.Money(i.Amount),
            }));
        pdf.Paragraph($"Tổng cộng: {VietnameseFormat.Money(r.Total)}", isBold: true);
        pdf.Paragraph($"Bằng chữ: {MoneyInWords.Read(r.Total)}.");
        pdf.Paragraph($"Hình thức thanh toán: {r.Method.Vietnamese()}{(r.GatewayTransaction is null ? "" : $" (mã giao dịch {r.GatewayTransaction})")}.");
        pdf.Paragraph($"Thời điểm thu: {local:HH:mm} ngày {local:dd/MM/yyyy}.");
        pdf.Signatures(("NGƯỜI NỘP TIỀN", r.Payer), ("NGƯỜI THU TIỀN", r.CollectedByName));
        return pdf.ToBytes();
    }
}
