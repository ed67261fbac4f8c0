using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;

namespace MotCua.Data.Notifications;

public enum MessageChannel
{
    Email,
    Sms,
}

public enum OutboxStatus
{
    /// <summary>Waiting for its not-before time or for a retry.</summary>
    Pending,
    /// <summary>Claimed by a sender until its lease ends; handed to the server only after the claim is saved.</summary>
    Sending,
    Sent,
    /// <summary>Failed too many times; an administrator may send it again.</summary>
    Dead,
}

/// <summary>
/// A message to a person, written in the same transaction as the history row that caused it and
/// sent later by the outbox sender (ADR 0008). <see cref="Key"/> makes each event's message unique.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; init; }
    public required string Key { get; init; }
    public required MessageChannel Channel { get; init; }
    public required string To { get; init; }
    public string? Subject { get; init; }
    public required string Body { get; init; }
    public DossierCode? DossierCode { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    /// <summary>Not sent before this instant: a retry's backoff, or the next working hour for people.</summary>
    public required DateTimeOffset NotBefore { get; set; }
    public OutboxStatus Status { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public string? LeaseOwner { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
    public DateTimeOffset? SentAt { get; set; }
}

/// <summary>An in-app notice to the officers of one unit (the bell in the layout), optionally only to one role or one officer.</summary>
public sealed class OfficerNotification
{
    public long Id { get; init; }
    public required string Key { get; init; }
    public required string UnitId { get; init; }
    public string? Role { get; init; }
    /// <summary>The one officer it is addressed to by name (an agency's feedback leader, R64); null for the whole unit or role.</summary>
    public string? OfficerId { get; init; }
    public DossierCode? DossierCode { get; init; }
    public required string Text { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? ReadAt { get; set; }
}

public enum AlertKind
{
    /// <summary>A configured share of the step's or the dossier's working time is used up.</summary>
    DueSoon,
    /// <summary>One working day before the legal due date: the last day to issue an apology (R46).</summary>
    ApologyWindowClosing,
    Overdue,
    /// <summary>An escalation rule fired (see <see cref="DeadlineAlert.Rule"/>).</summary>
    Escalated,
    /// <summary>A consulted agency let its reply deadline pass (R19): the lead agency and the Center are told.</summary>
    ConsultationLate,
}

/// <summary>
/// A deadline alert raised by the watch. Its key (dossier, step, kind, rule) is the primary key, so a
/// second node or a second run cannot raise it twice.
/// </summary>
public sealed class DeadlineAlert
{
    public required string Key { get; init; }
    public required DossierCode DossierCode { get; init; }
    public int? Step { get; init; }
    public required AlertKind Kind { get; init; }
    public string? Rule { get; init; }
    public required string Text { get; init; }
    public required DateTimeOffset RaisedAt { get; init; }
}

/// <summary>A named lease: the node whose row is current runs the job (PostgreSQL, several nodes).</summary>
public sealed class JobLease
{
    public required string Name { get; init; }
    public required string Owner { get; set; }
    public required DateTimeOffset ExpiresAt { get; set; }
}

/// <summary>What an applicant is told: one event derived from a history row.</summary>
public enum ApplicantEvent
{
    Received,
    SupplementRequested,
    SupplementReceived,
    Refused,
    Apology,
    ResultReady,
    ReadyEarly,
    Returned,
    Closed,
    Stopped,
}

public static class ApplicantEvents
{
    /// <summary>The event a history row means for the applicant; null when the applicant need not hear of it.</summary>
    public static ApplicantEvent? For(HistoryEntry entry, Dossier dossier) => entry.Action switch
    {
        DossierAction.Receive => ApplicantEvent.Received,
        DossierAction.IssueCompletionSlip or DossierAction.NotifySupplement => ApplicantEvent.SupplementRequested,
        DossierAction.Resubmit => ApplicantEvent.SupplementReceived,
        DossierAction.Refuse or DossierAction.RefuseAtCounter => ApplicantEvent.Refused,
        DossierAction.ApproveApology => ApplicantEvent.Apology,
        // R24: a result ready before the due day lets the applicant come early.
        DossierAction.HandToReturnDesk when dossier.Result is { Kind: ResultKind.Granted } result =>
            result.Early ? ApplicantEvent.ReadyEarly : ApplicantEvent.ResultReady,
        // An on-the-spot result (R10) is handed over at once: the return that follows tells the applicant.
        DossierAction.Return => ApplicantEvent.Returned,
        DossierAction.CloseUnsupplemented or DossierAction.Withdraw => ApplicantEvent.Closed,
        DossierAction.Stop => ApplicantEvent.Stopped,
        _ => null,
    };
}
