using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Codes;
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
    public static async Task<IReadOnlyList<DossierCode>> RunAsync(MotCuaDbContext db, Locality locality, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        if (locality.Profile.CloseUnsupplementedAfter is null)
            return [];
        var codes = await db.Dossiers.AsNoTracking().Where(d => d.State == DossierState.WaitingForApplicant)
            .OrderBy(d => d.Code).Select(d => d.Code).ToListAsync(cancellationToken);
        var closed = new List<DossierCode>();
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

/// <summary>The <c>SupplementClosure</c> section: the job's switch, pace and lease.</summary>
public sealed class SupplementClosureOptions
{
    public bool Enabled { get; set; } = true;
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00", ErrorMessage = "SupplementClosure:Interval phải lớn hơn 0 và không quá một ngày.")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(30);
    /// <summary>One node closes at a time on PostgreSQL; the row versions would keep two from closing a dossier twice, the lease saves the wasted work.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00", ErrorMessage = "SupplementClosure:Lease phải lớn hơn 0 và không quá một ngày.")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(10);
}

/// <summary>Runs <see cref="SupplementClosure"/> every <see cref="SupplementClosureOptions.Interval"/> of the app's clock, the first time one interval after start.</summary>
public sealed class SupplementClosureJob(IServiceScopeFactory scopes, LocalitySource localities, IOptions<SupplementClosureOptions> options,
    TimeProvider time, ILogger<SupplementClosureJob> log) : PeriodicJob(scopes, time, log)
{
    readonly SupplementClosureOptions _options = options.Value;

    protected override string Name => "supplement-closure";
    protected override bool Enabled => _options.Enabled;
    protected override TimeSpan Interval => _options.Interval;
    protected override TimeSpan? Lease => _options.Lease;
    protected override bool WaitsBeforeFirstPass => true;

    protected override async Task<int> RunAsync(IServiceProvider services, MotCuaDbContext db, CancellationToken cancellationToken)
    {
        var locality = await localities.GetAsync(db, cancellationToken);
        var closed = await SupplementClosure.RunAsync(db, locality, Time.GetUtcNow(), cancellationToken);
        if (closed.Count > 0)
            Log.LogInformation("Đã đóng {Count} hồ sơ không bổ sung đúng hạn (R16): {Codes}", closed.Count, string.Join(", ", closed));
        return closed.Count;
    }
}
