using MotCua.Domain.Profiles;
using MotCua.Domain.Time;

namespace MotCua.Domain.Dossiers;

/// <summary>What a dossier's deadlines depend on: the locality's profile and the unit's working calendar.</summary>
public sealed record Locality(LocalityProfile Profile, WorkingCalendar Calendar);
