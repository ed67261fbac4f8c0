using MotCua.Domain.Catalog;

namespace MotCua.Domain.Dossiers;

public sealed partial class Dossier
{
    // ---- Transfer and the workflow's steps (R11, R14, R47) ----

    /// <summary>The Center sends the received dossier to the competent agency's first step (R11).</summary>
    public Outcome Transfer(Actor by, DateTimeOffset at, Locality locality, string? to = null)
    {
        if (Check(DossierCommand.Transfer, by, at, locality) is { } broken)
            return broken;
        EnterStep(0, at, locality);
        Append(at, DossierAction.Transfer, DossierState.InProcessing, by, to ?? Receiver(0), step: null);
        return Outcome.Ok;
    }

    /// <summary>The officer of the current step passes the dossier to the next step.</summary>
    public Outcome Forward(Actor by, DateTimeOffset at, Locality locality, string? to = null) =>
        MoveToNextStep(DossierCommand.Forward, by, at, locality, to);

    /// <summary>The leader approves (signs) and passes the dossier to the next step.</summary>
    public Outcome Approve(Actor by, DateTimeOffset at, Locality locality, string? to = null) =>
        MoveToNextStep(DossierCommand.Approve, by, at, locality, to);

    Outcome MoveToNextStep(DossierCommand command, Actor by, DateTimeOffset at, Locality locality, string? to)
    {
        if (Check(command, by, at, locality) is { } broken)
            return broken;
        var from = Step!.Value;
        var handOver = HandOverTimeliness(at, locality);
        EnterStep(from + 1, at, locality);
        Append(at, DossierAction.Forward, DossierState.InProcessing, by, to ?? Receiver(from + 1), step: from, handOver: handOver,
            reason: command == DossierCommand.Approve ? "Đã duyệt" : null);
        return Outcome.Ok;
    }

    /// <summary>Returns the dossier to the previous step, with the reason.</summary>
    public Outcome SendBack(string reason, Actor by, DateTimeOffset at, Locality locality)
    {
        if ((Check(DossierCommand.SendBack, by, at, locality) ?? Required(DossierAction.SendBack, reason)) is { } broken)
            return broken;
        var from = Step!.Value;
        var handOver = HandOverTimeliness(at, locality);
        EnterStep(from - 1, at, locality);
        Append(at, DossierAction.SendBack, DossierState.InProcessing, by, Receiver(from - 1), step: from, reason: reason, handOver: handOver);
        return Outcome.Ok;
    }

    /// <summary>
    /// The officer who just transferred or forwarded the dossier takes it back, as long as the
    /// receiver has not acted on it (thu hồi).
    /// </summary>
    public Outcome Recall(Actor by, DateTimeOffset at, Locality locality)
    {
        if (Check(DossierCommand.Recall, by, at, locality) is { } broken)
            return broken;
        var last = _history[^1];
        if (last.Step is { } step)
            EnterStep(step, at, locality);
        else
            (Step, StepDue, StepEnteredAt) = (null, null, null);
        Append(at, DossierAction.Recall, last.From, by, last.By.Name, step: last.Step);
        return Outcome.Ok;
    }

    // ---- The result (R17, R22, R24) ----

    /// <summary>The agency records the result it issued; a result before the due day is "early" and the applicant may collect it early (R24).</summary>
    public Outcome RecordResult(string description, Actor by, DateTimeOffset at, Locality locality, IReadOnlyList<string>? documents = null)
    {
        if ((Check(DossierCommand.RecordResult, by, at, locality) ?? Required(DossierAction.RecordResult, description)) is { } broken)
            return broken;
        Finish(ResultKind.Granted, description, by, at, locality, DossierAction.RecordResult, documents ?? []);
        return Outcome.Ok;
    }

    /// <summary>The agency refuses the request with reasons, entered as the result, only within the time limit (R17).</summary>
    public Outcome Refuse(string reasons, Actor by, DateTimeOffset at, Locality locality)
    {
        if ((Check(DossierCommand.Refuse, by, at, locality) ?? Required(DossierAction.Refuse, reasons)) is { } broken)
            return broken;
        Finish(ResultKind.Refused, reasons, by, at, locality, DossierAction.Refuse, ["Phiếu từ chối giải quyết hồ sơ"]);
        return Outcome.Ok;
    }

    /// <summary>
    /// Under "5 tại chỗ" (R10) the reception officer appraises and approves at the counter, the result
    /// sealed with the agency's second seal the Center keeps (R54). The result stays at the same counter:
    /// fees due on return are collected there and the return records who took it (R24, R29).
    /// </summary>
    public Outcome ResolveOnTheSpot(string description, Actor by, DateTimeOffset at, Locality locality, string? resultNumber = null)
    {
        if ((Check(DossierCommand.ResolveOnTheSpot, by, at, locality) ?? Required(DossierAction.ResolveOnTheSpot, description)) is { } broken)
            return broken;
        Result = new DossierResult(ResultKind.Granted, description, at, by.Name, Early: false);
        Timeliness = TimelinessRules.Classify(at, Due!.Value, locality.Calendar);
        FinishedAt = at;
        Clock!.Stop(at);
        List<string> documents = string.IsNullOrWhiteSpace(resultNumber) ? [] : [$"Số kết quả: {resultNumber.Trim()}"];
        documents.Add(SecondSeal);
        // The control slip's result column (Mẫu 06) for this row: the decision against the legal due date.
        Append(at, DossierAction.ResolveOnTheSpot, DossierState.AtReturnDesk, by, "Bộ phận trả kết quả", reason: description, documents: documents, handOver: Timeliness);
        return Outcome.Ok;
    }

    /// <summary>What the control slip says sealed an on-the-spot result (R54).</summary>
    public const string SecondSeal = "Đóng dấu thứ hai của cơ quan giải quyết";

    /// <summary>Whether dossiers of <paramref name="version"/> may be resolved on the spot under <paramref name="locality"/> (R10): what the counter offers before a dossier exists, and what the action checks.</summary>
    public static BrokenRule? OnTheSpotRefusal(ProcedureVersion version, Locality locality) =>
        version.FiveOnTheSpot && locality.Profile.FiveOnTheSpot ? null : DossierRules.NotOnTheSpot;

    void Finish(ResultKind kind, string description, Actor by, DateTimeOffset at, Locality locality, DossierAction action, IReadOnlyList<string> documents)
    {
        var handOver = HandOverTimeliness(at, locality);
        Timeliness = TimelinessRules.Classify(at, Due!.Value, locality.Calendar);
        FinishedAt = at;
        Result = new DossierResult(kind, description, at, by.Name, Early: Timeliness == Dossiers.Timeliness.Early);
        Clock!.Stop(at);
        var step = Step;
        (Step, StepDue, StepEnteredAt) = (null, null, null);
        Append(at, action, DossierState.ResultReady, by, "Bộ phận trả kết quả", step: step, reason: description, documents: documents, handOver: handOver);
    }

    /// <summary>
    /// The agency hands the result to the Center's return desk (R22, R23); the hand-over is late
    /// when the profile sets a hand-over deadline before the appointment and it has passed.
    /// </summary>
    public Outcome HandToReturnDesk(Actor by, DateTimeOffset at, Locality locality)
    {
        if (Check(DossierCommand.HandToReturnDesk, by, at, locality) is { } broken)
            return broken;
        var due = Due!.Value;
        var calendar = locality.Calendar;
        // An hours-long or same-day limit names an hour even at the end of a day; otherwise only an extension to an hour does.
        var appointmentHasHour = Clock!.Limit.GivesTimedDue(Clock.Counting) || due != calendar.EndOfWorkingDay(calendar.LocalDate(due));
        var deadline = locality.Profile.ResultHandOverDeadline(due, appointmentHasHour, calendar) ?? due;
        // A limit shorter than the hand-over margin leaves no time before the appointment: the appointment itself is then the deadline.
        if (deadline <= Clock.CountingSince)
            deadline = due;
        var handOver = TimelinessRules.Classify(at, deadline, calendar);
        Append(at, DossierAction.HandToReturnDesk, DossierState.AtReturnDesk, by, "Bộ phận trả kết quả", handOver: handOver);
        return Outcome.Ok;
    }

    /// <summary>The return desk gives the result out at the counter, by post (with a tracking number) or online (R24).</summary>
    public Outcome ReturnResult(Channel channel, string collectedBy, string? trackingNumber, Actor by, DateTimeOffset at)
    {
        if ((Check(DossierCommand.ReturnResult, by, at, locality: null) ?? Required(DossierAction.Return, collectedBy)) is { } broken)
            return broken;
        if (!Version.ChannelsOut.Contains(channel))
            return DossierRules.ResultChannelNotOffered(channel);
        if (channel == Channel.Post && string.IsNullOrWhiteSpace(trackingNumber))
            return DossierRules.TrackingNumberRequired;
        Return = new ResultReturn(channel, at, collectedBy, trackingNumber);
        Append(at, DossierAction.Return, DossierState.Returned, by, collectedBy,
            documents: trackingNumber is null ? [] : [$"Mã vận đơn {trackingNumber}"]);
        return Outcome.Ok;
    }

    // ---- Shared mechanics ----

    void EnterStep(int step, DateTimeOffset at, Locality locality)
    {
        Step = step;
        StepEnteredAt = at;
        var calendar = locality.Calendar;
        StepDue = Version.Workflow[step].Budget.DueFrom(calendar.NextWorkingInstant(at), calendar, locality.Profile.DueCounting);
    }

    /// <summary>Whether the step handed over now is early, on time or late against its own due date (the control slip's result column).</summary>
    Timeliness? HandOverTimeliness(DateTimeOffset at, Locality locality) =>
        StepDue is { } due ? TimelinessRules.Classify(at, due, locality.Calendar) : null;

    string Receiver(int step)
    {
        var s = Version.Workflow[step];
        return $"Bước {step + 1}: {s.Name} ({s.Role.Vietnamese()})";
    }

    /// <summary>Time only moves forward on a dossier: an earlier instant is a fault of the caller's clock, not a user's mistake.</summary>
    void EnsureAfterLast(DateTimeOffset at)
    {
        if (_history.Count > 0 && at < _history[^1].At)
            throw new InvalidOperationException($"Thời điểm {at:O} sớm hơn thao tác trước đó trên hồ sơ {Code}.");
    }

    void Append(DateTimeOffset at, DossierAction action, DossierState to, Actor by, string receivedBy, int? step = null,
        string? reason = null, IReadOnlyList<string>? documents = null, Timeliness? handOver = null, DateOnly? replyBy = null)
    {
        EnsureAfterLast(at);
        _history.Add(new HistoryEntry(_history.Count + 1, at, action, State, to, by, receivedBy, step, reason, documents ?? [], handOver) { ReplyBy = replyBy });
        State = to;
    }
}
