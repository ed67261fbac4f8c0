using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using MotCua.Data;

namespace MotCua.Platform;

/// <summary>Ready when the database answers a query on the app's own schema: reachable, and migrated.</summary>
public sealed class DatabaseHealthCheck(MotCuaDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await db.Settings.AsNoTracking().AnyAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("Cơ sở dữ liệu không trả lời.", e);
        }
    }
}
