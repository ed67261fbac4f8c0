using MotCua.Domain.Dossiers;
using MotCua.Features.Shared;

namespace MotCua.Features.Apologies;

public sealed record ApologyBody(string? Reason, DateTimeOffset? NewDue) : IActionBody
{
    public IDictionary<string, string[]> Problems() => NewDue is null
        ? new Dictionary<string, string[]> { ["newDue"] = ["Nhập ngày, giờ hẹn trả kết quả mới (ISO 8601, ví dụ 2026-12-10T17:00:00+07:00)."] }
        : new Dictionary<string, string[]>();
}

/// <summary>The apology with a new date in the officers' API (R18, R46): the processor drafts, the leader approves.</summary>
public static class ApologiesApi
{
    public static void MapApologiesApi(this RouteGroupBuilder dossier)
    {
        dossier.MapAction<ApologyBody>("/apology", "ProposeApology", "Dự thảo văn bản xin lỗi, hẹn lại: reason, newDue (R18, R46).",
            (a, b) => a.Dossier.ProposeApology(b.Reason?.Trim() ?? "", b.NewDue!.Value, a.By, a.At, a.Locality));
        dossier.MapAction<EmptyBody>("/apology/approval", "ApproveApology", "Lãnh đạo duyệt văn bản xin lỗi; hạn trả dời một lần (R18).",
            (a, _) => a.Dossier.ApproveApology(a.By, a.At, a.Locality));
    }
}
