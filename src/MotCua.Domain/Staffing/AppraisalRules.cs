namespace MotCua.Domain.Staffing;

/// <summary>The rules of evaluating seconded officers (R31) and of the agencies' yearly rating sent back (R62), each with its name and message.</summary>
public static class AppraisalRules
{
    public static BrokenRule RoleNotAllowed(string action, Role role) =>
        new("R31", nameof(RoleNotAllowed), $"Vai trò {role.Vietnamese()} không được {action}.");

    public static BrokenRule NotYourUnit(string action) =>
        new("R31", nameof(NotYourUnit), $"Cán bộ được đánh giá không thuộc đơn vị của người dùng, nên không được {action}.");

    public static readonly BrokenRule NotTheOfficer =
        new("R31", nameof(NotTheOfficer), "Chỉ chính cán bộ được đánh giá mới tự đánh giá.");

    public static BrokenRule NotServingInPeriod(string officer, string period) =>
        new("R31", nameof(NotServingInPeriod), $"{officer} không làm việc tại Trung tâm trong {period}, nên không có phiếu đánh giá kỳ này.");

    public static BrokenRule PeriodNotStarted(string period) =>
        new("R31", nameof(PeriodNotStarted), $"Kỳ đánh giá {period} chưa bắt đầu.");

    public static BrokenRule AlreadyStarted(string officer, string period) =>
        new("R31", nameof(AlreadyStarted), $"Đã lập phiếu đánh giá {officer} {period}.");

    public static BrokenRule NotInState(string action, AppraisalState state) =>
        new("R31", nameof(NotInState), $"Không thể {action} khi phiếu đánh giá đang ở trạng thái \"{state.Vietnamese()}\".");

    public static readonly BrokenRule SelfAssessmentTextRequired =
        new("R31", nameof(SelfAssessmentTextRequired),
            "Bản tự đánh giá phải có đủ ba phần: chấp hành nội quy, đạo đức, giao tiếp; kết quả thực hiện nhiệm vụ; phản ánh, kiến nghị và mức độ hài lòng.");

    public static readonly BrokenRule TextTooLong =
        new("R31", nameof(TextTooLong), $"Mỗi phần không quá {OfficerAppraisal.MaxTextLength} ký tự.");

    public static readonly BrokenRule SelfAssessmentFirst =
        new("R31", nameof(SelfAssessmentFirst), "Bản tự đánh giá là một cơ sở đánh giá theo quy chế: cán bộ phải tự đánh giá trước khi Trung tâm nhận xét, đánh giá.");

    public static readonly BrokenRule CommentsRequired =
        new("R31", nameof(CommentsRequired), "Ghi nhận xét của Trung tâm về cán bộ.");

    public static readonly BrokenRule DecisionRequired =
        new("R62", nameof(DecisionRequired), "Ghi số, ngày văn bản đánh giá, xếp loại của cơ quan.");

    public static readonly BrokenRule RatedInFuture =
        new("R62", nameof(RatedInFuture), "Ngày đánh giá, xếp loại không được sau hôm nay.");

    public static readonly BrokenRule NotSentYet =
        new("R62", nameof(NotSentYet), "Cơ quan ghi kết quả xếp loại khi Trung tâm đã gửi phiếu đánh giá cán bộ.");

    public static BrokenRule AlreadyRated(int year) =>
        new("R62", nameof(AlreadyRated), $"Đã ghi kết quả đánh giá, xếp loại năm {year} của cán bộ này.");
}
