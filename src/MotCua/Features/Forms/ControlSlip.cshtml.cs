using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Time;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Forms;

/// <summary>
/// Mẫu 06 (R13, R51) as a PDF: the control slip of a dossier the officer may see, one row per
/// hand-over of its history, with who gave, who received, when, and the result against the step's due date.
/// </summary>
public sealed class ControlSlipPdfModel(MotCuaDbContext db, CurrentOfficer officer, LocalitySource localities) : PageModel
{
    public async Task<IActionResult> OnGetPdfAsync(DossierCode code)
    {
        if (await db.LoadVisibleAsync(code, officer) is not { } dossier)
            return NotFound();
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id);
        var calendar = (await localities.GetAsync(db)).Calendar;
        return File(Draw(dossier, units, calendar), "application/pdf", $"mau-06-{dossier.Code}.pdf");
    }

    /// <summary>
    /// The slip is a living record, drawn afresh from the history at each print (not stored like an issued
    /// form): its number is written in by hand as on paper, and it is dated by its latest row, so equal histories print alike.
    /// </summary>
    static byte[] Draw(Dossier d, IReadOnlyDictionary<string, Data.Unit> units, WorkingCalendar calendar)
    {
        var source = new FormSource(d, d.History.MaxBy(h => h.Sequence)!, "……/PKS", units, calendar, "");
        string Unit(string id) => source.UnitName(id);
        var pdf = new FormPdf($"Phiếu kiểm soát quá trình giải quyết hồ sơ {d.Code}");
        pdf.Header(Unit(d.CenterId), "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ", source.Number, source.DateLine(d.CenterId));
        pdf.Title("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ");
        pdf.Paragraph($"Mã số hồ sơ: {d.Code}");
        pdf.Paragraph($"Thủ tục: {d.Procedure.Name}");
        pdf.Paragraph($"Cơ quan (bộ phận) giải quyết hồ sơ: {Unit(d.AgencyId)}");
        var consulted = d.Consultations.Select(c => Unit(c.AgencyId)).Distinct().ToList();
        pdf.Paragraph($"Cơ quan phối hợp giải quyết hồ sơ: {(consulted.Count == 0 ? "không có" : string.Join("; ", consulted))}");
        pdf.Table(
            ["TÊN CƠ QUAN", "THỜI GIAN GIAO, NHẬN HỒ SƠ", "KẾT QUẢ GIẢI QUYẾT HỒ SƠ (Trước hạn/đúng hạn/quá hạn)", "GHI CHÚ"],
            [3, 3, 2, 3],
            d.History.OrderBy(h => h.Sequence).Select(h => new[]
            {
                $"1. Giao: {Unit(h.By.UnitId)}\n2. Nhận: {h.ReceivedBy}",
                $"{ReceptionText.Moment(calendar.ToLocal(h.At))}\nNgười giao: {h.By.Name}",
                h.HandOver?.Vietnamese() ?? "",
                h.Reason is { Length: > 0 } reason ? $"{h.Action.Vietnamese()}: {reason}" : h.Action.Vietnamese(),
            }));
        return pdf.ToBytes();
    }
}
