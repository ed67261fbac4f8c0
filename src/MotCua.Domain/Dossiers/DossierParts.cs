using MotCua.Domain.Catalog;

namespace MotCua.Domain.Dossiers;

/// <summary>The channels an applicant chose for news of the dossier; e-mail needs an address.</summary>
[Flags]
public enum NotifyBy
{
    None = 0,
    Email = 1,
    Sms = 2,
}

/// <summary>
/// One row of the control slip (R13): who gave, who received, when, at which step, what was done,
/// why, with which documents, and whether the hand-over was early, on time or late.
/// </summary>
public sealed record HistoryEntry(
    int Sequence,
    DateTimeOffset At,
    DossierAction Action,
    DossierState From,
    DossierState To,
    Actor By,
    string ReceivedBy,
    int? Step,
    string? Reason,
    IReadOnlyList<string> Documents,
    Timeliness? HandOver)
{
    /// <summary>For loading from storage.</summary>
    HistoryEntry() : this(0, default, default, default, default, null!, null!, null, null, [], null)
    {
    }

    /// <summary>The day by which the receiving side must answer in writing: an urge notice's reply deadline (R35).</summary>
    public DateOnly? ReplyBy { get; init; }
}

/// <summary>An opinion asked of another agency, with its own reply deadline (R19).</summary>
public sealed record Consultation(string AgencyId, DateTimeOffset AskedAt, DateTimeOffset ReplyBy, string Question)
{
    public DateTimeOffset? AnsweredAt { get; init; }
    public string? Answer { get; init; }
    public bool Declined { get; init; }
    /// <summary>Closed without an answer: late, and the lead agency or the Center resolved it (R19).</summary>
    public bool Unanswered { get; init; }
    public bool IsOpen => AnsweredAt is null;
    public bool IsLate(DateTimeOffset now) => (AnsweredAt ?? now) > ReplyBy;
}

/// <summary>The list of items and the reason of a supplement request (R15, Mẫu 02).</summary>
public sealed record SupplementRequest(DateTimeOffset RequestedAt, IReadOnlyList<string> Items, string Reason, int Step)
{
    public DateTimeOffset? NotifiedAt { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }
}

/// <summary>An apology with a new date, drafted by the processor and approved by the leader (R18).</summary>
public sealed record ApologyDraft(DateTimeOffset DraftedAt, string DraftedBy, string Reason, DateTimeOffset NewDue);

public enum ResultKind
{
    /// <summary>The procedure's result was issued (a licence, a certificate...).</summary>
    Granted,
    /// <summary>A refusal with reasons, entered as the result (R17).</summary>
    Refused,
}

/// <summary>The result the agency issued (R22) or the refusal (R17).</summary>
public sealed record DossierResult(ResultKind Kind, string Description, DateTimeOffset IssuedAt, string IssuedBy, bool Early);

/// <summary>How and to whom the result went out (R24).</summary>
public sealed record ResultReturn(Channel Channel, DateTimeOffset At, string CollectedBy, string? TrackingNumber);

public enum IncidentKind
{
    Lost,
    Damaged,
    WrongResult,
}

/// <summary>A lost or damaged dossier or a wrong result, with who is responsible and what was done (R20).</summary>
public sealed record Incident(IncidentKind Kind, DateTimeOffset At, string Description, string ResponsibleParty, string ActionTaken, string RecordedBy);
