using MotCua.Domain.Catalog;

namespace MotCua.Domain.Dossiers;

/// <summary>
/// The rules a dossier action can break, each with its id in RULES.md (or, where RULES.md has none,
/// the legal text), a stable name (the member's own, which clients may switch on) and the message
/// an officer reads.
/// </summary>
public static class DossierRules
{
    public static BrokenRule NotInState(DossierAction action, DossierState state) =>
        new("TRANG-THAI", nameof(NotInState), $"Không thể \"{action.Vietnamese().ToLowerInvariant()}\" khi hồ sơ ở trạng thái \"{state.Vietnamese()}\".");

    public static BrokenRule RoleNotAllowed(DossierAction action, Role role) =>
        new("VAI-TRO", nameof(RoleNotAllowed), $"Vai trò \"{role.Vietnamese()}\" không được \"{action.Vietnamese().ToLowerInvariant()}\".");

    public static BrokenRule NotYourUnit(DossierAction action) =>
        new("PHAM-VI", nameof(NotYourUnit), $"Hồ sơ không thuộc đơn vị của cán bộ nên không thể \"{action.Vietnamese().ToLowerInvariant()}\".");

    public static BrokenRule StepForbids(DossierAction action, WorkflowStep step) =>
        new("R14", nameof(StepForbids), $"Bước \"{step.Name}\" của quy trình không cho phép \"{action.Vietnamese().ToLowerInvariant()}\".");

    public static readonly BrokenRule LastStep =
        new("R14", nameof(LastStep), "Đây là bước cuối của quy trình: hãy ghi nhận kết quả.");

    public static readonly BrokenRule FirstStep =
        new("R14", nameof(FirstStep), "Bước đầu của quy trình không có bước trước để trả lại.");

    public static BrokenRule ReasonRequired(DossierAction action) =>
        new("R13", nameof(ReasonRequired), $"Phải nêu lý do khi \"{action.Vietnamese().ToLowerInvariant()}\".");

    public static readonly BrokenRule ComponentNotPublished =
        new("R4", nameof(ComponentNotPublished), "Chỉ được yêu cầu các thành phần hồ sơ đã công bố; có thành phần không nằm trong danh mục của thủ tục.");

    public static BrokenRule ComponentNotSubmitted(string name) =>
        new("R5", nameof(ComponentNotSubmitted), $"Hồ sơ không có thành phần \"{name}\" nên không nhận tệp của thành phần này.");

    public static BrokenRule RequiredComponentMissing(string name) =>
        new("R7", nameof(RequiredComponentMissing), $"Thiếu thành phần bắt buộc \"{name}\": phải hướng dẫn bổ sung, hoàn thiện hồ sơ thay vì tiếp nhận.");

    public static BrokenRule ChannelNotAccepted(Channel channel) =>
        new("R9", nameof(ChannelNotAccepted), $"Thủ tục không nhận hồ sơ qua kênh {channel.Vietnamese()}.");

    public static BrokenRule ResultChannelNotOffered(Channel channel) =>
        new("R9", nameof(ResultChannelNotOffered), $"Thủ tục không trả kết quả qua kênh {channel.Vietnamese()}.");

    public static readonly BrokenRule NoVersionInForce =
        new("R2", nameof(NoVersionInForce), "Thủ tục chưa có phiên bản có hiệu lực vào ngày tiếp nhận.");

    public static BrokenRule UnknownCase(string name) =>
        new("R1", nameof(UnknownCase), $"Thủ tục không có trường hợp \"{name}\".");

    public static BrokenRule SupplementTooLate(DateTimeOffset deadline) =>
        new("R15", nameof(SupplementTooLate), $"Đã quá thời hạn yêu cầu bổ sung hồ sơ (chậm nhất {VietnameseFormat.DateTime(deadline)}).");

    public static readonly BrokenRule SupplementItemsRequired =
        new("R15", nameof(SupplementItemsRequired), "Phiếu yêu cầu bổ sung phải nêu từng nội dung cần bổ sung và lý do.");

    public static readonly BrokenRule ClosureNotInProfile =
        new("R16", nameof(ClosureNotInProfile), "Quy chế của địa phương không quy định đóng hồ sơ khi người nộp không bổ sung.");

    public static BrokenRule ClosureTooEarly(DateTimeOffset closesAt) =>
        new("R16", nameof(ClosureTooEarly), $"Chưa hết thời gian chờ bổ sung (đến {VietnameseFormat.DateTime(closesAt)}).");

    public static BrokenRule RefusalAfterDue(DateTimeOffset due) =>
        new("R17", nameof(RefusalAfterDue), $"Chỉ được từ chối trong thời hạn giải quyết (hạn {VietnameseFormat.DateTime(due)}); hồ sơ đã quá hạn.");

    public static readonly BrokenRule SecondApology =
        new("R18", nameof(SecondApology), "Mỗi hồ sơ chỉ được hẹn lại ngày trả kết quả một lần.");

    public static BrokenRule ApologyTooLate(DateTimeOffset deadline) =>
        new("R46", nameof(ApologyTooLate), $"Thư xin lỗi và hẹn lại phải ban hành chậm nhất {VietnameseFormat.DateTime(deadline)} (cuối ngày làm việc trước ngày hết hạn).");

    public static readonly BrokenRule NewDateNotLater =
        new("R46", nameof(NewDateNotLater), "Ngày hẹn mới phải sau ngày hẹn trả hiện tại.");

    public static readonly BrokenRule NoApologyDraft =
        new("R18", nameof(NoApologyDraft), "Chưa có dự thảo thư xin lỗi, hẹn lại ngày trả kết quả để duyệt.");

    public static readonly BrokenRule ReplyByInPast =
        new("R19", nameof(ReplyByInPast), "Hạn trả lời xin ý kiến phải sau thời điểm gửi.");

    public static readonly BrokenRule NotConsulted =
        new("R19", nameof(NotConsulted), "Cơ quan này không được xin ý kiến về hồ sơ, hoặc đã trả lời.");

    public static readonly BrokenRule ConsultLeadAgencyOnly =
        new("R19", nameof(ConsultLeadAgencyOnly), "Phải chọn ít nhất một cơ quan phối hợp khác cơ quan chủ trì.");

    public static BrokenRule ConsultationNotLate(DateTimeOffset replyBy) =>
        new("R19", nameof(ConsultationNotLate), $"Cơ quan phối hợp còn hạn trả lời đến {VietnameseFormat.DateTime(replyBy)}; chỉ xử lý khi đã quá hạn.");

    public static readonly BrokenRule IncidentIncomplete =
        new("R20", nameof(IncidentIncomplete), "Sự cố phải nêu nội dung, bên chịu trách nhiệm và biện pháp đã xử lý.");

    public static readonly BrokenRule StopAfterDecision =
        new("NĐ118-Đ21", nameof(StopAfterDecision), "Chỉ được dừng giải quyết khi chưa ban hành quyết định hoặc thông báo kết quả (Điều 21 Nghị định 118/2025/NĐ-CP).");

    public static readonly BrokenRule NothingToRecall =
        new("R13", nameof(NothingToRecall), "Chỉ người vừa chuyển hồ sơ được thu hồi, và chỉ khi bên nhận chưa xử lý.");

    public static readonly BrokenRule TrackingNumberRequired =
        new("R24", nameof(TrackingNumberRequired), "Trả kết quả qua bưu chính phải có mã vận đơn.");

    public static readonly BrokenRule NotOnTheSpot =
        new("R10", nameof(NotOnTheSpot), "Thủ tục không thuộc diện \"5 tại chỗ\" ở địa phương này.");

    public static readonly BrokenRule ExplanationRequired =
        new("R35", nameof(ExplanationRequired), "Văn bản giải trình phải nêu lý do hồ sơ quá hạn.");

    public static readonly BrokenRule NotOverdue =
        new("R35", nameof(NotOverdue), "Hồ sơ chưa quá hạn nên không cần giải trình.");

    public static readonly BrokenRule AlreadyExplained =
        new("R35", nameof(AlreadyExplained), "Hồ sơ đã có văn bản giải trình quá hạn.");

    public static BrokenRule AlreadyUrged(DateOnly replyBy) =>
        new("R35", nameof(AlreadyUrged), $"Hồ sơ đã được đôn đốc; cơ quan giải quyết còn hạn trả lời đến hết ngày {VietnameseFormat.Date(replyBy)}.");

    public static readonly BrokenRule UrgeReplyByInPast =
        new("R35", nameof(UrgeReplyByInPast), "Hạn trả lời văn bản đôn đốc không được trước ngày hôm nay.");

    public static readonly BrokenRule NotUrged =
        new("R35", nameof(NotUrged), "Hồ sơ không có văn bản đôn đốc nào đang chờ trả lời.");

    public static readonly BrokenRule NotEarly =
        new("R24", nameof(NotEarly), "Chỉ mời nhận sớm khi kết quả đã ở bộ phận trả kết quả trước ngày hẹn trả.");

    public static readonly BrokenRule AlreadyInvited =
        new("R24", nameof(AlreadyInvited), "Người nộp đã được mời nhận kết quả sớm.");

    /// <summary>Whether the rule only says the action is not this officer's to take (state, role, unit, step), not that a rule of time or content holds it back.</summary>
    public static bool IsAboutWho(this BrokenRule rule) =>
        rule.Name is nameof(NotInState) or nameof(RoleNotAllowed) or nameof(NotYourUnit) or nameof(StepForbids) or nameof(NotConsulted) or nameof(NothingToRecall)
        or nameof(NotUrged);

    public static string Vietnamese(this Channel channel) => channel switch
    {
        Channel.InPerson => "trực tiếp",
        Channel.Post => "bưu chính",
        _ => "trực tuyến",
    };
}
