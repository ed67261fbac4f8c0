using MotCua.Features.Shared;

namespace MotCua.Features.Reception;

public sealed record CompletionRequestBody(List<string?>? Items, string? Reason) : IActionBody
{
    public IDictionary<string, string[]> Problems() => Limits.CheckList("items", Items) is { Count: > 0 } items ? items : Limits.Check(("reason", Reason));
}

/// <summary>
/// The Center's reception of an online submission in the officers' API (R9, R11): receive it (and
/// transfer it to the agency in the same save), ask the applicant to complete it (R7), or refuse it (R8).
/// </summary>
public static class ReceptionApi
{
    public static void MapReceptionApi(this RouteGroupBuilder dossier)
    {
        dossier.MapAction<EmptyBody>("/reception", "ReceiveOnline", "Tiếp nhận hồ sơ nộp trực tuyến và chuyển ngay đến cơ quan giải quyết; thời hạn tính từ lúc nộp (R9, R11, R43).",
            (a, _) => OnlineModel.ReceiveAndTransfer(a.Dossier, a.By, a.At, a.Locality));
        dossier.MapAction<CompletionRequestBody>("/completion-request", "AskToCompleteOnline", "Hướng dẫn người nộp bổ sung, hoàn thiện hồ sơ trực tuyến: items (thành phần đã công bố còn thiếu), reason (R4, R7).",
            (a, b) => a.Dossier.AskToCompleteOnline(Limits.Trimmed(b.Items).Distinct().ToList(), b.Reason?.Trim() ?? "", a.By, a.At));
        dossier.MapAction<TextBody>("/reception-refusal", "RefuseOnline", "Từ chối tiếp nhận hồ sơ nộp trực tuyến với lý do (text) (R8).",
            (a, b) => a.Dossier.RefuseOnline(b.Trimmed, a.By, a.At));
    }
}
