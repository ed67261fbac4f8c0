using MotCua.Domain.Dossiers;

namespace MotCua.Features.Consultations;

/// <summary>
/// A consulted agency sees the dossiers it was asked about (R19), only to answer: the scope
/// (<see cref="Shared.Dossiers.ConsultedWith"/>) is used by the consultation pages and endpoints alone,
/// never by the agency's inbox or dossier page.
/// </summary>
public static class ConsultedDossiers
{
    /// <summary>The consultation the officer's agency still has to answer on the dossier, if any.</summary>
    public static Consultation? OpenFor(this Dossier dossier, string unitId) =>
        dossier.Consultations.FirstOrDefault(c => c.IsOpen && c.AgencyId == unitId);
}
