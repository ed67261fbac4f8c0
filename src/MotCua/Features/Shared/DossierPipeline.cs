using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Catalog;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Platform;

namespace MotCua.Features.Shared;

/// <summary>What an action is given: the dossier, who acts, when, under which locality.</summary>
public sealed record ActionContext(Dossier Dossier, Actor By, DateTimeOffset At, Locality Locality);

/// <summary>What the creation of a dossier is given: the code allotted to it, who acts, when, under which locality.</summary>
public sealed record CreationContext(DossierCode Code, Actor By, DateTimeOffset At, Locality Locality);

/// <summary>Which dossiers an action may load: those of the officer's unit, or those the officer's agency was consulted on (only to answer, R19).</summary>
public enum DossierScope
{
    Unit,
    Consulted,
}

/// <summary>
/// The one way every page and endpoint acts on an existing dossier: load it in the officer's scope,
/// check the row version the officer saw, ask the aggregate to act (it checks its rules), save with
/// the row version. The answer is one <see cref="Acted"/>, shown by a page as a message and by the
/// API as ProblemDetails (ADR 12).
/// </summary>
public sealed class DossierPipeline(MotCuaDbContext db, CurrentOfficer officer, LocalitySource localities, TimeProvider time)
{
    /// <summary>The whole dossier in the officer's scope, tracked for an action; null outside it.</summary>
    public Task<Dossier?> LoadAsync(DossierCode code, DossierScope scope, CancellationToken cancellationToken = default) =>
        scope == DossierScope.Consulted
            ? db.LoadConsultedAsync(code, officer, cancellationToken)
            : db.LoadVisibleAsync(code, officer, cancellationToken);

    /// <summary>
    /// Acts on a dossier the caller has just loaded in scope (a page that shows it anyway).
    /// <paramref name="seen"/> is the row version the officer's form or request was made from; null
    /// when the client did not say (the save still refuses to overwrite a concurrent change).
    /// </summary>
    /// <param name="by">Who acts when it is not the signed-in officer: the applicant on the portal.</param>
    public Task<Acted> RunAsync(Dossier dossier, int? seen, Func<ActionContext, Outcome> act, CancellationToken cancellationToken = default, Actor? by = null) =>
        RunAsync(dossier, seen, act, record: null, cancellationToken, by);

    /// <summary>
    /// As above, and <paramref name="record"/> adds what the action issues besides the dossier (a
    /// numbered receipt) after the aggregate agreed, in one transaction with the dossier: a refused or
    /// conflicting action takes its number back, so the numbering has no holes.
    /// </summary>
    public async Task<Acted> RunAsync(Dossier dossier, int? seen, Func<ActionContext, Outcome> act, Func<ActionContext, CancellationToken, Task>? record,
        CancellationToken cancellationToken = default, Actor? by = null)
    {
        if (seen is { } version && version != RowVersion(dossier))
            return Forget(new Acted.Conflict(dossier.Code));
        var locality = await localities.GetAsync(db, cancellationToken);
        var context = new ActionContext(dossier, by ?? officer.Actor, time.GetUtcNow(), locality);
        if (act(context).Broken is { } broken)
            return Forget(new Acted.Refused(dossier.Code, broken));
        await using var transaction = record is null ? null : await db.Database.BeginTransactionAsync(cancellationToken);
        if (record is not null)
            await record(context, cancellationToken);
        if (!await db.SaveActionAsync(cancellationToken))
            return Forget(new Acted.Conflict(dossier.Code));
        if (transaction is not null)
            await transaction.CommitAsync(cancellationToken);
        return new Acted.Done(dossier, RowVersion(dossier), locality, context.At);
    }

    /// <summary>
    /// Creates a dossier at the counter (received, given a completion slip, or refused): the code and the
    /// dossier are saved in one transaction, so a refused or failed attempt leaves no gap in the agency's
    /// numbering of the day (R50, the register book R39). The procedure must be tracked by this context:
    /// the new dossier refers to it and its version, which must not be inserted again.
    /// </summary>
    /// <param name="by">Who creates it when it is not the signed-in officer: the applicant submitting online.</param>
    /// <param name="record">What else the creation saves with the dossier (the online submission's idempotency key).</param>
    public async Task<Acted> CreateAsync(Procedure procedure, Func<CreationContext, Outcome<Dossier>> create, CancellationToken cancellationToken = default,
        Actor? by = null, Action<CreationContext>? record = null)
    {
        var locality = await localities.GetAsync(db, cancellationToken);
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var code = await DossierCodes.NextAsync(db, procedure, locality.Calendar, now, cancellationToken);
        var context = new CreationContext(code, by ?? officer.Actor, now, locality);
        var created = create(context);
        if (created.Value is not { } dossier)
            return Forget(new Acted.Refused(code, created.Broken!));
        db.Dossiers.Add(dossier);
        record?.Invoke(context);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new Acted.Done(dossier, RowVersion(dossier), locality, now);
    }

    public int RowVersion(Dossier dossier) => db.Entry(dossier).Property<int>(MotCuaDbContext.RowVersion).CurrentValue;

    /// <summary>Nothing of a refused action stays in memory to be saved by a later call, nor shown as if it had happened.</summary>
    Acted Forget(Acted acted)
    {
        db.ChangeTracker.Clear();
        return acted;
    }
}
