using MotCua.Features.Shared;

namespace MotCua.Features.Supplements;

public sealed record SupplementRequestBody(List<string?>? Items, string? Reason) : IActionBody
{
    public IDictionary<string, string[]> Problems() => Limits.CheckList("items", Items) is { Count: > 0 } items ? items : Limits.Check(("reason", Reason));
}

public sealed record ResubmissionBody(List<string?>? Components) : IActionBody
{
    public IDictionary<string, string[]> Problems() => Limits.CheckList("components", Components);
}

/// <summary>The supplement path in the officers' API (R15): the agency asks, the Center notifies, the counter receives the completed dossier.</summary>
public static class SupplementsApi
{
    public static void MapSupplementsApi(this RouteGroupBuilder dossier)
    {
        dossier.MapAction<SupplementRequestBody>("/supplement-request", "RequestSupplement", "Yêu cầu bổ sung hồ sơ: items (các nội dung), reason (R15).",
            (a, b) => a.Dossier.RequestSupplement(Limits.Trimmed(b.Items), b.Reason?.Trim() ?? "", a.By, a.At, a.Locality));
        dossier.MapAction<EmptyBody>("/supplement-notice", "NotifySupplement", "Trung tâm đã thông báo người nộp yêu cầu bổ sung (Mẫu 02).",
            (a, _) => a.Dossier.NotifySupplement(a.By, a.At));
        dossier.MapAction<ResubmissionBody>("/resubmission", "Resubmit", "Nhận hồ sơ bổ sung tại quầy: components (tên thành phần); thời hạn tính lại từ đầu (R15).",
            (a, b) => a.Dossier.Resubmit(SupplementModel.Submitted(a.Dossier, Limits.Trimmed(b.Components)), a.By, a.At, a.Locality));
    }
}
