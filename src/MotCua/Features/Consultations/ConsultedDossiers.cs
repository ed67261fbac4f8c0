using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Consultations;

/// <summary>
/// A consulted agency sees the dossiers it was asked about (R19), only to answer: this scope is used by
/// the consultation pages and endpoints alone, never by the agency's inbox or dossier page.
/// </summary>
public static class ConsultedDossiers
{
    public static IQueryable<Dossier> ConsultedWith(this IQueryable<Dossier> dossiers, CurrentOfficer officer) =>
        officer.Role is Role.Processor or Role.AgencyLeader
            ? dossiers.Where(d => d.ConsultedAgencyIds.Contains(officer.UnitId))
            : dossiers.Where(d => false);

    public static Task<Dossier?> LoadConsultedAsync(this MotCuaDbContext db, string code, CurrentOfficer officer, CancellationToken cancellationToken = default) =>
        db.Dossiers.ConsultedWith(officer).Whole().SingleOrDefaultAsync(d => d.Code == code, cancellationToken);

    /// <summary>The consultation the officer's agency still has to answer on the dossier, if any.</summary>
    public static Consultation? OpenFor(this Dossier dossier, string unitId) =>
        dossier.Consultations.FirstOrDefault(c => c.IsOpen && c.AgencyId == unitId);
}
