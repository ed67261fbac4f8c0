using Microsoft.AspNetCore.Http.HttpResults;
using MotCua.Data;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Exceptions;

public sealed record OverdueDto(string Code, string AgencyId, string State, DateTimeOffset? Due, string? Explanation);

/// <summary>Stops, overdue explanations and early collection in the officers' API (Mẫu 05, R35, R24).</summary>
public static class ExceptionsApi
{
    public static void MapExceptionsApi(this RouteGroupBuilder officer, RouteGroupBuilder dossier)
    {
        officer.MapGet("/overdue", OverdueAsync).WithName("OverdueDossiers")
            .WithSummary("Hồ sơ quá hạn của đơn vị: tối đa 200 hồ sơ chưa giải trình (chờ lâu nhất trước), rồi tối đa 200 hồ sơ đã giải trình gần nhất (R35).");
        dossier.MapAction<TextBody>("/stop", "StopDossier", "Dừng giải quyết theo yêu cầu người nộp (text: lý do), chỉ trước khi có quyết định (Mẫu 05).",
            (a, b) => a.Dossier.Stop(b.Trimmed, a.By, a.At));
        dossier.MapAction<TextBody>("/overdue-explanation", "ExplainOverdue", "Cơ quan giải trình hồ sơ quá hạn bằng văn bản (text) (R35).",
            (a, b) => a.Dossier.ExplainOverdue(b.Trimmed, a.By, a.At));
        dossier.MapAction<EmptyBody>("/early-collection", "InviteEarlyCollection", "Mời người nộp đến nhận kết quả sớm (R24).",
            (a, _) => a.Dossier.InviteEarlyCollection(a.By, a.At, a.Locality));
    }

    static async Task<Ok<List<OverdueDto>>> OverdueAsync(MotCuaDbContext db, CurrentOfficer officer, LocalitySource localities, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var calendar = (await localities.GetAsync(db, cancellationToken)).Calendar;
        var now = time.GetUtcNow();
        var (missing, _) = await OverdueDossiers.ListAsync(db, officer, now, explained: false, cancellationToken);
        var (explained, _) = await OverdueDossiers.ListAsync(db, officer, now, explained: true, cancellationToken);
        return TypedResults.Ok(missing.Concat(explained).Select(d => new OverdueDto(d.Code.ToString(), d.AgencyId, d.State.ToString(),
            OfficerDossierDto.Local(calendar, d.Due ?? d.OriginalDue), d.OverdueExplanation?.Reason)).ToList());
    }
}
