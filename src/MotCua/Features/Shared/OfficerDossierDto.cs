using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Time;

namespace MotCua.Features.Shared;

public sealed record ConsultationDto(string AgencyId, DateTimeOffset AskedAt, DateTimeOffset ReplyBy, string Question,
    DateTimeOffset? AnsweredAt, string? Answer, bool Declined, bool Unanswered, bool Late);
public sealed record SupplementDto(DateTimeOffset RequestedAt, IReadOnlyList<string> Items, string Reason, DateTimeOffset? NotifiedAt, DateTimeOffset? CompletedAt);
public sealed record HistoryDto(int Sequence, DateTimeOffset At, string Action, string ActionName, string State, string By, string? Reason, IReadOnlyList<string> Documents);

/// <summary>A command the officer may not take now for a reason of time or content, with the rule (as the page shows it greyed).</summary>
public sealed record HeldBackDto(string Command, string Rule, string RuleName, string Message);

/// <summary>
/// A dossier as an officer sees it through the API: its state, clock, exception paths, control slip,
/// and the commands the aggregate allows this officer now (<see cref="Allowed"/>) or holds back (<see cref="HeldBack"/>).
/// </summary>
public sealed record OfficerDossierDto(
    string Code,
    string ProcedureCode,
    string ProcedureName,
    string AgencyId,
    string ApplicantName,
    string State,
    string StateName,
    int? Step,
    string? StepName,
    DateTimeOffset? StepDue,
    DateTimeOffset? Due,
    DateTimeOffset? OriginalDue,
    DateTimeOffset? ExtendedFrom,
    DateTimeOffset? SupplementDeadline,
    DateTimeOffset? ClosesUnsupplementedAt,
    string? ApologyDraftReason,
    DateTimeOffset? ApologyDraftNewDue,
    string? Result,
    string? ResultDescription,
    bool? ResultEarly,
    string? ReturnChannel,
    string? TrackingNumber,
    bool Overdue,
    string? OverdueExplanation,
    IReadOnlyList<string> Allowed,
    IReadOnlyList<HeldBackDto> HeldBack,
    IReadOnlyList<SupplementDto> Supplements,
    IReadOnlyList<ConsultationDto> Consultations,
    IReadOnlyList<HistoryDto> History,
    string FeeCollector,
    string? FeesDue,
    IReadOnlyList<PaymentDto> Payments)
{
    public static OfficerDossierDto From(Dossier d, Actor officer, Locality locality, DateTimeOffset now)
    {
        var calendar = locality.Calendar;
        var permissions = d.Permissions(officer, now, locality);
        return new OfficerDossierDto(
            d.Code.ToString(), d.Procedure.Code, d.Procedure.Name, d.AgencyId, d.Applicant.Name, d.State.ToString(), d.State.Vietnamese(),
            d.Step, d.CurrentStep?.Name, Local(calendar, d.StepDue),
            Local(calendar, d.Due), Local(calendar, d.OriginalDue), Local(calendar, d.Clock?.Extension?.PreviousDue),
            Local(calendar, d.SupplementDeadline(locality)), Local(calendar, d.ClosesUnsupplementedAt(locality)),
            d.ApologyDraft?.Reason, Local(calendar, d.ApologyDraft?.NewDue),
            d.Result?.Kind.ToString(), d.Result?.Description, d.Result?.Early,
            d.Return?.Channel.ToString(), d.Return?.TrackingNumber,
            d.IsOverdue(now), d.OverdueExplanation?.Reason,
            permissions.Where(p => p.Allowed).Select(p => p.Command.ToString()).ToList(),
            permissions.Where(p => p.Refused is { } rule && !rule.IsAboutWho())
                .Select(p => new HeldBackDto(p.Command.ToString(), p.Refused!.RuleId, p.Refused.Name, p.Refused.Message)).ToList(),
            d.Supplements.Select(s => new SupplementDto(calendar.ToLocal(s.RequestedAt), s.Items, s.Reason, Local(calendar, s.NotifiedAt), Local(calendar, s.CompletedAt))).ToList(),
            d.Consultations.Select(c => new ConsultationDto(c.AgencyId, calendar.ToLocal(c.AskedAt), calendar.ToLocal(c.ReplyBy), c.Question,
                Local(calendar, c.AnsweredAt), c.Answer, c.Declined, c.Unanswered, c.IsLate(now))).ToList(),
            d.History.OrderBy(h => h.Sequence).Select(h => new HistoryDto(h.Sequence, calendar.ToLocal(h.At), h.Action.ToString(), h.Action.Vietnamese(),
                h.To.ToString(), h.By.Name, h.Reason, h.Documents)).ToList(),
            d.FeeCollector.ToString(), d.FeesDueNow?.ToString(),
            d.Payments.Select(p => new PaymentDto(p.ReceiptId, p.Timing.ToString(), p.Total, p.Method.ToString(), calendar.ToLocal(p.At), p.CollectedBy,
                Local(calendar, p.CancelledAt), p.Refunded)).ToList());
    }

    public static DateTimeOffset? Local(WorkingCalendar calendar, DateTimeOffset? instant) => instant is { } i ? calendar.ToLocal(i) : null;
}

/// <summary>One collection on the dossier: the receipt it issued (none when exempt), the stage it settles, how much and how (R29).</summary>
public sealed record PaymentDto(Guid? ReceiptId, string Timing, long Total, string Method, DateTimeOffset At, string CollectedBy, DateTimeOffset? CancelledAt, long Refunded);
