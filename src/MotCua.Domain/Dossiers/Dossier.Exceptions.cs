namespace MotCua.Domain.Dossiers;

public sealed partial class Dossier
{
    // ---- Supplement (R15, R16) ----

    /// <summary>The last moment the agency may ask for a supplement: the profile's limit after (re)reception (R15).</summary>
    public DateTimeOffset? SupplementDeadline(Locality locality) =>
        Clock is null ? null : locality.Profile.SupplementRequestLimit.DueFrom(Clock.CountingSince, locality.Calendar, locality.Profile.DueCounting);

    /// <summary>
    /// After appraisal the agency returns the dossier to the Center with the items to complete and the
    /// reason, only within the profile's limit after reception (R15). The clock pauses.
    /// </summary>
    public Outcome RequestSupplement(IReadOnlyList<string> items, string reason, Actor by, DateTimeOffset at, Locality locality)
    {
        if ((Check(DossierCommand.RequestSupplement, by, at, locality) ?? Required(DossierAction.RequestSupplement, reason)) is { } broken)
            return broken;
        if (items.Count == 0 || items.Any(string.IsNullOrWhiteSpace))
            return DossierRules.SupplementItemsRequired;
        var handOver = HandOverTimeliness(at, locality);
        _supplements.Add(new SupplementRequest(at, items, reason, Step!.Value));
        Clock!.Pause(at);
        Due = StepDue = null;
        Append(at, DossierAction.RequestSupplement, DossierState.SupplementRequested, by, "Bộ phận tiếp nhận và trả kết quả",
            step: Step, reason: reason, documents: items, handOver: handOver);
        return Outcome.Ok;
    }

    /// <summary>The Center sends the supplement notice (Mẫu 02) to the applicant; the waiting time of R16 starts.</summary>
    public Outcome NotifySupplement(Actor by, DateTimeOffset at)
    {
        if (Check(DossierCommand.NotifySupplement, by, at, locality: null) is { } broken)
            return broken;
        _supplements[^1] = _supplements[^1] with { NotifiedAt = at };
        Append(at, DossierAction.NotifySupplement, DossierState.WaitingForApplicant, by, Applicant.Name, documents: ["Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ"]);
        return Outcome.Ok;
    }

    /// <summary>
    /// The complete dossier arrives, at the counter or online: the clock restarts from zero (R15)
    /// and the dossier goes back to the step that asked.
    /// </summary>
    public Outcome Resubmit(IReadOnlyList<SubmittedComponent> components, Actor by, DateTimeOffset at, Locality locality)
    {
        if (Check(DossierCommand.Resubmit, by, at, locality) is { } broken)
            return broken;
        if (components.Any(c => Version.Components.All(p => p.Name != c.Name)))
            return DossierRules.ComponentNotPublished;
        var request = _supplements[^1];
        _supplements[^1] = request with { CompletedAt = at };
        Components = Components.Where(c => components.All(n => n.Name != c.Name)).Concat(components).ToList();
        Clock!.Restart(locality.Calendar.ReceptionInstant(at, Version.DailyCutOff));
        Due = Clock.CurrentDue(locality.Calendar);
        EnterStep(request.Step, at, locality);
        Append(at, DossierAction.Resubmit, DossierState.InProcessing, by, Receiver(request.Step),
            documents: components.Select(c => c.Name).ToList());
        return Outcome.Ok;
    }

    /// <summary>When a dossier left waiting is closed (R16): the profile's time after the notice; null when the profile never closes.</summary>
    public DateTimeOffset? ClosesUnsupplementedAt(Locality locality) =>
        State == DossierState.WaitingForApplicant && locality.Profile.CloseUnsupplementedAfter is { } wait && _supplements[^1].NotifiedAt is { } notified
            ? wait.DueFrom(notified, locality.Calendar, locality.Profile.DueCounting)
            : null;

    /// <summary>Closes a dossier the applicant did not complete within the profile's time (R16).</summary>
    public Outcome CloseUnsupplemented(Actor by, DateTimeOffset at, Locality locality)
    {
        if (Check(DossierCommand.CloseUnsupplemented, by, at, locality) is { } broken)
            return broken;
        ClosingReason = "Người nộp không bổ sung hồ sơ trong thời hạn.";
        Clock!.Stop(at);
        FinishedAt = at;
        Append(at, DossierAction.CloseUnsupplemented, DossierState.ClosedUnsupplemented, by, Applicant.Name, reason: ClosingReason);
        return Outcome.Ok;
    }

    // ---- Consultation (R19) ----

    /// <summary>The lead agency asks other agencies for an opinion, each with a reply deadline (R19).</summary>
    public Outcome Consult(IReadOnlyList<string> agencyIds, string question, DateTimeOffset replyBy, Actor by, DateTimeOffset at, Locality locality)
    {
        if ((Check(DossierCommand.Consult, by, at, locality) ?? Required(DossierAction.Consult, question)) is { } broken)
            return broken;
        if (agencyIds.Count == 0 || agencyIds.Contains(AgencyId))
            return DossierRules.ConsultLeadAgencyOnly;
        if (replyBy <= at)
            return DossierRules.ReplyByInPast;
        foreach (var agency in agencyIds.Distinct())
            _consultations.Add(new Consultation(agency, at, replyBy, question));
        ConsultedAgencyIds = [.. ConsultedAgencyIds.Union(agencyIds)];
        Append(at, DossierAction.Consult, DossierState.Consulting, by, string.Join(", ", agencyIds), step: Step, reason: question,
            handOver: HandOverTimeliness(at, locality));
        return Outcome.Ok;
    }

    /// <summary>A consulted agency answers in writing, or declines when the matter is outside its remit (R19).</summary>
    public Outcome AnswerConsultation(string answer, bool declined, Actor by, DateTimeOffset at, Locality locality)
    {
        if ((Check(DossierCommand.AnswerConsultation, by, at, locality) ?? Required(DossierAction.AnswerConsultation, answer)) is { } broken)
            return broken;
        var index = _consultations.FindIndex(c => c.IsOpen && c.AgencyId == by.UnitId);
        var consultation = _consultations[index];
        _consultations[index] = consultation with { AnsweredAt = at, Answer = answer, Declined = declined };
        var to = _consultations.Any(c => c.IsOpen) ? DossierState.Consulting : DossierState.InProcessing;
        Append(at, DossierAction.AnswerConsultation, to, by, AgencyId, step: Step, reason: declined ? "Từ chối cho ý kiến (ngoài thẩm quyền)" : null,
            documents: [answer], handOver: TimelinessRules.Classify(at, consultation.ReplyBy, locality.Calendar));
        return Outcome.Ok;
    }

    /// <summary>
    /// A consulted agency did not answer by its deadline: the lead agency or the Center records the
    /// resolution they propose (proceed without the opinion, or escalate to the authority above) and
    /// the consultation is closed, so the dossier does not wait for ever (R19). Only once it is late.
    /// </summary>
    public Outcome ResolveLateConsultation(string agencyId, string resolution, Actor by, DateTimeOffset at)
    {
        if ((Check(DossierCommand.ResolveLateConsultation, by, at, locality: null) ?? Required(DossierAction.ResolveLateConsultation, resolution)) is { } broken)
            return broken;
        var index = _consultations.FindIndex(c => c.IsOpen && c.AgencyId == agencyId);
        if (index < 0)
            return DossierRules.NotConsulted;
        if (!_consultations[index].IsLate(at))
            return DossierRules.ConsultationNotLate(_consultations[index].ReplyBy);
        _consultations[index] = _consultations[index] with { AnsweredAt = at, Answer = resolution, Unanswered = true };
        var to = _consultations.Any(c => c.IsOpen) ? DossierState.Consulting : DossierState.InProcessing;
        Append(at, DossierAction.ResolveLateConsultation, to, by, agencyId, step: Step, reason: resolution, handOver: Dossiers.Timeliness.Late);
        return Outcome.Ok;
    }

    /// <summary>Consultations past their reply deadline and still unanswered, or answered late (R19).</summary>
    public IEnumerable<Consultation> LateConsultations(DateTimeOffset now) => _consultations.Where(c => c.IsLate(now));

    // ---- Apology and new date (R18, R46) ----

    /// <summary>
    /// The processor drafts the apology with the reason and the new date; the leader approves it.
    /// Once per dossier, no later than the end of the working day before the due day, the new date
    /// after the old one (R18, R46).
    /// </summary>
    public Outcome ProposeApology(string reason, DateTimeOffset newDue, Actor by, DateTimeOffset at, Locality locality)
    {
        if ((Check(DossierCommand.ProposeApology, by, at, locality) ?? Required(DossierAction.ProposeApology, reason)) is { } broken)
            return broken;
        if (newDue <= Due!.Value)
            return DossierRules.NewDateNotLater;
        ApologyDraft = new ApologyDraft(at, by.Name, reason, newDue);
        Append(at, DossierAction.ProposeApology, State, by, "Lãnh đạo cơ quan", step: Step, reason: reason);
        return Outcome.Ok;
    }

    public Outcome ApproveApology(Actor by, DateTimeOffset at, Locality locality)
    {
        if (Check(DossierCommand.ApproveApology, by, at, locality) is { } broken)
            return broken;
        var draft = ApologyDraft!;
        Clock!.Extend(new Extension(Due!.Value, draft.NewDue, at, draft.Reason));
        Due = draft.NewDue;
        ApologyDraft = null;
        Append(at, DossierAction.ApproveApology, State, by, "Trung tâm Phục vụ hành chính công; người nộp hồ sơ", step: Step, reason: draft.Reason,
            documents: ["Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết"]);
        return Outcome.Ok;
    }

    // ---- Stop, incidents, calendar changes ----

    /// <summary>The applicant asks to stop: only before a decision or result notice is issued (NĐ 118 Art. 21; Mẫu 05).</summary>
    public Outcome Stop(string reason, Actor by, DateTimeOffset at)
    {
        if ((Check(DossierCommand.Stop, by, at, locality: null) ?? Required(DossierAction.Stop, reason)) is { } broken)
            return broken;
        ClosingReason = reason;
        Clock?.Stop(at);
        FinishedAt = at;
        (Step, StepDue, StepEnteredAt) = (null, null, null);
        Due = null;
        Append(at, DossierAction.Stop, DossierState.Stopped, by, Applicant.Name, reason: reason, documents: ["Thông báo dừng giải quyết hồ sơ"]);
        return Outcome.Ok;
    }

    /// <summary>Records a lost or damaged dossier or a wrong result with the responsible party and what was done (R20).</summary>
    public Outcome RecordIncident(IncidentKind kind, string description, string responsibleParty, string actionTaken, Actor by, DateTimeOffset at)
    {
        if (Check(DossierCommand.RecordIncident, by, at, locality: null) is { } broken)
            return broken;
        if (new[] { description, responsibleParty, actionTaken }.Any(string.IsNullOrWhiteSpace))
            return DossierRules.IncidentIncomplete;
        _incidents.Add(new Incident(kind, at, description, responsibleParty, actionTaken, by.Name));
        Append(at, DossierAction.RecordIncident, State, by, responsibleParty, step: Step, reason: description, documents: [actionTaken]);
        return Outcome.Ok;
    }

    /// <summary>
    /// The due dates this dossier would have under <paramref name="locality"/>'s calendar (R48): the
    /// legal due date (unless the agency fixed a new date by apology) and the step's own; null when
    /// neither would move or the dossier no longer runs a clock. Nothing changes: a preview of a
    /// calendar change shows exactly what <see cref="RecomputeDue"/> then applies.
    /// </summary>
    public DueChange? DueChangeUnder(Locality locality)
    {
        if (Clock is null || State.IsFinal() || State is DossierState.ResultReady or DossierState.AtReturnDesk)
            return null;
        var due = Clock.CurrentDue(locality.Calendar);
        var stepDue = Step is { } step && StepEnteredAt is { } entered
            ? Version.Workflow[step].Budget.DueFrom(locality.Calendar.NextWorkingInstant(entered), locality.Calendar, locality.Profile.DueCounting)
            : StepDue;
        return due == Due && stepDue == StepDue ? null : new DueChange(Due, due, StepDue, stepDue);
    }

    /// <summary>Recomputes the due dates after the calendar changed (R48) and records the change when there is one.</summary>
    public bool RecomputeDue(Locality locality, Actor by, DateTimeOffset at)
    {
        EnsureAfterLast(at);
        if (DueChangeUnder(locality) is not { } change)
            return false;
        var reason = $"Lịch làm việc thay đổi: hạn {Show(change.OldDue)} → {Show(change.NewDue)}";
        Due = change.NewDue;
        StepDue = change.NewStepDue;
        Append(at, DossierAction.RecomputeDue, State, by, "Hệ thống", step: Step, reason: reason);
        return true;
    }

    static string Show(DateTimeOffset? instant) => instant is { } i ? VietnameseFormat.DateTime(i) : "không có";
}
