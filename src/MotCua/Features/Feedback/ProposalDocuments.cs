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
/// A sent proposal as its letter (Văn bản kiến nghị, R34): drawn at its first print and kept in the file store under its SHA-256,
/// as the written answers are (<see cref="AnswerDocuments"/>); every later print serves those bytes (R52). A draft has no letter.
/// </summary>
public sealed class ProposalDocuments(MotCuaDbContext db, IFileStore files, LocalitySource localities)
{
    /// <summary>The column, kept outside the aggregate: what was printed is storage, not a rule of proposals.</summary>
    public const string Sha256Column = "DocumentSha256";

    public async Task<byte[]> GetAsync(RegulationProposal proposal, CancellationToken cancellationToken = default)
    {
        var code = proposal.Code;
        var stored = await Stored(code).SingleAsync(cancellationToken);
        if (stored is not null)
            return await files.GetAsync(stored, cancellationToken) ?? throw new InvalidOperationException($"Kho tệp không còn văn bản kiến nghị {code} ({stored}).");
        var calendar = (await localities.GetAsync(db, cancellationToken)).Calendar;
        var center = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == proposal.CenterId, cancellationToken);
        var items = await db.FeedbackItems.AsNoTracking().Where(f => proposal.ItemCodes.Contains(f.Code)).OrderBy(f => f.ReceivedAt).ToListAsync(cancellationToken);
        var pdf = Draw(proposal, items, center?.Name ?? proposal.CenterId, center?.Place, calendar);
        var sha256 = await files.PutAsync(pdf, cancellationToken);
        // Two first prints at once: the one stored first is the letter; the other serves it.
        if (await db.RegulationProposals.Where(p => p.Code == code && EF.Property<string?>(p, Sha256Column) == null)
                .ExecuteUpdateAsync(s => s.SetProperty(p => EF.Property<string?>(p, Sha256Column), sha256), cancellationToken) == 1)
            return pdf;
        return await files.GetAsync((await Stored(code).SingleAsync(cancellationToken))!, cancellationToken) ?? pdf;
    }

    IQueryable<string?> Stored(string code) =>
        db.RegulationProposals.AsNoTracking().Where(p => p.Code == code).Select(p => EF.Property<string?>(p, Sha256Column));

    /// <summary>The letter: to the body named, the regulation, the feedback it aggregates (without the senders' personal data), what should change.</summary>
    public static byte[] Draw(RegulationProposal p, IReadOnlyList<FeedbackItem> items, string centerName, string? place, WorkingCalendar calendar)
    {
        var sent = calendar.ToLocal(p.SentAt ?? throw new InvalidOperationException($"{p.Code} is not sent yet."));
        var pdf = new FormPdf($"Văn bản kiến nghị {p.Code}");
        pdf.Header(centerName, null, p.Code, FormPdf.DateLine(place, sent));
        pdf.Title("VĂN BẢN KIẾN NGHỊ");
        pdf.Paragraph($"V/v sửa đổi quy định hành chính: {p.Title}" + (p.ProcedureCode is { } procedure ? $" (thủ tục mã {procedure})" : ""), isBold: true);
        pdf.Paragraph($"Kính gửi: {p.AddressedTo}");
        pdf.Paragraph($"{centerName} tổng hợp {items.Count} phản ánh, kiến nghị của tổ chức, cá nhân về quy định hành chính nêu trên:");
        pdf.Table(["Mã số", "Ngày tiếp nhận", "Nội dung phản ánh, kiến nghị"], [2, 1.3, 5],
            items.Select(f => new[] { f.Code, VietnameseFormat.Date(f.ReceivedAt), $"{f.Subject}\n{f.Text}" }));
        pdf.Paragraph("Nội dung kiến nghị:", isBold: true);
        foreach (var line in p.Text.Split('\n'))
            pdf.Paragraph(line.TrimEnd('\r'));
        pdf.Paragraph($"Kính đề nghị {p.AddressedTo} xem xét, giải quyết theo quy định của pháp luật.");
        pdf.Paragraph("Nơi nhận: như trên; lưu văn thư.");
        pdf.Signature("NGƯỜI GỬI KIẾN NGHỊ", p.SentBy ?? "");
        return pdf.ToBytes();
    }
}
