using MotCua.Domain.Profiles;
using MotCua.Domain.Time;

namespace MotCua.Domain.Staffing;

/// <summary>
/// One agency's place at one counter on a day: its primary officer seated there (null: none seated), whether that officer
/// is away, and who covers — the substitute the notice named, else a backup of the agency who is not away (R30).
/// </summary>
public sealed record Seat(Counter Counter, string AgencyId, Secondment? Officer, Absence? Absence, Secondment? Cover)
{
    /// <summary>Who sits at the counter for the agency: the officer, or the cover when the officer is away.</summary>
    public Secondment? Present => Absence is null ? Officer : Cover;

    /// <summary>Covered by the substitute the agency named in its notice, rather than by a backup the roster found free.</summary>
    public bool CoverNamed => Absence?.SubstituteId is { } id && Cover?.Id == id;
}

/// <summary>The roster of a day, derived from the counters, the approved secondments and the absences (R30).</summary>
public static class Roster
{
    public static IReadOnlyList<Seat> On(DateOnly day, IReadOnlyList<Counter> counters, IReadOnlyList<Secondment> secondments,
        IReadOnlyList<Absence> absences, WorkingCalendar calendar)
    {
        var serving = secondments.Where(s => s.ServesOn(day)).ToList();
        Absence? AwayToday(Secondment s) => absences.FirstOrDefault(a => a.SecondmentId == s.Id && a.AwayOn(day, calendar));
        var covering = new HashSet<int>();
        var seats = new List<Seat>();
        foreach (var counter in counters.OrderBy(c => c.Number))
            foreach (var agencyId in counter.AgencyIds)
            {
                var primaries = serving.Where(s => s.CounterId == counter.Id && s.AgencyId == agencyId && s.Role == SecondmentRole.Primary).OrderBy(s => s.OfficerName).ToList();
                if (primaries.Count == 0)
                {
                    seats.Add(new Seat(counter, agencyId, null, null, null));
                    continue;
                }
                foreach (var officer in primaries)
                {
                    var absence = AwayToday(officer);
                    Secondment? cover = null;
                    if (absence is not null)
                    {
                        cover = serving.FirstOrDefault(s => s.Id == absence.SubstituteId && AwayToday(s) is null)
                            ?? serving.Where(s => s.AgencyId == agencyId && s.Role == SecondmentRole.Backup && !covering.Contains(s.Id) && AwayToday(s) is null)
                                .OrderBy(s => s.OfficerName).FirstOrDefault();
                        if (cover is not null)
                            covering.Add(cover.Id);
                    }
                    seats.Add(new Seat(counter, agencyId, officer, absence, cover));
                }
            }
        return seats;
    }

    /// <summary>Agencies with a primary officer at the Center and no backup, where the profile requires both (R30).</summary>
    public static IReadOnlyList<string> WithoutBackup(DateOnly day, IReadOnlyList<Secondment> secondments, OfficerRules rules)
    {
        if (!rules.PrimaryAndBackupRequired)
            return [];
        var serving = secondments.Where(s => s.ServesOn(day)).ToList();
        return serving.Where(s => s.Role == SecondmentRole.Primary).Select(s => s.AgencyId).Distinct()
            .Where(agency => !serving.Any(s => s.AgencyId == agency && s.Role == SecondmentRole.Backup))
            .Order(StringComparer.Ordinal).ToList();
    }
}
