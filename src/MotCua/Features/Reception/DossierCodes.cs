using MotCua.Data;
using MotCua.Domain.Codes;

namespace MotCua.Features.Reception;

/// <summary>
/// Issues dossier codes from the database (R50) with <see cref="Counters.NextAsync"/>: a number once
/// given to a saved dossier is never given again. Callers run it in the dossier's own transaction, so
/// a save that fails takes its number back and the sequence has no holes.
/// </summary>
public static class DossierCodes
{
    public static async Task<DossierCode> NextAsync(MotCuaDbContext db, string agencyId, DateOnly receptionDay, CancellationToken cancellationToken = default) =>
        new(agencyId, receptionDay, await db.NextAsync(agencyId, receptionDay, cancellationToken));
}
