using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Feedback;
using MotCua.Domain.Time;
using MotCua.Features.Files;
using MotCua.Features.Forms;
using MotCua.Platform;

namespace MotCua.Features.Feedback;

/// <summary>
/// The written answer to a piece of feedback (R34) as a PDF: drawn from the item at its first print and kept in the
/// file store under its SHA-256, its hash on the item's row; every later print serves those bytes (R52, ADR 10).
/// </summary>
public sealed class AnswerDocuments(MotCuaDbContext db, IFileStore files, LocalitySource localities)
{
    /// <summary>The column, kept outside the aggregate: what was printed is storage, not a rule of feedback.</summary>
    public const string Sha256Column = "AnswerSha256";

    public async Task<byte[]> GetAsync(FeedbackItem item, CancellationToken cancellationToken = default)
    {
        var code = item.Code;
        var stored = await db.FeedbackItems.AsNoTracking().Where(f => f.Code == code).Select(f => EF.Property<string?>(f, Sha256Column)).SingleAsync(cancellationToken);
        if (stored is not null)
            return await files.GetAsync(stored, cancellationToken) ?? throw new InvalidOperationException($"Kho tệp không còn văn bản trả lời {code} ({stored}).");
        var calendar = (await localities.GetAsync(db, cancellationToken)).Calendar;
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == item.AnsweringUnitId, cancellationToken);
        var pdf = Draw(item, unit?.Name ?? item.AnsweringUnitId, unit?.Place, item.AnsweringUnitId != item.CenterId, calendar);
        var sha256 = await files.PutAsync(pdf, cancellationToken);
        // Two first prints at once: the one stored first is the answer; the other serves it.
        if (await db.FeedbackItems.Where(f => f.Code == code && EF.Property<string?>(f, Sha256Column) == null)
                .ExecuteUpdateAsync(s => s.SetProperty(f => EF.Property<string?>(f, Sha256Column), sha256), cancellationToken) == 1)
            return pdf;
        var first = await db.FeedbackItems.AsNoTracking().Where(f => f.Code == code).Select(f => EF.Property<string?>(f, Sha256Column)).SingleAsync(cancellationToken);
        return await files.GetAsync(first!, cancellationToken) ?? pdf;
    }

    public static byte[] Draw(FeedbackItem f, string unitName, string? place, bool copyToCenter, WorkingCalendar calendar)
    {
        var answered = calendar.ToLocal(f.AnsweredAt ?? throw new InvalidOperationException($"{f.Code} has no answer yet."));
        var pdf = new FormPdf($"Văn bản trả lời phản ánh, kiến nghị {f.Code}");
        pdf.Header(unitName, null, f.Code, FormPdf.DateLine(place, answered));
        pdf.Title("VĂN BẢN TRẢ LỜI PHẢN ÁNH, KIẾN NGHỊ");
        pdf.Paragraph($"Kính gửi: {f.Sender.Name}");
        var contact = string.Join("; ", new[] { f.Sender.Address, f.Sender.Phone is { } p ? $"điện thoại {p}" : null, f.Sender.Email }.OfType<string>());
        if (contact.Length > 0)
            pdf.Paragraph($"Địa chỉ liên hệ: {contact}");
        pdf.Paragraph($"{unitName} nhận được phản ánh, kiến nghị số {f.Code} ngày {VietnameseFormat.Date(f.ReceivedAt)} ({f.Channel.Vietnamese().ToLowerInvariant()}) về: {f.Subject}"
            + (f.DossierCode is { } dossier ? $", liên quan đến hồ sơ {dossier}." : "."));
        pdf.Paragraph($"Nội dung phản ánh, kiến nghị: {f.Text}");
        pdf.Paragraph("Trả lời:", isBold: true);
        pdf.Paragraph(f.Answer!);
        pdf.Paragraph(copyToCenter
            ? "Nơi nhận: người phản ánh, kiến nghị; Trung tâm Phục vụ hành chính công (để theo dõi); lưu văn thư."
            : "Nơi nhận: người phản ánh, kiến nghị; lưu văn thư.");
        pdf.Signature("NGƯỜI TRẢ LỜI", f.AnsweredBy ?? "");
        return pdf.ToBytes();
    }
}
