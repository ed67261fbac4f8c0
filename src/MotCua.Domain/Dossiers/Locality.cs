using MotCua.Domain.Fees;
using MotCua.Domain.Profiles;
using MotCua.Domain.Time;

namespace MotCua.Domain.Dossiers;

/// <summary>
/// What a dossier's deadlines and fees depend on: the locality's profile, the unit's working calendar,
/// and the agencies that chose their own fee collector (R29; the others follow the profile).
/// </summary>
public sealed record Locality(LocalityProfile Profile, WorkingCalendar Calendar, IReadOnlyDictionary<string, FeeCollector>? AgencyFeeCollectors = null)
{
    /// <summary>Who collects the fees of an agency's dossiers: always the Center under a sole-collector profile.</summary>
    public FeeCollector FeeCollectorFor(string agencyId) =>
        Profile.SoleFeeCollectorAndReturnPoint ? FeeCollector.Center
        : AgencyFeeCollectors is not null && AgencyFeeCollectors.TryGetValue(agencyId, out var chosen) ? chosen
        : Profile.FeeCollector;
}
