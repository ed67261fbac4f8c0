using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;

namespace MotCua.Platform;

/// <summary>
/// A job every node runs in the background, pass after pass (ADR 11): a switch, an interval on the
/// app's <see cref="TimeProvider"/>, and, where the work must not run on two nodes at once, a lease:
/// on PostgreSQL a <c>JobLeases</c> row taken by an upsert that succeeds only when the lease is free,
/// expired or already this node's (SQLite is one node's database: no lease). A pass that fails is
/// logged with the job's name and its trace, and the job goes on at the next interval.
/// </summary>
public abstract class PeriodicJob(IServiceScopeFactory scopes, TimeProvider time, ILogger log) : BackgroundService
{
    readonly string _owner = NodeName.New();

    /// <summary>This node, as the holder of leases (the job's, or a queue's rows).</summary>
    protected string Owner => _owner;
    protected TimeProvider Time => time;
    protected ILogger Log => log;

    /// <summary>The lease's row name and the name in logs and traces.</summary>
    protected abstract string Name { get; }
    protected abstract bool Enabled { get; }
    protected abstract TimeSpan Interval { get; }
    /// <summary>How long a node holds the job; null when passes may overlap across nodes (the work is shared row by row).</summary>
    protected abstract TimeSpan? Lease { get; }
    /// <summary>Whether the first pass waits one interval (a job whose work only accrues with time).</summary>
    protected virtual bool WaitsBeforeFirstPass => false;

    /// <summary>The pass's work, in its own scope; returns how much it did (0 when nothing).</summary>
    protected abstract Task<int> RunAsync(IServiceProvider services, MotCuaDbContext db, CancellationToken cancellationToken);

    /// <summary>Whether to run the next pass at once rather than after the interval (a queue with more waiting).</summary>
    protected virtual bool MoreWaiting(int done) => false;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
            return;
        if (WaitsBeforeFirstPass)
            await Task.Delay(Interval, time, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            var done = 0;
            try
            {
                done = await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // Logged by the pass. A failed pass (the database down) is tried again at the next interval: the job must outlive it.
            }
            if (!MoreWaiting(done))
                await Task.Delay(Interval, time, stoppingToken);
        }
    }

    /// <summary>One pass: returns how much it did; 0 when another node holds the lease.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        using var activity = PlatformDefaults.Activities.StartActivity($"job {Name}");
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
            if (Lease is { } lease && !await TakeLeaseAsync(db, lease, cancellationToken))
                return 0;
            var done = await RunAsync(scope.ServiceProvider, db, cancellationToken);
            activity?.SetTag("motcua.job.done", done);
            return done;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            activity?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
            log.LogError(e, "Công việc định kỳ {Job}: lượt chạy thất bại (mã truy vết {TraceId})", Name, activity?.TraceId.ToHexString());
            throw;
        }
    }

    async Task<bool> TakeLeaseAsync(MotCuaDbContext db, TimeSpan lease, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
            return true;
        // Instants are compared as stored: UTC.
        var now = time.GetUtcNow().ToUniversalTime();
        var until = now + lease;
        var rows = await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO "JobLeases" ("Name", "Owner", "ExpiresAt") VALUES ({Name}, {_owner}, {until})
            ON CONFLICT ("Name") DO UPDATE SET "Owner" = EXCLUDED."Owner", "ExpiresAt" = EXCLUDED."ExpiresAt"
            WHERE "JobLeases"."ExpiresAt" < {now} OR "JobLeases"."Owner" = {_owner}
            """, cancellationToken);
        return rows == 1;
    }
}
