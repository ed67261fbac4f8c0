using MotCua.Domain;
using MotCua.Domain.Dossiers;

namespace MotCua.Data.Notifications;

/// <summary>An e-mail (subject and body) or an SMS (body only) for the applicant.</summary>
public sealed record MessageText(string? Subject, string Body);

/// <summary>
/// The applicant's messages per event and channel, in Vietnamese with diacritics (gateways carry
/// Unicode SMS; a message without diacritics reads ambiguously). <see cref="PortalToken"/> stands for
/// the portal's address, which the sender fills in from configuration.
/// </summary>
public static class Templates
{
    public const string PortalToken = "{{portal}}";

    public static MessageText For(ApplicantEvent e, MessageChannel channel, Dossier dossier, HistoryEntry entry)
    {
        var code = dossier.Code;
        var procedure = dossier.Procedure?.Name ?? "thủ tục hành chính";
        var due = dossier.Due is { } d ? VietnameseFormat.DateTime(d) : null;
        var link = $"{PortalToken}/tra-cuu?ma={Uri.EscapeDataString(code.ToString())}";
        var (subject, todo, sms) = e switch
        {
            ApplicantEvent.Received => (
                $"Đã tiếp nhận hồ sơ {code}",
                $"Trung tâm đã tiếp nhận hồ sơ của Ông/Bà. Ngày hẹn trả kết quả: {due}. Ông/Bà không cần làm gì thêm; có thể tra cứu tình trạng hồ sơ bằng mã hồ sơ.",
                $"Hồ sơ {code} đã được tiếp nhận. Hẹn trả kết quả: {due}."),
            ApplicantEvent.SupplementRequested => (
                $"Yêu cầu bổ sung hồ sơ {code}",
                $"Hồ sơ cần bổ sung, hoàn thiện: {Items(entry, dossier)}. Lý do: {Reason(entry, dossier)}. Ông/Bà vui lòng nộp bổ sung tại Trung tâm hoặc trên Cổng dịch vụ công; thời hạn giải quyết tạm dừng cho đến khi nhận đủ.",
                $"Hồ sơ {code} cần bổ sung: {Items(entry, dossier)}. Vui lòng nộp bổ sung."),
            ApplicantEvent.SupplementReceived => (
                $"Đã nhận hồ sơ bổ sung {code}",
                $"Trung tâm đã nhận đủ hồ sơ bổ sung; hồ sơ tiếp tục được giải quyết. Ngày hẹn trả kết quả mới: {due}.",
                $"Hồ sơ {code} đã nhận bổ sung. Hẹn trả mới: {due}."),
            ApplicantEvent.Refused => (
                $"Thông báo từ chối hồ sơ {code}",
                $"Hồ sơ không đủ điều kiện giải quyết. Lý do: {entry.Reason ?? dossier.ClosingReason}. Ông/Bà có thể nhận văn bản từ chối tại Trung tâm; nếu không đồng ý, Ông/Bà có quyền khiếu nại theo quy định.",
                $"Hồ sơ {code} bị từ chối. Lý do: {entry.Reason ?? dossier.ClosingReason}."),
            ApplicantEvent.Apology => (
                $"Thư xin lỗi và hẹn lại ngày trả kết quả hồ sơ {code}",
                $"Cơ quan giải quyết xin lỗi Ông/Bà vì hồ sơ chưa thể trả đúng hẹn. Lý do: {entry.Reason ?? dossier.ApologyDraft?.Reason}. Ngày hẹn trả kết quả mới: {due}.",
                $"Xin lỗi Ông/Bà: hồ sơ {code} chậm hẹn. Hẹn trả mới: {due}."),
            ApplicantEvent.ResultReady => (
                $"Đã có kết quả hồ sơ {code}",
                $"Kết quả giải quyết hồ sơ đã sẵn sàng. Ông/Bà vui lòng mang giấy tiếp nhận hồ sơ và hẹn trả kết quả đến Bộ phận trả kết quả để nhận (hoặc nhận theo hình thức đã đăng ký).",
                $"Hồ sơ {code} đã có kết quả. Mời Ông/Bà đến nhận."),
            ApplicantEvent.ReadyEarly => (
                $"Kết quả hồ sơ {code} có trước ngày hẹn",
                $"Kết quả giải quyết hồ sơ đã có trước ngày hẹn ({due}). Ông/Bà có thể đến nhận sớm tại Bộ phận trả kết quả, mang theo giấy tiếp nhận hồ sơ và hẹn trả kết quả.",
                $"Hồ sơ {code} có kết quả trước hẹn ({due}). Mời Ông/Bà đến nhận sớm."),
            ApplicantEvent.Returned => (
                $"Đã trả kết quả hồ sơ {code}",
                "Kết quả giải quyết hồ sơ đã được trả. Cảm ơn Ông/Bà đã sử dụng dịch vụ; Ông/Bà có thể đánh giá chất lượng phục vụ trên Cổng dịch vụ công.",
                $"Hồ sơ {code} đã trả kết quả. Cảm ơn Ông/Bà."),
            ApplicantEvent.Closed => (
                $"Kết thúc hồ sơ {code}",
                $"Hồ sơ đã kết thúc mà không có kết quả giải quyết. Lý do: {entry.Reason ?? dossier.ClosingReason ?? "hồ sơ không được bổ sung hoặc đã rút"}. Ông/Bà có thể nộp hồ sơ mới khi đủ điều kiện.",
                $"Hồ sơ {code} đã kết thúc, không có kết quả."),
            ApplicantEvent.Stopped => (
                $"Dừng giải quyết hồ sơ {code}",
                $"Việc giải quyết hồ sơ đã dừng. Lý do: {entry.Reason ?? dossier.ClosingReason}. Ông/Bà vui lòng liên hệ Trung tâm nếu cần được hướng dẫn.",
                $"Hồ sơ {code} đã dừng giải quyết. Lý do: {entry.Reason ?? dossier.ClosingReason}."),
            _ => throw new ArgumentOutOfRangeException(nameof(e)),
        };
        if (channel == MessageChannel.Sms)
            return new MessageText(null, $"{sms} Tra cứu: {link}");
        var body = $"""
            Kính gửi Ông/Bà {dossier.Applicant.Name},

            {todo}

            Mã hồ sơ: {code}
            Tên thủ tục: {procedure}
            Ngày hẹn trả kết quả: {due ?? "chưa có"}
            Tra cứu tình trạng hồ sơ: {link}

            Trung tâm Phục vụ hành chính công
            (Thư gửi tự động, vui lòng không trả lời thư này.)
            """;
        return new MessageText(subject, body);
    }

    static string Items(HistoryEntry entry, Dossier dossier) =>
        entry.Documents.Count > 0 ? string.Join("; ", entry.Documents)
        : dossier.Supplements.LastOrDefault() is { } s ? string.Join("; ", s.Items) : "xem thông báo kèm theo";

    static string Reason(HistoryEntry entry, Dossier dossier) =>
        entry.Reason ?? dossier.Supplements.LastOrDefault()?.Reason ?? dossier.ClosingReason ?? "";
}
