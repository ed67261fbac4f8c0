using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Data.Fees;
using MotCua.Features.Files;
using MotCua.Platform;

namespace MotCua.Features.Fees;

/// <summary>
/// A receipt's PDF, drawn from its stored row at the first print and kept in the file store under its
/// SHA-256 (R52, as the issued forms: ADR 10); every later print, by the officer or the applicant, serves those bytes.
/// </summary>
public sealed class ReceiptDocuments(MotCuaDbContext db, IFileStore files, LocalitySource localities)
{
    public async Task<byte[]> GetAsync(Receipt receipt, CancellationToken cancellationToken = default)
    {
        if (receipt.Sha256 is { } stored)
            return await files.GetAsync(stored, cancellationToken)
                ?? throw new InvalidOperationException($"Kho tệp không còn biên lai {receipt.Series} số {receipt.NumberText} ({stored}).");
        var locality = await localities.GetAsync(db, cancellationToken);
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == receipt.CollectorUnitId, cancellationToken);
        var procedure = await db.Procedures.AsNoTracking().Where(p => p.Code == receipt.ProcedureCode).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken);
        var pdf = ReceiptPdf.Draw(receipt, unit?.Name ?? receipt.CollectorUnitId, unit?.Place, procedure ?? receipt.ProcedureCode, locality.Calendar);
        var sha256 = await files.PutAsync(pdf, cancellationToken);
        // Two first prints at once: the one stored first is the receipt; the other serves it.
        var id = receipt.Id;
        if (await db.Receipts.Where(r => r.Id == id && r.Sha256 == null).ExecuteUpdateAsync(s => s.SetProperty(r => r.Sha256, sha256), cancellationToken) == 1)
            return pdf;
        var first = await db.Receipts.AsNoTracking().Where(r => r.Id == id).Select(r => r.Sha256).SingleAsync(cancellationToken);
        return await files.GetAsync(first!, cancellationToken) ?? pdf;
    }
}
