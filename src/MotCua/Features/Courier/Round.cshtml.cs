using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Codes;
using MotCua.Domain.Courier;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Profiles;
using MotCua.Features.Forms;
using MotCua.Features.Register;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Courier;

/// <summary>
/// One courier round: its manifest, the receiving side's confirmation (count, ticks, signer; R12) and the record both sides sign
/// as a PDF. Confirming writes, in one transaction, a control-slip row on each dossier received (R13) and a lost-dossier incident
/// on each one missing (R20).
/// </summary>
[Authorize(Roles = CourierQueries.Roles)]
public sealed class RoundModel(MotCuaDbContext db, CurrentOfficer officer, LocalitySource localities, TimeProvider time) : PageModel
{
    [FromRoute] public Guid Id { get; set; }
    [BindProperty] public string? Counted { get; set; }
    [BindProperty] public List<string> Received { get; set; } = [];
    [BindProperty] public string? SignedBy { get; set; }
    /// <summary>The round's row version when the form was drawn: a form older than the round is not acted on.</summary>
    [BindProperty] public int? Seen { get; set; }

    [TempData] public string? Done { get; set; }
    public string? Problem { get; private set; }

    public CourierRound Round { get; private set; } = null!;
    public IReadOnlyList<Line> Lines { get; private set; } = [];
    public string FromName { get; private set; } = "";
    public string ToName { get; private set; } = "";
    public string AgencyName { get; private set; } = "";
    /// <summary>Why the officer may not confirm the round; null when they may.</summary>
    public BrokenRule? CannotConfirm { get; private set; }
    public int RowVersion => db.Entry(Round).Property<int>(MotCuaDbContext.RowVersion).CurrentValue;

    public sealed record Line(DossierCode Code, string Procedure, string Applicant, bool Received);

    public static readonly string[] Headings = ["STT", "Mã hồ sơ", "Tên TTHC", "Người nộp", "Bên nhận kiểm tra"];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
            return NotFound();
        SignedBy ??= officer.Name;
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
            return NotFound();
        if (Seen is { } seen && seen != RowVersion)
            return await RefuseAsync("Chuyến vừa được cán bộ khác cập nhật nên xác nhận của bạn chưa được lưu; xin xem lại rồi xác nhận nếu vẫn cần.", cancellationToken);
        if (!int.TryParse(Counted?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var counted))
            return await RefuseAsync("Xin nhập số hồ sơ đếm được (một số, ví dụ 3).", cancellationToken);
        var ticked = new List<DossierCode>();
        foreach (var text in Received)
        {
            if (!DossierCode.TryParse(text?.Trim(), out var code))
                return await RefuseAsync("Có mã hồ sơ không hợp lệ trong danh sách đã đánh dấu; xin tải lại trang.", cancellationToken);
            ticked.Add(code);
        }
        var now = time.GetUtcNow();
        var by = officer.Actor;
        if (Round.Confirm(counted, ticked, SignedBy ?? "", by, now).Broken is { } broken)
            return await RefuseAsync($"{broken.Message} ({broken.RuleId})", cancellationToken);

        // Every dossier of the manifest, loaded whole to act on: in scope because the round is, and of its Center and agency.
        var codes = Round.Manifest.ToList();
        var dossiers = await db.Dossiers.Whole()
            .Where(d => codes.Contains(d.Code) && d.CenterId == Round.CenterId && d.AgencyId == Round.AgencyId)
            .ToListAsync(cancellationToken);
        var received = Round.Received.ToHashSet();
        foreach (var dossier in dossiers)
        {
            var outcome = received.Contains(dossier.Code)
                ? dossier.RecordCourierHandOver(Round, by, now)
                : dossier.RecordIncident(IncidentKind.Lost,
                    $"Không có trong {Round.Label.ToLowerInvariant()} ngày {LocalDays.Text(Round.Day)} khi bên nhận kiểm đếm (thất lạc khi luân chuyển hồ sơ giấy).",
                    $"Bên giao: {FromName}; người vận chuyển: {Round.CourierName}",
                    $"Bên nhận ({SignedBy?.Trim()}) ghi thiếu trên {Round.Record.Vietnamese().ToLowerInvariant()}; bên giao xác minh, tìm lại hồ sơ.",
                    by, now);
            if (outcome.Broken is { } refused)
                return await RefuseAsync($"Hồ sơ {dossier.Code}: {refused.Message} ({refused.RuleId})", cancellationToken);
        }
        if (!await db.SaveActionAsync(cancellationToken))
            return await RefuseAsync(Acted.ConcurrentChange, cancellationToken);
        var missing = Round.Missing.Count();
        Done = missing == 0
            ? $"Đã xác nhận nhận đủ {counted} hồ sơ."
            : $"Đã xác nhận nhận {counted}/{Round.Items.Count} hồ sơ; thiếu {missing} hồ sơ đã được ghi nhận sự cố thất lạc.";
        return Redirect($"/chuyen-giao-nhan/{Id}");
    }

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
            return NotFound();
        var calendar = (await localities.GetAsync(db, cancellationToken)).Calendar;
        var center = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == Round.CenterId, cancellationToken);
        var name = Round.Record == PaperHandOverRecord.HandOverMinutes ? "Biên bản giao nhận hồ sơ" : "Danh sách bàn giao hồ sơ";
        var pdf = new FormPdf($"{name} {Round.Label.ToLowerInvariant()} {LocalDays.Text(Round.Day)} {AgencyName}");
        pdf.Header(center?.Name ?? Round.CenterId, "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ", "……/BGHS", FormPdf.DateLine(center?.Place, calendar.ToLocal(Round.DispatchedAt)));
        pdf.Title(name.ToUpper(VietnameseFormat.Culture), $"{Round.Label}, ngày {LocalDays.Text(Round.Day)}");
        pdf.Paragraph($"Bên giao: {FromName}. Bên nhận: {ToName}.");
        pdf.Paragraph($"Người giao: {Round.DispatchedBy.Name}, lúc {ReceptionText.Moment(calendar.ToLocal(Round.DispatchedAt))}. Người vận chuyển: {Round.CourierName}.");
        pdf.Paragraph($"{CourierRound.Vietnamese(Round.Direction)}: {Round.Items.Count} hồ sơ.");
        pdf.Table(Headings, [0.5, 3.0, 2.6, 1.8, 1.6], Lines.Select((l, i) => new[]
        {
            (i + 1).ToString(CultureInfo.InvariantCulture), l.Code.ToString(), l.Procedure, l.Applicant,
            Round.Confirmation is null ? "" : l.Received ? "Đã nhận" : "Thiếu",
        }), size: 8);
        if (Round.Record == PaperHandOverRecord.ControlSlip)
            pdf.Paragraph("Bên nhận kiểm tra số lượng, tính chính xác của hồ sơ và ký vào Phiếu kiểm soát quá trình giải quyết hồ sơ kèm theo từng hồ sơ.");
        if (Round.Confirmation is { } c)
            pdf.Paragraph($"Bên nhận đếm được {c.Counted}/{Round.Items.Count} hồ sơ, xác nhận lúc {ReceptionText.Moment(calendar.ToLocal(c.At))}."
                + (Round.HasDiscrepancy ? $" Thiếu: {string.Join(", ", Round.Missing)}." : ""));
        pdf.Signatures(("NGƯỜI GIAO", Round.DispatchedBy.Name), ("NGƯỜI NHẬN", Round.Confirmation?.SignedBy ?? ""));
        return File(pdf.ToBytes(), "application/pdf", $"chuyen-{Round.Day:yyyyMMdd}-{Round.Id}.pdf");
    }

    /// <summary>The round as it stands in the database, with the page's message.</summary>
    async Task<IActionResult> RefuseAsync(string message, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        Problem = message;
        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await db.CourierRounds.VisibleTo(officer).SingleOrDefaultAsync(r => r.Id == Id, cancellationToken) is not { } round)
            return false;
        Round = round;
        CannotConfirm = round.ConfirmRefusal(officer.Actor);
        var units = await db.Units.AsNoTracking().Where(u => u.Id == round.CenterId || u.Id == round.AgencyId)
            .ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        FromName = units.GetValueOrDefault(round.FromUnitId, round.FromUnitId);
        ToName = units.GetValueOrDefault(round.ToUnitId, round.ToUnitId);
        AgencyName = units.GetValueOrDefault(round.AgencyId, round.AgencyId);
        var codes = round.Manifest.ToList();
        var found = await db.Dossiers.AsNoTracking()
            .Where(d => codes.Contains(d.Code) && d.CenterId == round.CenterId && d.AgencyId == round.AgencyId)
            .Select(d => new { d.Code, Procedure = d.Procedure.Name, Applicant = d.Applicant.Name })
            .ToDictionaryAsync(d => d.Code, cancellationToken);
        Lines = round.Items.Select(i => found.TryGetValue(i.Code, out var d)
            ? new Line(i.Code, d.Procedure, d.Applicant, i.Received)
            : new Line(i.Code, "", "", i.Received)).ToList();
        return true;
    }
}
