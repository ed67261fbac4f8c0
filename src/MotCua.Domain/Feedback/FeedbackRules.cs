namespace MotCua.Domain.Feedback;

/// <summary>The rules of feedback (R33, R34, R63, R64), each with its id, a stable name and the message an officer or the sender reads.</summary>
public static class FeedbackRules
{
    public static BrokenRule NotInState(string action, FeedbackState state) =>
        new("R34", nameof(NotInState), $"Không thể {action} khi phản ánh, kiến nghị đang ở trạng thái \"{state.Vietnamese()}\".");

    public static BrokenRule RoleNotAllowed(string action, Role role) =>
        new("R34", nameof(RoleNotAllowed), $"Vai trò {role.Vietnamese()} không được {action}.");

    public static BrokenRule NotYourUnit(string action) =>
        new("R34", nameof(NotYourUnit), $"Phản ánh, kiến nghị này không do đơn vị của cán bộ xử lý, nên cán bộ không được {action}.");

    public static readonly BrokenRule TextRequired =
        new("R34", nameof(TextRequired), "Nhập nội dung.");

    public static readonly BrokenRule AgencyRequired =
        new("R34", nameof(AgencyRequired), "Phản ánh về việc giải quyết hồ sơ phải nêu cơ quan giải quyết.");

    public static readonly BrokenRule OnlyAgencyHandlingIsForwarded =
        new("R34", nameof(OnlyAgencyHandlingIsForwarded), "Chỉ phản ánh về việc giải quyết hồ sơ của cơ quan mới được chuyển cơ quan; phản ánh khác do Trung tâm trả lời.");

    public static readonly BrokenRule ForwardBeforeAnswer =
        new("R34", nameof(ForwardBeforeAnswer), "Phản ánh về việc giải quyết hồ sơ phải được chuyển đến cơ quan giải quyết để cơ quan trả lời.");

    public static readonly BrokenRule DirectorAnswers =
        new("R63", nameof(DirectorAnswers), "Phản ánh về cán bộ hoặc công tác quản lý của Trung tâm do lãnh đạo Trung tâm trả lời.");

    public static readonly BrokenRule NotTheSender =
        new("R34", nameof(NotTheSender), "Chỉ người gửi phản ánh, kiến nghị mới thực hiện được thao tác này.");

    public static readonly BrokenRule TooManyAttachments =
        new("R34", nameof(TooManyAttachments), $"Gửi kèm tối đa {FeedbackItem.MaxAttachments} tệp.");

    public static readonly BrokenRule AlreadyReComplained =
        new("R34", nameof(AlreadyReComplained), "Đã gửi phản ánh tiếp về câu trả lời này.");
}
