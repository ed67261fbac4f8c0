using Microsoft.EntityFrameworkCore;
using MotCua.Features.Shared;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Catalog;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Features.Files;
using MotCua.Features.Reception;

namespace MotCua.Features.Portal;

/// <summary>What an applicant submits online, checked and cleaned up (from the portal's form or the API).</summary>
public sealed record OnlineRequest(string ProcedureCode, string CaseName, Applicant Applicant, IReadOnlyList<SubmittedComponent> Components, Channel ResultChannel);

public enum SubmissionResult
{
    /// <summary>A new dossier, waiting at the Center.</summary>
    Created,
    /// <summary>The key was used before for the same request: the dossier it created.</summary>
    Replayed,
    /// <summary>The key was used before for a different request.</summary>
    KeyReused,
    UnknownProcedure,
    /// <summary>The domain refused the submission; <see cref="SubmissionOutcome.Refusal"/> names the rule.</summary>
    Refused,
}

public sealed record SubmissionOutcome(SubmissionResult Result, DossierCode? Code = null, BrokenRule? Refusal = null);

/// <summary>
/// An online submission (R9) made once whatever the retries: the idempotency key is saved in the same
/// transaction as the dossier, so a double click or a retried API call finds the dossier it made.
/// </summary>
public static class OnlineSubmission
{
    /// <param name="files">The components' files, checked and already in the file store (the portal's form; the API sends none).</param>
    public static async Task<SubmissionOutcome> SubmitAsync(DossierPipeline pipeline, MotCuaDbContext db, string idempotencyKey,
        OnlineRequest request, CancellationToken cancellationToken = default, IReadOnlyList<StoredScan>? files = null)
    {
        if (await EarlierAsync(db, idempotencyKey, request, cancellationToken) is { } earlier)
            return earlier;
        // Tracked: the new dossier refers to the procedure and its version, which must not be inserted again.
        var procedure = await db.Procedures.Include(p => p.Versions).SingleOrDefaultAsync(p => p.Code == request.ProcedureCode, cancellationToken);
        if (procedure is null)
            return new(SubmissionResult.UnknownProcedure);
        var centerId = await db.Units.Where(u => u.Kind == UnitKind.Center).Select(u => u.Id).SingleAsync(cancellationToken);
        var applicant = new Actor("applicant", request.Applicant.Name, Role.Applicant, "");
        Acted acted;
        try
        {
            // Through the pipeline, as at the counter: the code, the dossier, its files and the key in one transaction.
            acted = await pipeline.CreateAsync(procedure, c =>
            {
                var created = Dossier.SubmitOnline(c.Code, centerId, procedure, request.CaseName, request.Applicant, request.Components,
                    request.ResultChannel, c.By, c.At, c.Locality);
                return created.Value is { } dossier && Uploads.Attach(db, dossier, files ?? [], c.By, c.At, dossier.AttachOnline).Broken is { } notAttached
                    ? notAttached
                    : created;
            }, cancellationToken, by: applicant,
                record: c => db.IdempotencyRecords.Add(new IdempotencyRecord { Key = idempotencyKey, DossierCode = c.Code, CreatedAt = c.At }));
        }
        catch (DbUpdateException)
        {
            // A concurrent request with the same key saved first: its dossier is the one.
            db.ChangeTracker.Clear();
            if (await EarlierAsync(db, idempotencyKey, request, cancellationToken) is { } concurrent)
                return concurrent;
            throw;
        }
        return acted switch
        {
            Acted.Done done => new(SubmissionResult.Created, done.Dossier.Code),
            Acted.Refused refused => new(SubmissionResult.Refused, Refusal: refused.Rule),
            _ => throw new InvalidOperationException($"Nộp hồ sơ trực tuyến không có kết quả {acted}."),
        };
    }

    static async Task<SubmissionOutcome?> EarlierAsync(MotCuaDbContext db, string key, OnlineRequest request, CancellationToken cancellationToken)
    {
        var record = await db.IdempotencyRecords.AsNoTracking().SingleOrDefaultAsync(r => r.Key == key, cancellationToken);
        if (record is null)
            return null;
        // The same table keeps officers' feedback keys: a key that made no dossier was used for another request.
        if (record.DossierCode is null)
            return new(SubmissionResult.KeyReused);
        var dossier = await db.Dossiers.AsNoTracking().Include(d => d.Procedure).SingleAsync(d => d.Code == record.DossierCode, cancellationToken);
        return new(IsSame(dossier, request) ? SubmissionResult.Replayed : SubmissionResult.KeyReused, dossier.Code);
    }

    static bool IsSame(Dossier dossier, OnlineRequest request) =>
        dossier.Procedure.Code == request.ProcedureCode
        && dossier.Case.Name == request.CaseName
        && dossier.Applicant == request.Applicant
        && dossier.ResultChannel == request.ResultChannel
        && dossier.Components.OrderBy(c => c.Name, StringComparer.Ordinal).SequenceEqual(request.Components.OrderBy(c => c.Name, StringComparer.Ordinal));
}
