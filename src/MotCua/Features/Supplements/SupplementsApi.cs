using MotCua.Domain.Dossiers;
using MotCua.Features.Shared;

namespace MotCua.Features.Supplements;

public sealed record SupplementRequestBody(List<string?>? Items, string? Reason) : IActionBody;

public sealed record ResubmissionBody(List<string?>? Components) : IActionBody
{
    public IDictionary<string, string[]> Problems() => Components is { Count: > 0 }
        ? new Dictionary<string, string[]>()
        : new Dictionary<string, string[]> { ["components"] = ["Nêu tên các thành phần hồ sơ đã bổ sung."] };
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
            (a, b) => a.Dossier.Resubmit(SubmittedComponent.Read(a.Dossier.Version, b.Components).Value!, a.By, a.At, a.Locality));
    }
}
