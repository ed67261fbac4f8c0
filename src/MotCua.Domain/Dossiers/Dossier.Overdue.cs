namespace MotCua.Domain.Dossiers;

public sealed partial class Dossier
{
    // ---- Overdue explanations (R35) and early results (R24) ----

    /// <summary>
    /// Overdue: still with the agency (or not yet transferred) past its due date, or finished late (R35).
    /// A dossier waiting for the applicant has no due date, so it is never overdue.
    /// </summary>
    public bool IsOverdue(DateTimeOffset now) =>
        Timeliness == Dossiers.Timeliness.Late || (Due is { } due && now > due && OverdueStates.Contains(State));

    /// <summary>The states in which a dossier past its due date is overdue (<see cref="IsOverdue"/>), for a database query too.</summary>
    public static readonly DossierState[] OverdueStates = [DossierState.Received, DossierState.InProcessing, DossierState.Consulting];

    /// <summary>The agency's written explanation of the delay, when given (R35).</summary>
    public HistoryEntry? OverdueExplanation => _history.LastOrDefault(h => h.Action == DossierAction.ExplainOverdue);

    /// <summary>What the Center watches for (R35): an overdue dossier whose agency has not explained it.</summary>
    public bool LacksOverdueExplanation(DateTimeOffset now) => IsOverdue(now) && OverdueExplanation is null;

    /// <summary>The competent agency explains in writing why the dossier is overdue; once per dossier (R35).</summary>
    public Outcome ExplainOverdue(string explanation, Actor by, DateTimeOffset at)
    {
        if (Check(DossierCommand.ExplainOverdue, by, at, locality: null) is { } broken)
            return broken;
        if (string.IsNullOrWhiteSpace(explanation))
            return DossierRules.ExplanationRequired;
        Append(at, DossierAction.ExplainOverdue, State, by, "Trung tâm Phục vụ hành chính công", step: Step, reason: explanation,
            documents: ["Văn bản giải trình hồ sơ quá hạn"]);
        return Outcome.Ok;
    }

    /// <summary>Whether the result at the desk came before the due day, so the applicant may collect it early (R24).</summary>
    public bool CanCollectEarly(DateTimeOffset now, Locality locality) =>
        State == DossierState.AtReturnDesk && Result is { Kind: ResultKind.Granted } && Due is { } due
        && locality.Calendar.LocalDate(now) < locality.Calendar.LocalDate(due);

    /// <summary>
    /// The Center tells the applicant the result is ready before the due day and invites them to
    /// collect it early (R24); the history row is what the notifications are made from.
    /// </summary>
    public Outcome InviteEarlyCollection(Actor by, DateTimeOffset at, Locality locality)
    {
        if (Check(DossierCommand.InviteEarlyCollection, by, at, locality) is { } broken)
            return broken;
        Append(at, DossierAction.InviteEarlyCollection, State, by, Applicant.Name,
            reason: $"Kết quả đã có trước hạn {VietnameseFormat.DateTime(Due!.Value)}; mời người nộp đến nhận sớm.");
        return Outcome.Ok;
    }
}
