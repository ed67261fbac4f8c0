using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Feedback;

namespace MotCua.Features.Feedback;

public enum IntakeResult
{
    /// <summary>A new item.</summary>
    Created,
    /// <summary>The officer used the key before for the same request: the item it made.</summary>
    Replayed,
    /// <summary>The officer used the key before for a different request.</summary>
    KeyReused,
    /// <summary>The domain refused the item; <see cref="IntakeOutcome.Refusal"/> says why.</summary>
    Refused,
}

public sealed record IntakeOutcome(IntakeResult Result, FeedbackItem? Item = null, FeedbackActed? Refusal = null);

/// <summary>
/// An officer's intake made once per <c>Idempotency-Key</c> (a call recorded twice after a network error), as online
/// submission is (<see cref="Portal.OnlineSubmission"/>) and in the same table: the key, kept under the officer's id, is saved
/// in the same transaction as the item. For 24 hours the same key with the same request answers with that item, with
/// another request is refused; then the key is free again.
/// </summary>
public static class IntakeOnce
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(24);

    public static async Task<IntakeOutcome> RecordAsync(MotCuaDbContext db, FeedbackDesk desk, TimeProvider time, Actor by, string clientKey,
        FeedbackIntake.Parsed request, CancellationToken cancellationToken)
    {
        var key = $"feedback/{by.Id}/{clientKey}";
        var hash = request.Fingerprint();
        if (await EarlierAsync(db, time, key, hash, cancellationToken) is { } earlier)
            return earlier;
        var expired = time.GetUtcNow() - Window;
        await db.IdempotencyRecords.Where(r => r.Key == key && r.CreatedAt < expired).ExecuteDeleteAsync(cancellationToken);
        FeedbackActed acted;
        try
        {
            acted = await request.ReceiveAsync(desk, by, cancellationToken,
                record: item => db.IdempotencyRecords.Add(new IdempotencyRecord { Key = key, FeedbackCode = item.Code, RequestHash = hash, CreatedAt = item.ReceivedAt }));
        }
        catch (DbUpdateException)
        {
            // A concurrent request with the same key saved first: its item is the one.
            db.ChangeTracker.Clear();
            if (await EarlierAsync(db, time, key, hash, cancellationToken) is { } concurrent)
                return concurrent;
            throw;
        }
        return acted is FeedbackActed.Done done ? new(IntakeResult.Created, done.Item) : new(IntakeResult.Refused, Refusal: acted);
    }

    static async Task<IntakeOutcome?> EarlierAsync(MotCuaDbContext db, TimeProvider time, string key, string hash, CancellationToken cancellationToken)
    {
        var since = time.GetUtcNow() - Window;
        var record = await db.IdempotencyRecords.AsNoTracking().SingleOrDefaultAsync(r => r.Key == key && r.CreatedAt >= since, cancellationToken);
        if (record is null)
            return null;
        if (record.FeedbackCode is not { } code || record.RequestHash != hash)
            return new(IntakeResult.KeyReused);
        // The officer made this item with this key and was shown it then: it is read back as the first answer was, in scope or not.
        return new(IntakeResult.Replayed, await db.FeedbackItems.SingleAsync(f => f.Code == code, cancellationToken));
    }
}
