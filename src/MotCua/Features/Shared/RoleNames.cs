using MotCua.Domain;

namespace MotCua.Features.Shared;

public static class RoleNames
{
    public static string Vietnamese(Role role) => role switch
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
        _ => role.ToString(),
    };
}
