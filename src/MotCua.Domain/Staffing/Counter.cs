namespace MotCua.Domain.Staffing;

/// <summary>
/// A counter (quầy) of the Center: its number, the group of fields it serves and the agencies whose procedures it
/// receives (R30). Who sits there on a day follows from the agencies' seconded officers and their absences.
/// </summary>
public sealed class Counter
{
    public const int MaxNumber = 999;
    public const int MaxServiceGroupLength = 300;

    readonly List<string> _agencyIds = [];

    Counter()
    {
    }

    public int Id { get; internal set; }
    public string CenterId { get; private set; } = "";
    public int Number { get; private set; }
    /// <summary>The fields it serves, as the board shows them ("Tư pháp – Hộ tịch; Lao động").</summary>
    public string ServiceGroup { get; private set; } = "";
    public IReadOnlyList<string> AgencyIds => _agencyIds;

    public static Outcome<Counter> Open(string centerId, int number, string serviceGroup, IReadOnlyList<string> agencyIds, Actor by)
    {
        var counter = new Counter { CenterId = centerId };
        return counter.Change(number, serviceGroup, agencyIds, by) is { Broken: { } broken } ? broken : counter;
    }

    /// <summary>The agencies are those the caller checked exist as agencies.</summary>
    public Outcome Change(int number, string serviceGroup, IReadOnlyList<string> agencyIds, Actor by)
    {
        if (Guard("sắp xếp quầy", by, CenterId) is { } broken)
            return broken;
        if (number is < 1 or > MaxNumber)
            return StaffingRules.CounterNumberOutOfRange;
        if (string.IsNullOrWhiteSpace(serviceGroup))
            return StaffingRules.ServiceGroupRequired;
        if (agencyIds.Count == 0)
            return StaffingRules.CounterAgenciesRequired;
        Number = number;
        ServiceGroup = serviceGroup.Trim();
        _agencyIds.Clear();
        _agencyIds.AddRange(agencyIds.Distinct(StringComparer.Ordinal));
        return Outcome.Ok;
    }

    /// <summary>The Center's director, staff and administrator arrange its counters.</summary>
    internal static BrokenRule? Guard(string action, Actor by, string centerId)
    {
        if (by.Role is not (Role.CenterDirector or Role.CenterStaff or Role.Admin))
            return StaffingRules.RoleNotAllowed(action, by.Role);
        return by.UnitId == centerId ? null : StaffingRules.NotYourUnit(action);
    }
}
