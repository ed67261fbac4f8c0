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

    public override string ToString() => $"{Name} ({Role.Vietnamese()})";
}

public static class Roles
{
    /// <summary>The role's name as officers and applicants read it (history, messages, pages).</summary>
    public static string Vietnamese(this Role role) => role switch
    {
        Role.Reception => "Tiếp nhận và trả kết quả",
        Role.Processor => "Chuyên viên xử lý",
        Role.AgencyLeader => "Lãnh đạo cơ quan",
        Role.CenterStaff => "Cán bộ Trung tâm",
        Role.CenterDirector => "Lãnh đạo Trung tâm",
        Role.Admin => "Quản trị hệ thống",
        Role.Applicant => "Người nộp hồ sơ",
        Role.Courier => "Nhân viên bưu chính",
        Role.System => "Hệ thống",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };
}
