using MotCua.Data;
using MotCua.Domain.Catalog;
using MotCua.Domain.Codes;
using MotCua.Domain.Time;

namespace MotCua.Features.Shared;

/// <summary>
/// Issues dossier codes from the database (R50) with <see cref="Counters.NextAsync"/>: a number once
/// given to a saved dossier is never given again. Callers run it in the dossier's own transaction, so
/// a save that fails takes its number back and the sequence has no holes.
/// </summary>
public static class DossierCodes
{
    /// <summary>The next code of the procedure's competent agency for a dossier handed in or submitted <paramref name="at"/>: its date is the reception day as counted (R43), the one rule for the counter and online.</summary>
    public static async Task<DossierCode> NextAsync(MotCuaDbContext db, Procedure procedure, WorkingCalendar calendar, DateTimeOffset at,
        CancellationToken cancellationToken = default)
    {
        var receptionDay = procedure.ReceptionDay(at, calendar);
        return new(procedure.CompetentAgencyId, receptionDay, await db.NextAsync(procedure.CompetentAgencyId, receptionDay, cancellationToken));
    }
}
