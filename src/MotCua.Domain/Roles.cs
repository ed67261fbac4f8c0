namespace MotCua.Domain;

/// <summary>Who acts on a dossier. Officers' roles plus the applicant and the system's own jobs.</summary>
public enum Role
{
    Applicant,
    Reception,
    Processor,
    AgencyLeader,
    CenterStaff,
    CenterDirector,
    Admin,
    Courier,
    System,
}

/// <summary>A person (or job) acting, with the unit they act for.</summary>
public sealed record Actor(string Id, string Name, Role Role, string UnitId)
{
    public static Actor SystemJob(string unitId) => new("system", "Hệ thống", Role.System, unitId);

    public override string ToString() => $"{Name} ({Role})";
}
