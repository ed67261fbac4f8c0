using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Time;

namespace MotCua.Features.Urging;

/// <summary>
/// A dossier awaiting the agency's answer to an urge, and the day it is due. Initialised by members,
/// not a constructor, so a query can still be ordered by them.
/// </summary>
public sealed record OpenUrge
{
    public required DossierCode Code { get; init; }
    public required string Procedure { get; init; }
    public required DateOnly ReplyBy { get; init; }
}

/// <summary>What the urge pages and the API share (R35): the default reply day, the typed input's checks, the dossiers awaiting a reply.</summary>
public static class Urges
{
    /// <summary>The reply day offered: the end of the second working day after today, whatever the locality's profile.</summary>
    public static DateOnly DefaultReplyBy(DateTimeOffset now, WorkingCalendar calendar) =>
        calendar.LocalDate(calendar.EndOfWorkingDaysAfter(calendar.LocalDate(now), 2));

    /// <summary>
    /// Why a typed reason cannot be recorded (missing, too long, a control character), in Vietnamese; null when it can.
    /// The aggregate refuses a blank one too; this says it as a field of the form (400) rather than a rule (422).
    /// </summary>
    public static string? ReasonProblem(string? text, string what) =>
        string.IsNullOrWhiteSpace(text) ? $"Nhập {what.ToLowerInvariant()}." : FormText.Problem(text.Trim(), what, FormText.MaxLength, multiline: true);

    /// <summary>Why the reply day cannot be given: missing, or before today (the aggregate's R35 rule, said as a field of the form).</summary>
    public static string? ReplyByProblem(DateOnly? replyBy, DateOnly today) => replyBy switch
    {
        null => "Chọn hạn trả lời văn bản đôn đốc.",
        { } day when day < today => $"{DossierRules.UrgeReplyByInPast.Message} (hôm nay là {VietnameseFormat.Date(today)})",
        _ => null,
    };

    /// <summary>
    /// The dossiers whose last urge the agency has not answered, as the database selects them: the same
    /// test as <see cref="Dossier.OpenUrge"/> (an answer or an overdue explanation after it closes it).
    /// </summary>
    public static IQueryable<Dossier> AwaitingReply(this IQueryable<Dossier> dossiers) =>
        dossiers.Where(d => d.History.Any(u => u.Action == DossierAction.Urge
            && !d.History.Any(a => a.Sequence > u.Sequence && (a.Action == DossierAction.AnswerUrge || a.Action == DossierAction.ExplainOverdue))));

    /// <summary>The dossiers of <paramref name="dossiers"/> awaiting a reply, each with its open urge's reply day (the last urge's).</summary>
    public static IQueryable<OpenUrge> OpenUrges(this IQueryable<Dossier> dossiers) =>
        dossiers.AwaitingReply().Select(d => new OpenUrge
        {
            Code = d.Code,
            Procedure = d.Procedure.Name,
            ReplyBy = d.History.Where(h => h.Action == DossierAction.Urge).OrderByDescending(h => h.Sequence).Select(h => h.ReplyBy).First()!.Value,
        });

    /// <summary>The agency's name as the control slip writes the urge's recipient.</summary>
    public static async Task<string> AgencyNameAsync(MotCuaDbContext db, string agencyId, CancellationToken cancellationToken) =>
        await db.Units.AsNoTracking().Where(u => u.Id == agencyId).Select(u => u.Name).SingleOrDefaultAsync(cancellationToken) ?? agencyId;
}
