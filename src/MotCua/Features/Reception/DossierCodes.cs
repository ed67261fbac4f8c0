using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Codes;

namespace MotCua.Features.Reception;

/// <summary>
/// Issues dossier codes from the database (R50): one atomic upsert per code, so two counters
/// receiving at the same instant, on one node or several, get different numbers, and a number once
/// given to a saved dossier is never given again. Callers run it in the dossier's own transaction:
/// a save that fails takes its number back, so the sequence has no holes; the row lock it holds
/// until commit orders concurrent receptions of one agency and day.
/// </summary>
public static class DossierCodes
{
    public static async Task<DossierCode> NextAsync(MotCuaDbContext db, string agencyId, DateOnly receptionDay, CancellationToken cancellationToken = default)
    {
        // The same statement works on SQLite (3.35+) and PostgreSQL.
        var last = await db.Database.SqlQuery<long>($"""
            INSERT INTO "DossierCounters" ("AgencyId", "Day", "Last") VALUES ({agencyId}, {receptionDay}, 1)
            ON CONFLICT ("AgencyId", "Day") DO UPDATE SET "Last" = "DossierCounters"."Last" + 1
            RETURNING "Last" AS "Value"
            """).ToListAsync(cancellationToken);
        return new DossierCode(agencyId, receptionDay, last.Single());
    }
}
