using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Data;
using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Features.Reception;
using MotCua.Platform;

namespace MotCua.Features.Forms;

/// <summary>
/// Mẫu 01 (R6, R51) as a PDF: the receipt and appointment of a received dossier, with a QR code that
/// opens the portal's status lookup for it.
/// </summary>
public sealed class ReceiptPdfModel(MotCuaDbContext db, CurrentOfficer officer, LocalitySource localities)
    : IssuedFormModel(db, officer, localities, DossierAction.Receive)
{
    public async Task<IActionResult> OnGetPdfAsync(string code)
    {
        if (await OnGetAsync(code) is not PageResult)
            return NotFound();
        var pdf = Draw($"{Request.Scheme}://{Request.Host}/tra-cuu?ma={Uri.EscapeDataString(Dossier.Code)}");
        return File(pdf, "application/pdf", $"mau-01-{Dossier.Code}.pdf");
    }

    byte[] Draw(string lookupUrl)
    {
        var d = Dossier;
        var a = d.Applicant;
        var local = Calendar.ToLocal(Issued.At);
        var pdf = new FormPdf($"Giấy tiếp nhận hồ sơ và hẹn trả kết quả {d.Code}");
        pdf.Header(CenterName, "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ");
        pdf.RightAligned($"ngày {local:dd} tháng {local:MM} năm {local:yyyy}");
        pdf.Title("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", $"Mã hồ sơ: {d.Code}");
        pdf.Paragraph($"{CenterName} tiếp nhận hồ sơ của:");
        pdf.Paragraph($"{(a.IsOrganization ? "Tên tổ chức" : "Ông/Bà")}: {a.Name}");
        pdf.Paragraph($"Số định danh: {a.IdentityNumber ?? "—"}");
        pdf.Paragraph($"Địa chỉ: {a.Address}");
        pdf.Paragraph($"Số điện thoại: {a.Phone}    Email: {a.Email ?? "—"}");
        pdf.Paragraph($"Nội dung yêu cầu giải quyết: {d.Procedure.Name} — {d.Case.Name}");
        pdf.Paragraph("1. Thành phần hồ sơ nộp gồm:");
        var n = 0;
        foreach (var c in d.Components)
            pdf.Paragraph($"   {++n}) {c.Name}: {ReceptionText.Counts(c.Originals, c.Copies)}");
        pdf.Paragraph("2. Số lượng hồ sơ: 01 bộ.");
        pdf.Paragraph($"3. Thời gian giải quyết hồ sơ theo quy định: {d.Case.Limit}.");
        pdf.Paragraph($"4. Thời gian nhận hồ sơ: {ReceptionText.Moment(local)}.");
        if (d.Clock is { } clock && clock.ReceivedAt != Issued.At)
            pdf.Paragraph($"   Thời hạn giải quyết tính từ {ReceptionText.Moment(Calendar.ToLocal(clock.ReceivedAt))}.");
        pdf.Paragraph($"5. Thời gian trả kết quả giải quyết hồ sơ: {(d.Due is { } due ? ReceptionText.Moment(Calendar.ToLocal(due)) : "—")}.");
        pdf.Paragraph($"6. Đăng ký nhận kết quả: {ReceptionText.ChannelOut(d.ResultChannel)}{d.ResultChannel switch
        {
            Channel.InPerson => $", {CenterName}",
            Channel.Post => $", tại địa chỉ: {a.Address}",
            _ => ", qua Cổng Dịch vụ công",
        }}.");
        pdf.Paragraph("Hồ sơ được vào Sổ theo dõi hồ sơ điện tử theo mã hồ sơ trên.");
        pdf.QrCode(lookupUrl, "Quét mã để tra cứu tình trạng hồ sơ");
        pdf.Signatures(("NGƯỜI NỘP HỒ SƠ", a.Name), ("NGƯỜI TIẾP NHẬN HỒ SƠ", Issued.By.Name));
        return pdf.ToBytes();
    }
}
