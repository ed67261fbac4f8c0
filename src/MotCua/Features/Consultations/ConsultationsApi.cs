using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Codes;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Consultations;

public sealed record ConsultBody(List<string?>? AgencyIds, string? Question, DateTimeOffset? ReplyBy) : IActionBody
{
    public IDictionary<string, string[]> Problems()
    {
        if (ReplyBy is null)
            return new Dictionary<string, string[]> { ["replyBy"] = ["Nhập hạn trả lời xin ý kiến (ISO 8601, ví dụ 2026-12-10T17:00:00+07:00)."] };
        return AgencyIds?.Any(a => a?.Trim().Length > 40) == true
            ? new Dictionary<string, string[]> { ["agencyIds"] = ["Mã cơ quan không quá 40 ký tự."] }
            : new Dictionary<string, string[]>();
    }
}

public sealed record AnswerBody(string? Answer, bool Declined) : IActionBody;

/// <summary>Consultations in the officers' API (R19): the lead agency asks, the consulted agencies answer, a late one is resolved.</summary>
public static class ConsultationsApi
{
    public static void MapConsultationsApi(this RouteGroupBuilder officer, RouteGroupBuilder dossier)
    {
        officer.MapGet("/consultations", ConsultedAsync).WithName("ConsultedDossiers")
            .WithSummary("Hồ sơ cơ quan của cán bộ được xin ý kiến (R19).");
        dossier.MapAction<ConsultBody>("/consultations", "Consult", "Xin ý kiến cơ quan phối hợp: agencyIds, question, replyBy (R19).",
            (a, b) => a.Dossier.Consult(Limits.Trimmed(b.AgencyIds), b.Question?.Trim() ?? "", b.ReplyBy!.Value, a.By, a.At, a.Locality));
        dossier.MapAction<AnswerBody>("/consultation-answer", "AnswerConsultation", "Cơ quan được xin ý kiến trả lời (answer) hoặc từ chối vì ngoài thẩm quyền (declined) (R19).",
            (a, b) => a.Dossier.AnswerConsultation(b.Answer?.Trim() ?? "", b.Declined, a.By, a.At, a.Locality), DossierScope.Consulted);
        dossier.MapPost("/consultations/{agencyId}/resolution", (DossierCode code, string agencyId, HttpContext http) =>
                OfficerEndpoints.ActAsync<TextBody>(code, http, (a, b) => a.Dossier.ResolveLateConsultation(agencyId, b.Trimmed, a.By, a.At), DossierScope.Unit))
            .WithName("ResolveLateConsultation")
            .WithSummary("Cơ quan chủ trì hoặc Trung tâm xử lý xin ý kiến đã quá hạn (text: hướng xử lý, báo cáo cấp trên) (R19).")
            .WithActionMetadata<TextBody>();
    }

    static async Task<Ok<List<OfficerDossierDto>>> ConsultedAsync(MotCuaDbContext db, CurrentOfficer officer, LocalitySource localities, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var locality = await localities.GetAsync(db, cancellationToken);
        var now = time.GetUtcNow();
        var dossiers = await db.Dossiers.ConsultedWith(officer).AsNoTracking().Whole().OrderBy(d => d.Code).ToListAsync(cancellationToken);
        return TypedResults.Ok(dossiers.Select(d => OfficerDossierDto.From(d, officer.Actor, locality, now)).ToList());
    }
}
