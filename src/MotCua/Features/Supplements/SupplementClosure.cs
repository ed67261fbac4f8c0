using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Supplements;

/// <summary>
/// Closes the dossiers left waiting for a supplement past the profile's time (R16; Thái Nguyên: 15
/// days after the notice). Profiles without a closure never close. Each dossier is closed through the
/// aggregate and saved alone with its row version, so a run is idempotent and two nodes running at
/// once close each dossier once: the loser's save fails and is skipped.
/// </summary>
public static class SupplementClosure
{
    /// <summary>Closes what is due now; returns the codes closed by this run.</summary>
    public static async Task<IReadOnlyList<string>> RunAsync(MotCuaDbContext db, Locality locality, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        if (locality.Profile.CloseUnsupplementedAfter is null)
            return [];
        var codes = await db.Dossiers.AsNoTracking().Where(d => d.State == DossierState.WaitingForApplicant)
            .OrderBy(d => d.Code).Select(d => d.Code).ToListAsync(cancellationToken);
        var closed = new List<string>();
        foreach (var code in codes)
        {
            db.ChangeTracker.Clear();
            var dossier = await db.Dossiers.Whole().SingleOrDefaultAsync(d => d.Code == code, cancellationToken);
            if (dossier?.ClosesUnsupplementedAt(locality) is not { } closesAt || now < closesAt)
                continue;
            if (!dossier.CloseUnsupplemented(Actor.SystemJob(dossier.CenterId), now, locality).Succeeded)
                continue;
            if (await db.SaveActionAsync(cancellationToken))
                closed.Add(code);
        }
        db.ChangeTracker.Clear();
        return closed;
    }
}

/// <summary>Runs <see cref="SupplementClosure"/> periodically (every <see cref="Interval"/> of the app's clock).</summary>
public sealed class SupplementClosureJob(IServiceScopeFactory scopes, TimeProvider time, ILogger<SupplementClosureJob> log) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                using var scope = scopes.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
                var locality = await scope.ServiceProvider.GetRequiredService<LocalitySource>().GetAsync(db, stoppingToken);
                var closed = await SupplementClosure.RunAsync(db, locality, time.GetUtcNow(), stoppingToken);
                if (closed.Count > 0)
                    log.LogInformation("Đã đóng {Count} hồ sơ không bổ sung đúng hạn (R16): {Codes}", closed.Count, string.Join(", ", closed));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed run (database down) is retried at the next tick; the job must outlive it.
                log.LogError(e, "Lỗi khi đóng hồ sơ không bổ sung (R16)");
            }
        }
    }
}
