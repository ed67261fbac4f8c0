using MotCua.Data;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Urging;

/// <summary>An urge notice: what to answer, and by which day (default: two working days after today).</summary>
public sealed record UrgeBody(string? Reason, DateOnly? ReplyBy) : IActionBody;

/// <summary>The Center's urge notices and the agencies' answers in the officers' API (R35).</summary>
public static class UrgingApi
{
    public static void MapUrgingApi(this RouteGroupBuilder dossier)
    {
        dossier.MapActionRun<UrgeBody>("/urge", "UrgeDossier",
                "Trung tâm đôn đốc cơ quan giải quyết: reason, replyBy (ngày, yyyy-MM-dd, không trước hôm nay; mặc định sau 2 ngày làm việc) (R35).", UrgeAsync);
        dossier.MapActionRun<TextBody>("/urge-answer", "AnswerUrge",
                "Cơ quan giải quyết trả lời văn bản đôn đốc bằng văn bản giải trình lý do chậm (text); hồ sơ đã quá hạn thì đó là văn bản giải trình quá hạn (R35).",
                AnswerAsync);
    }

    static async Task<Acted> UrgeAsync(HttpContext http, Domain.Dossiers.Dossier dossier, int? seen, UrgeBody body)
    {
        var (db, pipeline, now, calendar) = await ContextAsync(http);
        var replyBy = body.ReplyBy ?? Urges.DefaultReplyBy(now, calendar);
        var problems = new Dictionary<string, string[]>();
        if (Urges.ReasonProblem(body.Reason, "Nội dung đôn đốc") is { } reason)
            problems["reason"] = [reason];
        if (Urges.ReplyByProblem(replyBy, calendar.LocalDate(now)) is { } day)
            problems["replyBy"] = [day];
        if (problems.Count > 0)
            return new Acted.Invalid(problems);
        var agency = await Urges.AgencyNameAsync(db, dossier.AgencyId, http.RequestAborted);
        return await pipeline.RunAsync(dossier, seen, a => a.Dossier.Urge(body.Reason!.Trim(), replyBy, a.By, a.At, a.Locality, agency), http.RequestAborted);
    }

    static async Task<Acted> AnswerAsync(HttpContext http, Domain.Dossiers.Dossier dossier, int? seen, TextBody body)
    {
        if (Urges.ReasonProblem(body.Text, "Lý do chậm") is { } problem)
            return new Acted.Invalid("text", problem);
        var pipeline = http.RequestServices.GetRequiredService<DossierPipeline>();
        return await pipeline.RunAsync(dossier, seen, a => a.Dossier.AnswerUrge(body.Trimmed, a.By, a.At, a.Locality), http.RequestAborted);
    }

    static async Task<(MotCuaDbContext Db, DossierPipeline Pipeline, DateTimeOffset Now, Domain.Time.WorkingCalendar Calendar)> ContextAsync(HttpContext http)
    {
        var services = http.RequestServices;
        var db = services.GetRequiredService<MotCuaDbContext>();
        var locality = await services.GetRequiredService<LocalitySource>().GetAsync(db, http.RequestAborted);
        return (db, services.GetRequiredService<DossierPipeline>(), services.GetRequiredService<TimeProvider>().GetUtcNow(), locality.Calendar);
    }
}
