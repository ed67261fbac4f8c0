namespace MotCua.Domain.Staffing;

/// <summary>
/// The rules on replacing a seconded officer (R32) and on the Center's opinion about one (R62), each with a stable name and the
/// message an officer reads. Who may act and whether the officer serves are <see cref="StaffingRules"/>'.
/// </summary>
public static class ReplacementRules
{
    public static BrokenRule CenterOnly(string action, Role role) =>
        new("R32", nameof(CenterOnly), $"Vai trò {role.Vietnamese()} không được {action}: việc này do cán bộ, lãnh đạo Trung tâm thực hiện.");

    public static BrokenRule AgencyLeaderOnly(string action, Role role) =>
        new("R32", nameof(AgencyLeaderOnly), $"Vai trò {role.Vietnamese()} không được {action}: việc này do lãnh đạo cơ quan cử cán bộ thực hiện.");

    public static readonly BrokenRule GroundsRequired =
        new("R32", nameof(GroundsRequired), "Nêu cụ thể lý do đề nghị thay thế cán bộ (vi phạm gì, kết quả đánh giá thế nào).");

    public static BrokenRule AlreadyProposed(string officer) =>
        new("R32", nameof(AlreadyProposed), $"Đã có đề nghị thay thế {officer} chưa được cơ quan trả lời.");

    public static BrokenRule AlreadySent(string action) =>
        new("R52", nameof(AlreadySent), $"Đề nghị đã gửi được lưu nguyên trạng, nên không được {action}.");

    public static BrokenRule NotSent(string action) =>
        new("R32", nameof(NotSent), $"Chỉ đề nghị đã gửi và chưa được trả lời mới được {action}.");

    public static readonly BrokenRule SameOfficer =
        new("R32", nameof(SameOfficer), "Người được cử thay phải là cán bộ khác với cán bộ bị đề nghị thay thế.");

    public static readonly BrokenRule NotAgencyOfficer =
        new("R32", nameof(NotAgencyOfficer), "Người được cử thay phải là cán bộ có tài khoản thuộc cơ quan cử cán bộ.");

    public static readonly BrokenRule ReplacementBeforeStart =
        new("R32", nameof(ReplacementBeforeStart), "Ngày cán bộ mới đến làm việc không được trước ngày cán bộ cũ bắt đầu làm việc tại Trung tâm.");

    public static readonly BrokenRule DeclineReasonRequired =
        new("R32", nameof(DeclineReasonRequired), "Nêu lý do cơ quan không thay thế cán bộ.");

    public static readonly BrokenRule OpinionDetailsRequired =
        new("R62", nameof(OpinionDetailsRequired), "Nêu nội dung dự kiến (khen thưởng, kỷ luật, quy hoạch hoặc bổ nhiệm gì) để Trung tâm cho ý kiến.");

    public static readonly BrokenRule OpinionRequired =
        new("R62", nameof(OpinionRequired), "Ghi ý kiến của Trung tâm.");

    public static readonly BrokenRule OpinionAlreadyGiven =
        new("R62", nameof(OpinionAlreadyGiven), "Trung tâm đã cho ý kiến về đề nghị này; ý kiến được lưu nguyên trạng.");
}
