using Microsoft.EntityFrameworkCore;

namespace MotCua.Data;

public static class Counters
{
    /// <summary>
    /// The next number of a counter (<see cref="DossierCounter"/>): one atomic upsert, so two callers at
    /// the same instant, on one node or several, get different numbers. Run inside the transaction that
    /// uses the number: a failed save takes it back, and the row lock orders concurrent callers.
    /// </summary>
    public static async Task<long> NextAsync(this MotCuaDbContext db, string key, DateOnly day, CancellationToken cancellationToken = default)
    {
        // The same statement works on SQLite (3.35+) and PostgreSQL.
        var last = await db.Database.SqlQuery<long>($"""
            INSERT INTO "DossierCounters" ("AgencyId", "Day", "Last") VALUES ({key}, {day}, 1)
            ON CONFLICT ("AgencyId", "Day") DO UPDATE SET "Last" = "DossierCounters"."Last" + 1
            RETURNING "Last" AS "Value"
            """).ToListAsync(cancellationToken);
        return last.Single();
    }
}
