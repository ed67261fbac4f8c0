using MotCua.Domain.Catalog;
using MotCua.Domain.Fees;

namespace MotCua.Domain.Dossiers;

/// <summary>What can be done to an existing dossier: each is one method of <see cref="Dossier"/>.</summary>
public enum DossierCommand
{
    ReceiveOnline,
    AskToCompleteOnline,
    RefuseOnline,
    Withdraw,
    Transfer,
    Forward,
    Approve,
    SendBack,
    Recall,
    RequestSupplement,
    NotifySupplement,
    Resubmit,
    CloseUnsupplemented,
    Consult,
    AnswerConsultation,
    ResolveLateConsultation,
    ProposeApology,
    ApproveApology,
    Refuse,
    RecordResult,
    ResolveOnTheSpot,
    HandToReturnDesk,
    ReturnResult,
    InviteEarlyCollection,
    ExplainOverdue,
    Stop,
    RecordIncident,
    Digitize,
    AttachResultFile,
    CollectFees,
    CancelReceipt,
    RefundFees,
    Urge,
    AnswerUrge,
    RecordCourierHandOver,
}

/// <summary>One command and whether the actor may take it now: null when allowed, else the rule that holds it back.</summary>
public sealed record Permission(DossierCommand Command, BrokenRule? Refused)
{
    public bool Allowed => Refused is null;
}

public sealed partial class Dossier
{
    /// <summary>
    /// May <paramref name="by"/> take <paramref name="command"/> now? Null when yes, else the broken
    /// rule. This is the one place the conditions of each action live: the action methods ask it
    /// first, then check only what the caller typed (reasons, items, dates), so a page or an endpoint
    /// that offers what this allows never leads to a refusal for who, when or in which state.
    /// </summary>
    public BrokenRule? Refusal(DossierCommand command, Actor by, DateTimeOffset at, Locality locality) => Check(command, by, at, locality);

    /// <summary>Every command with its answer for this actor now: the actions a page or a client offers, and why the others are held back.</summary>
    public IReadOnlyList<Permission> Permissions(Actor by, DateTimeOffset at, Locality locality) =>
        Enum.GetValues<DossierCommand>().Select(c => new Permission(c, Check(c, by, at, locality))).ToList();

    /// <summary>The checks of each command; <paramref name="locality"/> is only read by the commands whose methods take one.</summary>
    BrokenRule? Check(DossierCommand command, Actor by, DateTimeOffset at, Locality? locality)
    {
        EnsureAfterLast(at);
        return command switch
        {
            DossierCommand.ReceiveOnline => Guard(DossierAction.Receive, by, [DossierState.Submitted], [Role.Reception], CenterId),
            DossierCommand.AskToCompleteOnline => Guard(DossierAction.IssueCompletionSlip, by, [DossierState.Submitted], [Role.Reception], CenterId),
            DossierCommand.RefuseOnline => Guard(DossierAction.RefuseAtCounter, by, [DossierState.Submitted], [Role.Reception], CenterId),
            DossierCommand.Withdraw => Guard(DossierAction.Withdraw, by, [DossierState.Submitted], [Role.Applicant], unitId: null),
            DossierCommand.Transfer => Guard(DossierAction.Transfer, by, [DossierState.Received], [Role.Reception, Role.CenterStaff], CenterId)
                ?? (Unpaid(FeeTiming.BeforeProcessing) ? FeeRules.FeesNotPaid : null),
            DossierCommand.Forward => GuardStep(DossierAction.Forward, WorkflowAction.Forward, by) ?? (IsLastStep ? DossierRules.LastStep : null),
            DossierCommand.Approve => GuardStep(DossierAction.Forward, WorkflowAction.Approve, by) ?? (IsLastStep ? DossierRules.LastStep : null),
            DossierCommand.SendBack => GuardStep(DossierAction.SendBack, WorkflowAction.SendBack, by) ?? (Step == 0 ? DossierRules.FirstStep : null),
            DossierCommand.Recall => RecallRefusal(by),
            DossierCommand.RequestSupplement => GuardStep(DossierAction.RequestSupplement, WorkflowAction.RequestSupplement, by)
                ?? (SupplementDeadline(locality!) is { } deadline && at > deadline ? DossierRules.SupplementTooLate(deadline) : null),
            DossierCommand.NotifySupplement => Guard(DossierAction.NotifySupplement, by, [DossierState.SupplementRequested], [Role.Reception, Role.CenterStaff], CenterId),
            DossierCommand.Resubmit => Guard(DossierAction.Resubmit, by, [DossierState.WaitingForApplicant], [Role.Reception, Role.Applicant],
                by.Role == Role.Applicant ? null : CenterId),
            DossierCommand.CloseUnsupplemented => Guard(DossierAction.CloseUnsupplemented, by, [DossierState.WaitingForApplicant], [Role.CenterStaff, Role.Reception], CenterId)
                ?? ClosureRefusal(at, locality!),
            DossierCommand.Consult => GuardStep(DossierAction.Consult, WorkflowAction.Consult, by),
            DossierCommand.AnswerConsultation => Guard(DossierAction.AnswerConsultation, by, [DossierState.Consulting], [Role.Processor, Role.AgencyLeader], unitId: null)
                ?? (_consultations.Any(c => c.IsOpen && c.AgencyId == by.UnitId) ? null : DossierRules.NotConsulted),
            DossierCommand.ResolveLateConsultation => Guard(DossierAction.ResolveLateConsultation, by, [DossierState.Consulting],
                    [Role.Processor, Role.AgencyLeader, Role.CenterStaff, Role.CenterDirector], by.Role is Role.CenterStaff or Role.CenterDirector ? CenterId : AgencyId)
                ?? (_consultations.Any(c => c.IsOpen && c.IsLate(at)) ? null
                    : DossierRules.ConsultationNotLate(_consultations.Where(c => c.IsOpen).Min(c => c.ReplyBy))),
            DossierCommand.ProposeApology => Guard(DossierAction.ProposeApology, by, [DossierState.InProcessing, DossierState.Consulting], [Role.Processor], AgencyId)
                ?? ApologyRefusal(at, locality!),
            DossierCommand.ApproveApology => Guard(DossierAction.ApproveApology, by, [DossierState.InProcessing, DossierState.Consulting], [Role.AgencyLeader], AgencyId)
                ?? (ApologyDraft is { } draft ? ApologyRefusal(at, locality!) ?? (draft.NewDue <= Due!.Value ? DossierRules.NewDateNotLater : null) : DossierRules.NoApologyDraft),
            DossierCommand.Refuse => GuardStep(DossierAction.Refuse, WorkflowAction.Refuse, by) ?? (at > Due!.Value ? DossierRules.RefusalAfterDue(Due.Value) : null),
            DossierCommand.RecordResult => GuardStep(DossierAction.RecordResult, WorkflowAction.RecordResult, by),
            DossierCommand.ResolveOnTheSpot => Guard(DossierAction.ResolveOnTheSpot, by, [DossierState.Received], [Role.Reception], CenterId)
                ?? OnTheSpotRefusal(Version, locality!)
                ?? (Unpaid(FeeTiming.BeforeProcessing) ? FeeRules.FeesNotPaid : null),
            DossierCommand.HandToReturnDesk => Guard(DossierAction.HandToReturnDesk, by, [DossierState.ResultReady], [Role.Processor, Role.AgencyLeader, Role.Courier], AgencyId),
            DossierCommand.ReturnResult => Guard(DossierAction.Return, by, [DossierState.AtReturnDesk], [Role.Reception], CenterId)
                ?? (FeesDueNow is not null ? FeeRules.FeesOutstanding : null),
            DossierCommand.InviteEarlyCollection => Guard(DossierAction.InviteEarlyCollection, by, [DossierState.AtReturnDesk], [Role.Reception, Role.CenterStaff], CenterId)
                ?? (!CanCollectEarly(at, locality!) ? DossierRules.NotEarly
                    : _history.Any(h => h.Action == DossierAction.InviteEarlyCollection) ? DossierRules.AlreadyInvited : null),
            DossierCommand.ExplainOverdue => Guard(DossierAction.ExplainOverdue, by, AnyState, [Role.Processor, Role.AgencyLeader], AgencyId)
                ?? (!IsOverdue(at) ? DossierRules.NotOverdue : OverdueExplanation is not null ? DossierRules.AlreadyExplained : null),
            DossierCommand.Stop => StopRefusal(by),
            DossierCommand.RecordIncident => by.Role is Role.Applicant ? DossierRules.RoleNotAllowed(DossierAction.RecordIncident, by.Role)
                : by.Role != Role.System && by.UnitId != CenterId && by.UnitId != AgencyId ? DossierRules.NotYourUnit(DossierAction.RecordIncident)
                : null,
            DossierCommand.Digitize => Guard(DossierAction.Digitize, by, PaperAtHand, [Role.Reception, Role.CenterStaff], CenterId),
            DossierCommand.AttachResultFile => Guard(DossierAction.AttachResultFile, by, [DossierState.ResultReady, DossierState.AtReturnDesk],
                [Role.Processor, Role.AgencyLeader], AgencyId),
            DossierCommand.CollectFees => CollectRefusal(by, locality!),
            DossierCommand.CancelReceipt => ReceiptCorrectionRefusal(DossierAction.CancelReceipt, by),
            DossierCommand.RefundFees => ReceiptCorrectionRefusal(DossierAction.RefundFees, by),
            DossierCommand.Urge => Guard(DossierAction.Urge, by, UrgedStates, [Role.CenterStaff, Role.CenterDirector], CenterId)
                ?? (OpenUrge is { ReplyBy: { } replyBy } && locality!.Calendar.LocalDate(at) <= replyBy ? DossierRules.AlreadyUrged(replyBy) : null),
            DossierCommand.AnswerUrge => Guard(DossierAction.AnswerUrge, by, AnyState, [Role.Processor, Role.AgencyLeader], AgencyId)
                ?? (OpenUrge is null ? DossierRules.NotUrged : null),
            DossierCommand.RecordCourierHandOver => Guard(DossierAction.CourierHandOver, by, CarriedOnPaper,
                [Role.Processor, Role.AgencyLeader, Role.Reception, Role.CenterStaff, Role.Courier], by.Role is Role.Processor or Role.AgencyLeader ? AgencyId : CenterId),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command, null),
        };
    }

    static readonly DossierState[] AnyState = Enum.GetValues<DossierState>();

    bool IsLastStep => Step is { } step && step + 1 >= Version.Workflow.Count;

    BrokenRule? RecallRefusal(Actor by)
    {
        var last = _history[^1];
        return last.Action is DossierAction.Transfer or DossierAction.Forward && last.By.Id == by.Id && State == DossierState.InProcessing
            ? null
            : DossierRules.NothingToRecall;
    }

    BrokenRule? StopRefusal(Actor by)
    {
        if (!State.IsBeforeDecision())
            return State.IsFinal() || State is DossierState.ResultReady or DossierState.AtReturnDesk
                ? DossierRules.StopAfterDecision
                : DossierRules.NotInState(DossierAction.Stop, State);
        return Guard(DossierAction.Stop, by, [State], [Role.Reception, Role.CenterStaff, Role.Applicant], by.Role == Role.Applicant ? null : CenterId);
    }

    BrokenRule? ClosureRefusal(DateTimeOffset at, Locality locality)
    {
        if (ClosesUnsupplementedAt(locality) is not { } closesAt)
            return DossierRules.ClosureNotInProfile;
        return at < closesAt ? DossierRules.ClosureTooEarly(closesAt) : null;
    }

    /// <summary>Once per dossier, no later than the end of the working day before the due day (R18, R46).</summary>
    BrokenRule? ApologyRefusal(DateTimeOffset at, Locality locality)
    {
        if (Clock!.Extension is not null)
            return DossierRules.SecondApology;
        var deadline = TimelinessRules.ApologyDeadline(Due!.Value, locality.Calendar);
        return at > deadline ? DossierRules.ApologyTooLate(deadline) : null;
    }

    /// <summary>Checks an action of the current workflow step: the dossier is in processing, the step allows it, the actor has the step's role in the unit that acts at it.</summary>
    BrokenRule? GuardStep(DossierAction action, WorkflowAction stepAction, Actor by) =>
        Guard(action, by, [DossierState.InProcessing], [CurrentStep?.Role ?? Role.Processor], UnitFor(CurrentStep?.Role))
        ?? (CurrentStep!.Actions.Contains(stepAction) ? null : DossierRules.StepForbids(action, CurrentStep));

    string UnitFor(Role? role) => role is Role.Reception or Role.CenterStaff or Role.CenterDirector ? CenterId : AgencyId;

    /// <summary>The checks every action shares: the state allows it, the actor's role may take it, the actor belongs to the unit that holds the dossier (null: any unit).</summary>
    BrokenRule? Guard(DossierAction action, Actor by, DossierState[] states, Role[] roles, string? unitId)
    {
        if (!states.Contains(State))
            return DossierRules.NotInState(action, State);
        if (by.Role != Role.System && !roles.Contains(by.Role))
            return DossierRules.RoleNotAllowed(action, by.Role);
        if (by.Role != Role.System && unitId is not null && by.UnitId != unitId)
            return DossierRules.NotYourUnit(action);
        return null;
    }

    /// <summary>What the caller typed: every text the action records must be given (R13).</summary>
    static BrokenRule? Required(DossierAction action, params string?[] texts) =>
        texts.Any(string.IsNullOrWhiteSpace) ? DossierRules.ReasonRequired(action) : null;
}
