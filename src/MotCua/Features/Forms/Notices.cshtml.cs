using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Time;
using MotCua.Features.Reception;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Forms;

/// <summary>
/// The notices a dossier's history issued, as PDFs (R51): Mẫu 02, the request to supplement (from the
/// agency's request, R15, or the counter's completion slip, R7), and Mẫu 04, the apology with the new
/// date (R18). A dossier whose history has no such row has no such form (404).
/// </summary>
public sealed class NoticePdfModel(MotCuaDbContext db, CurrentOfficer officer, LocalitySource localities) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string code, string form)
    {
        // Any other name is no form of ours (the literal routes of Mẫu 01 and 06 take precedence over this one).
        if (form is not ("mau-02" or "mau-04") || await db.LoadVisibleAsync(code, officer) is not { } dossier)
            return NotFound();
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name);
        var calendar = (await localities.GetAsync(db)).Calendar;
        var pdf = form == "mau-02" ? Supplement(dossier, units, calendar) : Apology(dossier, units, calendar);
        return pdf is null ? NotFound() : File(pdf, "application/pdf", $"{form}-{dossier.Code}.pdf");
    }

    static string DateLine(WorkingCalendar calendar, DateTimeOffset at)
    {
        var local = calendar.ToLocal(at);
        return $"ngày {local:dd} tháng {local:MM} năm {local:yyyy}";
    }

    static byte[]? Supplement(Dossier d, IReadOnlyDictionary<string, string> units, WorkingCalendar calendar)
    {
        var issued = d.History.LastOrDefault(h => h.Action is DossierAction.RequestSupplement or DossierAction.IssueCompletionSlip);
        if (issued is null)
            return null;
        var (items, reason) = issued.Action == DossierAction.RequestSupplement && d.Supplements.Count > 0
            ? (d.Supplements[^1].Items, d.Supplements[^1].Reason)
            : (issued.Documents, issued.Reason ?? "");
        var a = d.Applicant;
        var pdf = new FormPdf($"Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ {d.Code}");
        pdf.Header(units.GetValueOrDefault(d.CenterId, d.CenterId), "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ");
        pdf.RightAligned(DateLine(calendar, issued.At));
        pdf.Title("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", $"Mã hồ sơ: {d.Code}");
        pdf.Paragraph($"Hồ sơ của: {a.Name}");
        pdf.Paragraph($"Nội dung yêu cầu giải quyết: {d.Procedure.Name} — {d.Case.Name}");
        pdf.Paragraph($"Địa chỉ: {a.Address}");
        pdf.Paragraph($"Số điện thoại: {a.Phone}    Email: {a.Email ?? "—"}");
        pdf.Paragraph("Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:");
        var n = 0;
        foreach (var item in items)
            pdf.Paragraph($"{++n}. {item}");
        pdf.Paragraph($"Lý do: {reason}");
        pdf.Paragraph($"Trong quá trình hoàn thiện hồ sơ nếu có vướng mắc, Ông/Bà liên hệ với {units.GetValueOrDefault(issued.By.UnitId, issued.By.UnitId)} "
            + $"(cán bộ {issued.By.Name}) để được hướng dẫn./.");
        pdf.Signatures(("NGƯỜI NỘP HỒ SƠ", a.Name), ("NGƯỜI HƯỚNG DẪN", issued.By.Name));
        return pdf.ToBytes();
    }

    static byte[]? Apology(Dossier d, IReadOnlyDictionary<string, string> units, WorkingCalendar calendar)
    {
        var issued = d.History.LastOrDefault(h => h.Action == DossierAction.ApproveApology);
        if (issued is null || d.Clock?.Extension is not { } extension)
            return null;
        var agency = units.GetValueOrDefault(d.AgencyId, d.AgencyId);
        var received = d.History.FirstOrDefault(h => h.Action == DossierAction.Receive)?.At ?? d.SubmittedAt;
        var pdf = new FormPdf($"Phiếu xin lỗi và hẹn lại ngày trả kết quả {d.Code}");
        pdf.Header(agency, null);
        pdf.RightAligned(DateLine(calendar, issued.At));
        pdf.Title("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ");
        pdf.Paragraph($"Kính gửi: {(d.Applicant.IsOrganization ? "" : "Ông/Bà ")}{d.Applicant.Name}");
        pdf.Paragraph($"Ngày {calendar.ToLocal(received):dd} tháng {calendar.ToLocal(received):MM} năm {calendar.ToLocal(received):yyyy}, {agency} tiếp nhận giải quyết "
            + $"hồ sơ đề nghị giải quyết thủ tục hành chính {d.Procedure.Name}; mã số: {d.Code}.");
        pdf.Paragraph($"Thời gian hẹn trả kết quả giải quyết hồ sơ: {ReceptionText.Moment(calendar.ToLocal(extension.PreviousDue))}.");
        pdf.Paragraph($"Tuy nhiên đến nay, {agency} chưa trả kết quả giải quyết hồ sơ đúng thời hạn quy định ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả. "
            + $"Lý do: {extension.Reason}.");
        pdf.Paragraph("Sự chậm trễ này đã gây phiền hà, tốn kém chi phí, công sức của Ông/Bà.");
        pdf.Paragraph($"{agency} xin lỗi Ông/Bà và sẽ trả kết quả giải quyết hồ sơ vào {ReceptionText.Moment(calendar.ToLocal(extension.NewDue))}.");
        pdf.Paragraph("Mong nhận được sự thông cảm của Ông/Bà vì sự chậm trễ này./.");
        pdf.Signature("THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ", issued.By.Name);
        return pdf.ToBytes();
    }
}
