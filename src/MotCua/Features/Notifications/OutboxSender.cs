using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Data;
using MotCua.Data.Notifications;
using MotCua.Platform;

namespace MotCua.Features.Notifications;

/// <summary>
/// Sends the outbox (ADR 0008): claims due messages with a lease (FOR UPDATE SKIP LOCKED on
/// PostgreSQL, so several nodes share the work), sends each, marks it sent. A failure is retried
/// with a doubling delay; after <see cref="NotificationOptions.MaxAttempts"/> it is a dead letter.
/// Outside the Center's working hours a message is put back with the next working instant as its
/// not-before time: people are not messaged at night or on rest days.
/// </summary>
public sealed class OutboxSender(IServiceScopeFactory scopes, Channels channels, LocalitySource localities,
    IOptions<NotificationOptions> options, TimeProvider time, ILogger<OutboxSender> log) : PeriodicJob(scopes, time, log)
{
    const int Batch = 20;
    readonly NotificationOptions _options = options.Value;

    protected override string Name => "outbox";
    protected override bool Enabled => _options.SenderEnabled;
    protected override TimeSpan Interval => _options.PollInterval;
    /// <summary>No lease on the job: nodes share the queue, each message claimed by one of them (<see cref="ClaimAsync"/>).</summary>
    protected override TimeSpan? Lease => null;

    /// <summary>Messages were handled: more may be due, so the next pass starts at once.</summary>
    protected override bool MoreWaiting(int done) => done > 0;

    /// <summary>One pass: claims a batch and handles it; returns how many messages it handled.</summary>
    protected override async Task<int> RunAsync(IServiceProvider services, MotCuaDbContext db, CancellationToken cancellationToken)
    {
        var calendar = (await localities.GetAsync(db, cancellationToken)).Calendar;
        var claimed = await ClaimAsync(db, cancellationToken);
        foreach (var message in claimed)
        {
            var now = Time.GetUtcNow().ToUniversalTime();
            // A slow batch leaves the rest to be claimed again rather than send after its lease ran out.
            if (message.LeaseUntil - now < _options.Lease / 2)
                break;
            if (!calendar.IsWorkingTime(now))
            {
                message.NotBefore = calendar.NextWorkingInstant(now).ToUniversalTime();
                Release(message, OutboxStatus.Pending);
            }
            else
                await SendAsync(message, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
        return claimed.Count(m => m.Status != OutboxStatus.Sending);
    }

    async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await channels.SendAsync(message, cancellationToken);
            message.SentAt = Time.GetUtcNow().ToUniversalTime();
            message.LastError = null;
            Release(message, OutboxStatus.Sent);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            message.Attempts++;
            message.LastError = e.Message.Length > 1000 ? e.Message[..1000] : e.Message;
            if (message.Attempts >= _options.MaxAttempts)
            {
                Release(message, OutboxStatus.Dead);
                Log.LogWarning("Outbox: thư {Key} chuyển vào thư lỗi sau {Attempts} lần", message.Key, message.Attempts);
                return;
            }
            message.NotBefore = Time.GetUtcNow().ToUniversalTime() + _options.RetryDelay * Math.Pow(2, message.Attempts - 1);
            Release(message, OutboxStatus.Pending);
        }
    }

    static void Release(OutboxMessage message, OutboxStatus status)
    {
        message.Status = status;
        message.LeaseOwner = null;
        message.LeaseUntil = null;
    }

    /// <summary>
    /// Marks a batch Sending under this node's lease and commits before anything is sent, so a message
    /// is handed to a server by one node at a time. A lease that ran out (its node died) is taken over.
    /// </summary>
    async Task<List<OutboxMessage>> ClaimAsync(MotCuaDbContext db, CancellationToken cancellationToken)
    {
        // Instants are compared as stored: UTC (SQLite keeps them as numbers that sort only at one offset).
        var now = Time.GetUtcNow().ToUniversalTime();
        // A channel with no server configured is not tried: its messages wait, and the admin page says why.
        var configured = channels.Configured;
        if (configured.Count == 0)
            return [];
        var names = configured.Select(c => c.ToString()).ToArray();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        List<OutboxMessage> batch;
        if (db.Database.IsNpgsql())
            batch = await db.Outbox.FromSqlInterpolated($"""
                SELECT * FROM "Outbox"
                WHERE (("Status" = 'Pending' AND "NotBefore" <= {now}) OR ("Status" = 'Sending' AND "LeaseUntil" < {now}))
                  AND "Channel" = ANY({names})
                ORDER BY "NotBefore" LIMIT {Batch} FOR UPDATE SKIP LOCKED
                """).ToListAsync(cancellationToken);
        else
            batch = await db.Outbox
                .Where(m => (m.Status == OutboxStatus.Pending && m.NotBefore <= now) || (m.Status == OutboxStatus.Sending && m.LeaseUntil < now))
                .Where(m => configured.Contains(m.Channel))
                .OrderBy(m => m.NotBefore).Take(Batch).ToListAsync(cancellationToken);
        foreach (var message in batch)
        {
            message.Status = OutboxStatus.Sending;
            message.LeaseOwner = Owner;
            message.LeaseUntil = now + _options.Lease;
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return batch;
    }
}
