using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Data;
using MotCua.Data.Files;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Features.Files;
using MotCua.Platform;
using MotCua.Features.Shared;

namespace MotCua.Features.Forms;

/// <summary>
/// Issued forms kept unchanged (R52, ADR 10): the first print of the form a history row issued draws
/// it, numbers it and stores the bytes with the signer, the time and the template and profile it was
/// drawn under; every later print, by an officer or by the applicant on the portal, serves those bytes.
/// </summary>
public sealed class IssuedForms(MotCuaDbContext db, IFileStore files, LocalitySource localities, IOptions<AppOptions> app, TimeProvider time,
    RatingLinks ratingLinks)
{
    /// <summary>The latest document of <paramref name="form"/> the dossier's history issued, issued now if never printed; null when none was issued.</summary>
    public async Task<(IssuedForm Record, byte[] Pdf)?> GetAsync(Dossier dossier, NationalForm form, CancellationToken cancellationToken = default)
    {
        if (dossier.History.LastOrDefault(form.IssuedBy) is not { } issued)
            return null;
        if (await StoredAsync(dossier.Code, form, issued, cancellationToken) is { } stored)
            return stored;
        var locality = await localities.GetAsync(db, cancellationToken);
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, cancellationToken);
        var unitId = form.IssuingUnit(dossier);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var year = locality.Calendar.ToLocal(issued.At).Year;
        var number = $"{await db.NextAsync($"{unitId}/{form.Series}", new DateOnly(year, 1, 1), cancellationToken)}/{form.Series}";
        var pdf = form.Draw(new FormSource(dossier, issued, number, units, locality.Calendar, app.Value.LookupUrl(dossier.Code),
            ratingLinks.Url(dossier.Code)));
        var record = new IssuedForm
        {
            DossierCode = dossier.Code,
            Form = form.Route,
            HistorySequence = issued.Sequence,
            Number = number,
            SignerId = issued.By.Id,
            SignerName = issued.By.Name,
            UnitId = unitId,
            IssuedAt = issued.At,
            StoredAt = time.GetUtcNow(),
            RuleVersion = $"{NationalForm.TemplateVersion}; {locality.Profile.Id}",
            Sha256 = await files.PutAsync(pdf, cancellationToken),
            Size = pdf.Length,
        };
        db.IssuedForms.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (record, pdf);
        }
        catch (DbUpdateException)
        {
            // Printed twice at the same moment: the other print's document is the issued one.
            await transaction.RollbackAsync(cancellationToken);
            db.Entry(record).State = EntityState.Detached;
            return await StoredAsync(dossier.Code, form, issued, cancellationToken) ?? throw new InvalidOperationException($"Không lưu được {form.Name} của hồ sơ {dossier.Code}.");
        }
    }

    async Task<(IssuedForm, byte[])?> StoredAsync(DossierCode code, NationalForm form, HistoryEntry issued, CancellationToken cancellationToken)
    {
        var stored = await db.IssuedForms.AsNoTracking()
            .SingleOrDefaultAsync(f => f.DossierCode == code && f.Form == form.Route && f.HistorySequence == issued.Sequence, cancellationToken);
        if (stored is null)
            return null;
        var pdf = await files.GetAsync(stored.Sha256, cancellationToken)
            ?? throw new InvalidOperationException($"Kho tệp không còn nội dung {stored.Sha256} của {form.Name} số {stored.Number} (hồ sơ {code}).");
        return (stored, pdf);
    }
}
