using MotCua.Domain.Time;

namespace MotCua.Domain.Dossiers;

public sealed partial class Dossier
{
    // ---- Urging (R35) ----

    /// <summary>
    /// The states in which the competent agency holds the dossier, the only ones the Center may urge
    /// it about (R35): at a step of its workflow, waiting for the agencies it consulted, or with a
    /// result not yet sent to the return desk. Elsewhere the Center or the applicant holds it.
    /// </summary>
    public static readonly DossierState[] UrgedStates = [DossierState.InProcessing, DossierState.Consulting, DossierState.ResultReady];

    /// <summary>
    /// The Center's last urge notice the agency has not yet answered (R35), or null. The agency answers
    /// it with its written reason for the delay: an answer to the urge or an overdue explanation.
    /// By sequence, not list position: a store need not load the rows in order.
    /// </summary>
    public HistoryEntry? OpenUrge =>
        _history.Where(h => h.Action is DossierAction.Urge or DossierAction.AnswerUrge or DossierAction.ExplainOverdue)
            .MaxBy(h => h.Sequence) is { Action: DossierAction.Urge } urge
            ? urge
            : null;

    /// <summary>Whether the open urge's reply day is over without an answer (R35).</summary>
    public bool UrgeReplyLate(DateTimeOffset now, WorkingCalendar calendar) => OpenUrge?.ReplyBy is { } replyBy && calendar.LocalDate(now) > replyBy;

    /// <summary>
    /// The Center urges the competent agency in writing about a slow or overdue dossier, to answer by
    /// <paramref name="replyBy"/> (a day, not before today); again only once that day is over without
    /// an answer (R35). <paramref name="to"/> names the agency on the control slip.
    /// </summary>
    public Outcome Urge(string reason, DateOnly replyBy, Actor by, DateTimeOffset at, Locality locality, string? to = null)
    {
        if ((Check(DossierCommand.Urge, by, at, locality) ?? Required(DossierAction.Urge, reason)) is { } broken)
            return broken;
        if (replyBy < locality.Calendar.LocalDate(at))
            return DossierRules.UrgeReplyByInPast;
        Append(at, DossierAction.Urge, State, by, to ?? "Cơ quan giải quyết hồ sơ", step: Step, reason: reason,
            documents: [$"Văn bản đôn đốc, hạn trả lời {VietnameseFormat.Date(replyBy)}"], replyBy: replyBy);
        return Outcome.Ok;
    }

    /// <summary>
    /// The agency answers the open urge with its written reason for the delay (R35). An overdue dossier
    /// not yet explained is explained by it, so it counts as the overdue explanation the Center watches for.
    /// The row says whether the answer came by the reply day.
    /// </summary>
    public Outcome AnswerUrge(string reason, Actor by, DateTimeOffset at, Locality locality)
    {
        if ((Check(DossierCommand.AnswerUrge, by, at, locality) ?? Required(DossierAction.AnswerUrge, reason)) is { } broken)
            return broken;
        var late = UrgeReplyLate(at, locality.Calendar) ? Dossiers.Timeliness.Late : Dossiers.Timeliness.OnTime;
        var (action, document) = IsOverdue(at) && OverdueExplanation is null
            ? (DossierAction.ExplainOverdue, "Văn bản giải trình hồ sơ quá hạn")
            : (DossierAction.AnswerUrge, "Văn bản giải trình lý do chậm");
        Append(at, action, State, by, "Trung tâm Phục vụ hành chính công", step: Step, reason: reason, documents: [document], handOver: late);
        return Outcome.Ok;
    }
}
