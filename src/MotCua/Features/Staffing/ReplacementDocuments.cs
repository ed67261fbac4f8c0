using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Staffing;
using MotCua.Domain.Time;
using MotCua.Features.Files;
using MotCua.Features.Forms;
using MotCua.Platform;

namespace MotCua.Features.Staffing;

/// <summary>
/// A sent replacement proposal as its letter (Văn bản đề nghị thay thế cán bộ, R32): drawn at its first print and kept in the file
/// store under its SHA-256; every later print serves those bytes (R52). A draft has no letter.
/// </summary>
public sealed class ReplacementDocuments(MotCuaDbContext db, IFileStore files, LocalitySource localities)
{
    /// <summary>The column, kept outside the aggregate: what was printed is storage, not a rule of proposals.</summary>
    public const string Sha256Column = "DocumentSha256";

    public async Task<byte[]> GetAsync(ReplacementProposal proposal, CancellationToken cancellationToken = default)
    {
        var id = proposal.Id;
        if (await Stored(id).SingleAsync(cancellationToken) is { } stored)
            return await files.GetAsync(stored, cancellationToken) ?? throw new InvalidOperationException($"Kho tệp không còn văn bản đề nghị thay thế cán bộ số {id} ({stored}).");
        var calendar = (await localities.GetAsync(db, cancellationToken)).Calendar;
        var units = await db.Units.AsNoTracking().Where(u => u.Id == proposal.CenterId || u.Id == proposal.AgencyId).ToListAsync(cancellationToken);
        var center = units.SingleOrDefault(u => u.Id == proposal.CenterId);
        var agency = units.SingleOrDefault(u => u.Id == proposal.AgencyId)?.Name ?? proposal.AgencyId;
        var officer = await db.Secondments.AsNoTracking().SingleAsync(s => s.Id == proposal.SecondmentId, cancellationToken);
        var pdf = Draw(proposal, officer, center?.Name ?? proposal.CenterId, center?.Place, agency, calendar);
        var sha256 = await files.PutAsync(pdf, cancellationToken);
        // Two first prints at once: the one stored first is the letter; the other serves it.
        if (await db.ReplacementProposals.Where(p => p.Id == id && EF.Property<string?>(p, Sha256Column) == null)
                .ExecuteUpdateAsync(s => s.SetProperty(p => EF.Property<string?>(p, Sha256Column), sha256), cancellationToken) == 1)
            return pdf;
        return await files.GetAsync((await Stored(id).SingleAsync(cancellationToken))!, cancellationToken) ?? pdf;
    }

    IQueryable<string?> Stored(int id) =>
        db.ReplacementProposals.AsNoTracking().Where(p => p.Id == id).Select(p => EF.Property<string?>(p, Sha256Column));

    /// <summary>The letter: to the agency, the officer and their post, the ground and what happened, what the agency is asked to do.</summary>
    public static byte[] Draw(ReplacementProposal p, Secondment officer, string centerName, string? place, string agencyName, WorkingCalendar calendar)
    {
        var sent = calendar.ToLocal(p.SentAt ?? throw new InvalidOperationException($"Replacement proposal {p.Id} is not sent yet."));
        var pdf = new FormPdf($"Văn bản đề nghị thay thế cán bộ số {p.Id}");
        pdf.Header(centerName, null, $"{p.Id}/ĐN-TTHCC", FormPdf.DateLine(place, sent));
        pdf.Title("VĂN BẢN ĐỀ NGHỊ THAY THẾ CÁN BỘ");
        pdf.Paragraph($"V/v thay thế cán bộ được cử đến làm việc tại {centerName}", isBold: true);
        pdf.Paragraph($"Kính gửi: {agencyName}");
        pdf.Paragraph($"{centerName} đề nghị {agencyName} thay thế cán bộ được cử đến làm việc tại Trung tâm:");
        pdf.Table(["Họ và tên", "Chức vụ", "Vị trí", "Làm việc tại Trung tâm từ"], [3, 2.5, 1.5, 2],
            [[p.OfficerName, officer.Position.Vietnamese(), officer.Role.Vietnamese(), VietnameseFormat.Date(officer.From)]]);
        pdf.Paragraph($"Lý do: {p.Ground.Vietnamese()}.", isBold: true);
        foreach (var line in p.Grounds.Split('\n'))
            pdf.Paragraph(line.TrimEnd('\r'));
        pdf.Paragraph($"Đề nghị {agencyName} cử cán bộ khác đáp ứng yêu cầu đến làm việc tại Trung tâm thay thế và thông báo bằng văn bản cho Trung tâm.");
        pdf.Paragraph("Nơi nhận: như trên; lưu văn thư.");
        pdf.Signature("NGƯỜI GỬI ĐỀ NGHỊ", p.SentBy ?? "");
        return pdf.ToBytes();
    }
}
