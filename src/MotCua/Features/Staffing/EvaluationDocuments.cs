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
/// A sent evaluation as the document the agency receives (Phiếu đánh giá cán bộ, công chức làm việc tại Trung tâm, R31): drawn
/// when first sent and kept in the file store under its SHA-256; every later download serves those bytes (R52).
/// </summary>
public sealed class EvaluationDocuments(MotCuaDbContext db, IFileStore files, LocalitySource localities)
{
    /// <summary>The column, kept outside the aggregate: what was printed is storage, not a rule of evaluations.</summary>
    public const string Sha256Column = "DocumentSha256";

    public const string Title = "Phiếu đánh giá cán bộ, công chức làm việc tại Trung tâm";

    public async Task<byte[]> GetAsync(OfficerAppraisal appraisal, CancellationToken cancellationToken = default)
    {
        var id = appraisal.Id;
        var stored = await Stored(id).SingleAsync(cancellationToken);
        if (stored is not null)
            return await files.GetAsync(stored, cancellationToken) ?? throw new InvalidOperationException($"Kho tệp không còn phiếu đánh giá {id} ({stored}).");
        var calendar = (await localities.GetAsync(db, cancellationToken)).Calendar;
        var names = await db.Units.AsNoTracking().Where(u => u.Id == appraisal.CenterId || u.Id == appraisal.AgencyId)
            .ToDictionaryAsync(u => u.Id, cancellationToken);
        var center = names.GetValueOrDefault(appraisal.CenterId);
        var pdf = Draw(appraisal, center?.Name ?? appraisal.CenterId, center?.Place, names.GetValueOrDefault(appraisal.AgencyId)?.Name ?? appraisal.AgencyId, calendar);
        var sha256 = await files.PutAsync(pdf, cancellationToken);
        // Two first sends at once: the one stored first is the document; the other serves it.
        if (await db.OfficerAppraisals.Where(a => a.Id == id && EF.Property<string?>(a, Sha256Column) == null)
                .ExecuteUpdateAsync(s => s.SetProperty(a => EF.Property<string?>(a, Sha256Column), sha256), cancellationToken) == 1)
            return pdf;
        return await files.GetAsync((await Stored(id).SingleAsync(cancellationToken))!, cancellationToken) ?? pdf;
    }

    IQueryable<string?> Stored(int id) =>
        db.OfficerAppraisals.AsNoTracking().Where(a => a.Id == id).Select(a => EF.Property<string?>(a, Sha256Column));

    /// <summary>The form: who, which period, the figures of each basis, the officer's self-assessment, the Center's grade and comments.</summary>
    public static byte[] Draw(OfficerAppraisal a, string centerName, string? place, string agencyName, WorkingCalendar calendar)
    {
        var sent = calendar.ToLocal(a.SentAt ?? throw new InvalidOperationException($"Evaluation {a.Id} is not sent yet."));
        var pdf = new FormPdf(Title);
        pdf.Header(centerName, null, $"{a.Id}/PĐG", FormPdf.DateLine(place, sent));
        pdf.Title(Title.ToUpperInvariant(), $"Kỳ đánh giá: {a.PeriodVietnamese} ({VietnameseFormat.Date(a.PeriodFrom)} – {VietnameseFormat.Date(a.PeriodTo)})");
        pdf.Paragraph($"Kính gửi: {agencyName}");
        pdf.Paragraph($"Họ và tên cán bộ: {a.OfficerName}", isBold: true);
        pdf.Paragraph($"Cơ quan cử đến Trung tâm: {agencyName}");
        pdf.Paragraph($"I. Kết quả theo các cơ sở đánh giá (số liệu của hệ thống tại thời điểm {VietnameseFormat.DateTime(a.ComputedAt)})", isBold: true);
        pdf.Table(["Cơ sở đánh giá", "Nội dung", "Số liệu"], [2.5, 4.5, 1.2],
            a.Figures.Select(f => new[] { f.Basis.Vietnamese(), f.Label, f.Count?.ToString(VietnameseFormat.Culture) ?? f.Note ?? "Chưa ghi nhận" }));
        pdf.Paragraph("II. Cán bộ tự đánh giá", isBold: true);
        if (a.SelfAssessment is { } self)
        {
            pdf.Paragraph($"1. Chấp hành nội quy, quy chế; đạo đức, giao tiếp: {self.RulesEthicsCommunication}");
            pdf.Paragraph($"2. Kết quả thực hiện nhiệm vụ: {self.Results}");
            pdf.Paragraph($"3. Phản ánh, kiến nghị và mức độ hài lòng: {self.Feedback}");
            pdf.Paragraph($"Cán bộ tự xếp loại: {self.ProposedGrade.Vietnamese()}");
        }
        else
            pdf.Paragraph("Cán bộ không nộp bản tự đánh giá (không là cơ sở đánh giá theo quy chế của địa phương).");
        pdf.Paragraph("III. Nhận xét, đánh giá của Trung tâm", isBold: true);
        foreach (var line in (a.Comments ?? "").Split('\n'))
            pdf.Paragraph(line.TrimEnd('\r'));
        pdf.Paragraph($"Xếp loại: {a.Grade?.Vietnamese()}", isBold: true);
        pdf.Paragraph("Trung tâm gửi kết quả để cơ quan làm căn cứ đánh giá, xếp loại cán bộ hằng năm và gửi lại kết quả xếp loại về Trung tâm"
            + $" đến hết ngày {VietnameseFormat.Date(a.RatingsDue)}.");
        pdf.Signature("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", a.SentBy ?? "");
        return pdf.ToBytes();
    }
}
