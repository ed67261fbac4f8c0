using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Time;

namespace MotCua.Domain.Feedback;

/// <summary>
/// One step in a piece of feedback's life, with who took it and when (shown to officers; the public sees the step, the
/// unit and, for a forwarding, the unit it went to).
/// </summary>
public sealed record FeedbackEvent(DateTimeOffset At, string Action, string ByName, string? UnitId, string? Note = null, string? ToUnitId = null);

/// <summary>A file the sender attached, kept in the file store under its hash after its content was checked.</summary>
public sealed record FeedbackAttachment(string FileName, string ContentType, long Size, string Sha256);

/// <summary>A question put to the sender and their reply.</summary>
public sealed record InformationRequest(DateTimeOffset AskedAt, string Question, string AskedBy, DateTimeOffset? RepliedAt = null, string? Reply = null);

/// <summary>
/// A piece of feedback, a petition or a complaint (phản ánh, kiến nghị) and its handling (R33, R34, R63, R64):
/// received on a channel, routed by its topic to whoever answers it — the Center, the Center's director, or,
/// forwarded within the profile's limit, the agency that handled the dossier — answered in writing (a copy
/// to the Center is implied: the Center sees every item), published without personal data, rated by its
/// sender. Every deadline is on the working calendar (<see cref="FeedbackTimings"/>).
/// </summary>
public sealed class FeedbackItem
{
    public const int MaxCodeLength = 40;
    public const int MaxTextLength = FormText.MaxLength;
    public const int MaxSubjectLength = 200;
    public const int MaxAttachments = 5;

    readonly List<FeedbackEvent> _events = [];
    readonly List<InformationRequest> _requests = [];
    readonly List<FeedbackAttachment> _attachments = [];

    FeedbackItem()
    {
    }

    public string Code { get; private set; } = "";
    public string CenterId { get; private set; } = "";
    public FeedbackChannel Channel { get; private set; }
    public FeedbackTopic Topic { get; private set; }
    public FeedbackState State { get; private set; }
    public FeedbackSender Sender { get; private set; } = null!;
    public string Subject { get; private set; } = "";
    public string Text { get; private set; } = "";
    /// <summary>The dossier it is about, when the sender named one.</summary>
    public DossierCode? DossierCode { get; private set; }
    /// <summary>The agency it is about (an agency-handling item is forwarded there).</summary>
    public string? AgencyId { get; private set; }
    /// <summary>The unit that must answer: the Center until an agency-handling item is forwarded.</summary>
    public string AnsweringUnitId { get; private set; } = "";
    public DateTimeOffset ReceivedAt { get; private set; }
    public string ReceivedBy { get; private set; } = "";
    public DateTimeOffset? ForwardBy { get; private set; }
    public DateTimeOffset? ForwardedAt { get; private set; }
    public DateTimeOffset RefuseBy { get; private set; }
    public DateTimeOffset FirstRequestBy { get; private set; }
    public DateTimeOffset HandleBy { get; private set; }
    public string? RefusalReason { get; private set; }
    public DateTimeOffset? RefusedAt { get; private set; }
    public string? Answer { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }
    public string? AnsweredBy { get; private set; }
    public DateTimeOffset? PublishBy { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }
    /// <summary>The answer as the public reads it, personal data removed by the officer who publishes it.</summary>
    public string? PublicAnswer { get; private set; }
    /// <summary>Marked for the National Public Service Portal under a profile that publishes there (R34, Thái Nguyên).</summary>
    public bool ForNationalPortal { get; private set; }
    public AnswerVerdict? Verdict { get; private set; }
    /// <summary>The item filed on this one's answer, when the sender complained again.</summary>
    public string? ReComplaint { get; private set; }
    /// <summary>The item whose answer this one complains about.</summary>
    public string? ReComplaintOf { get; private set; }
    /// <summary>The proposal to change a regulation that aggregates it (R34), from the draft it joined on.</summary>
    public string? ProposalCode { get; private set; }

    public IReadOnlyList<FeedbackEvent> Events => _events;
    public IReadOnlyList<InformationRequest> Requests => _requests;
    public IReadOnlyList<FeedbackAttachment> Attachments => _attachments;

    /// <summary>The Center answers in its director's name: conduct of an officer, and its own management (R34, R63).</summary>
    public bool ForDirector => Topic is FeedbackTopic.OfficerConduct or FeedbackTopic.CenterManagement;

    /// <summary>Receives a piece of feedback on a channel. The sender gets its code as the receipt.</summary>
    public static Outcome<FeedbackItem> Receive(string code, string centerId, FeedbackChannel channel, FeedbackTopic topic, FeedbackSender sender,
        string subject, string text, DossierCode? dossierCode, string? agencyId, Actor by, DateTimeOffset at, Locality locality,
        IReadOnlyList<FeedbackAttachment>? attachments = null)
    {
        var allowed = channel switch
        {
            FeedbackChannel.Portal => [Role.Applicant],
            FeedbackChannel.Rating => [Role.Applicant, Role.System],
            FeedbackChannel.Officer => [Role.Reception, Role.CenterStaff, Role.CenterDirector, Role.Processor, Role.AgencyLeader],
            _ => new[] { Role.Reception, Role.CenterStaff, Role.CenterDirector },
        };
        const string action = "tiếp nhận phản ánh, kiến nghị";
        if (!allowed.Contains(by.Role))
            return FeedbackRules.RoleNotAllowed(action, by.Role);
        if (by.Role is Role.Reception or Role.CenterStaff or Role.CenterDirector && by.UnitId != centerId)
            return FeedbackRules.NotYourUnit(action);
        if (string.IsNullOrWhiteSpace(text) || string.IsNullOrWhiteSpace(subject))
            return FeedbackRules.TextRequired;
        if (topic == FeedbackTopic.AgencyHandling && string.IsNullOrWhiteSpace(agencyId))
            return FeedbackRules.AgencyRequired;
        if (attachments?.Count > MaxAttachments)
            return FeedbackRules.TooManyAttachments;
        var timings = locality.Profile.FeedbackTimings;
        var item = new FeedbackItem
        {
            Code = code,
            CenterId = centerId,
            Channel = channel,
            Topic = topic,
            State = FeedbackState.Received,
            Sender = sender,
            Subject = subject.Trim(),
            Text = text.Trim(),
            DossierCode = dossierCode,
            AgencyId = string.IsNullOrWhiteSpace(agencyId) ? null : agencyId,
            AnsweringUnitId = centerId,
            ReceivedAt = at,
            ReceivedBy = by.Name,
            RefuseBy = Due(timings.Refuse, at, locality),
            FirstRequestBy = Due(timings.FirstRequest, at, locality),
            HandleBy = Due(timings.Handle, at, locality),
        };
        item.ForwardBy = item.ForwardDeadline(locality);
        item._attachments.AddRange(attachments ?? []);
        item.Record(at, "Tiếp nhận phản ánh, kiến nghị", by, channel.Vietnamese());
        return item;
    }

    /// <summary>The Center sets what the item is about, which decides who answers (R34).</summary>
    public Outcome Classify(FeedbackTopic topic, string? agencyId, Actor by, DateTimeOffset at, Locality locality)
    {
        const string action = "phân loại phản ánh, kiến nghị";
        if (CenterGuard(action, by, FeedbackState.Received) is { } broken)
            return broken;
        if (topic == FeedbackTopic.AgencyHandling && string.IsNullOrWhiteSpace(agencyId ?? AgencyId))
            return FeedbackRules.AgencyRequired;
        if (ProposalCode is { } proposal && topic != FeedbackTopic.Regulation)
            return ProposalRules.InProposal(proposal);
        Topic = topic;
        if (!string.IsNullOrWhiteSpace(agencyId))
            AgencyId = agencyId;
        ForwardBy = ForwardDeadline(locality);
        Record(at, "Phân loại phản ánh, kiến nghị", by, topic.Vietnamese());
        return Outcome.Ok;
    }

    /// <summary>The Center forwards an item about an agency's handling to that agency, which answers it (R34).</summary>
    public Outcome Forward(Actor by, DateTimeOffset at)
    {
        const string action = "chuyển phản ánh, kiến nghị đến cơ quan";
        if (CenterGuard(action, by, FeedbackState.Received) is { } broken)
            return broken;
        if (Topic != FeedbackTopic.AgencyHandling)
            return FeedbackRules.OnlyAgencyHandlingIsForwarded;
        State = FeedbackState.Forwarded;
        AnsweringUnitId = AgencyId!;
        ForwardedAt = at;
        Record(at, "Chuyển cơ quan giải quyết", by, ForwardBy is { } due && at > due ? "Chuyển quá thời hạn" : null, to: AgencyId);
        return Outcome.Ok;
    }

    /// <summary>Whoever answers asks the sender for more; the item waits for the reply.</summary>
    public Outcome RequestInformation(string question, Actor by, DateTimeOffset at)
    {
        const string action = "đề nghị người gửi bổ sung thông tin";
        if (AnswererGuard(action, by, beforeForwarding: true, FeedbackState.Received, FeedbackState.Forwarded) is { } broken)
            return broken;
        if (string.IsNullOrWhiteSpace(question))
            return FeedbackRules.TextRequired;
        _requests.Add(new InformationRequest(at, question.Trim(), by.Name));
        State = FeedbackState.AwaitingSender;
        Record(at, "Đề nghị bổ sung thông tin", by, question.Trim());
        return Outcome.Ok;
    }

    /// <summary>The sender's reply to the last question; the item goes back to whoever answers it.</summary>
    public Outcome ReplyToRequest(string reply, Actor by, DateTimeOffset at)
    {
        if (by.Role != Role.Applicant)
            return FeedbackRules.NotTheSender;
        if (State != FeedbackState.AwaitingSender)
            return FeedbackRules.NotInState("bổ sung thông tin", State);
        if (string.IsNullOrWhiteSpace(reply))
            return FeedbackRules.TextRequired;
        _requests[^1] = _requests[^1] with { RepliedAt = at, Reply = reply.Trim() };
        State = ForwardedAt is null ? FeedbackState.Received : FeedbackState.Forwarded;
        Record(at, "Người gửi bổ sung thông tin", by, null);
        return Outcome.Ok;
    }

    /// <summary>Whoever answers refuses the item with a reason (outside what the system handles, anonymous abuse, a duplicate).</summary>
    public Outcome Refuse(string reason, Actor by, DateTimeOffset at)
    {
        const string action = "từ chối tiếp nhận phản ánh, kiến nghị";
        if (AnswererGuard(action, by, beforeForwarding: true, FeedbackState.Received, FeedbackState.Forwarded, FeedbackState.AwaitingSender) is { } broken)
            return broken;
        if (string.IsNullOrWhiteSpace(reason))
            return FeedbackRules.TextRequired;
        RefusalReason = reason.Trim();
        RefusedAt = at;
        State = FeedbackState.Refused;
        Record(at, "Từ chối tiếp nhận", by, RefusalReason);
        return Outcome.Ok;
    }

    /// <summary>The written answer to the sender, by the unit that must answer; the Center holds the copy (R34).</summary>
    public Outcome AnswerWith(string answer, Actor by, DateTimeOffset at, Locality locality)
    {
        const string action = "trả lời phản ánh, kiến nghị";
        if (AnswererGuard(action, by, beforeForwarding: false, FeedbackState.Received, FeedbackState.Forwarded, FeedbackState.AwaitingSender) is { } broken)
            return broken;
        if (string.IsNullOrWhiteSpace(answer))
            return FeedbackRules.TextRequired;
        Answer = answer.Trim();
        AnsweredAt = at;
        AnsweredBy = by.Name;
        PublishBy = Due(locality.Profile.FeedbackTimings.Publish, at, locality);
        State = FeedbackState.Answered;
        Record(at, "Trả lời bằng văn bản", by, AnsweringUnitId == CenterId ? null : "Gửi người phản ánh, đồng gửi Trung tâm");
        return Outcome.Ok;
    }

    /// <summary>The Center publishes the answer as the public may read it, and marks it for the national portal where the profile says so (R34).</summary>
    public Outcome Publish(string publicAnswer, Actor by, DateTimeOffset at, Locality locality)
    {
        if (PublishGuard(by) is { } broken)
            return broken;
        if (string.IsNullOrWhiteSpace(publicAnswer))
            return FeedbackRules.TextRequired;
        PublicAnswer = publicAnswer.Trim();
        PublishedAt = at;
        ForNationalPortal = locality.Profile.PublishAnswersOnNationalPortal;
        State = FeedbackState.Published;
        Record(at, "Công khai kết quả trả lời", by, ForNationalPortal ? "Đánh dấu công khai trên Cổng Dịch vụ công quốc gia" : null);
        return Outcome.Ok;
    }

    /// <summary>The sender likes or dislikes the answer (LAW §9.4, 5.3); they may change their mind.</summary>
    public Outcome Rate(AnswerVerdict verdict, Actor by, DateTimeOffset at)
    {
        if (by.Role != Role.Applicant)
            return FeedbackRules.NotTheSender;
        if (State is not (FeedbackState.Answered or FeedbackState.Published))
            return FeedbackRules.NotInState("đánh giá câu trả lời", State);
        Verdict = verdict;
        Record(at, verdict == AnswerVerdict.Like ? "Người gửi hài lòng với câu trả lời" : "Người gửi không hài lòng với câu trả lời", by, null);
        return Outcome.Ok;
    }

    /// <summary>The sender complains again about the answer: a new item, received now, linked both ways.</summary>
    public Outcome<FeedbackItem> ComplainAgain(string code, string text, Actor by, DateTimeOffset at, Locality locality)
    {
        if (by.Role != Role.Applicant)
            return FeedbackRules.NotTheSender;
        if (State is not (FeedbackState.Answered or FeedbackState.Published))
            return FeedbackRules.NotInState("phản ánh tiếp về câu trả lời", State);
        if (ReComplaint is not null)
            return FeedbackRules.AlreadyReComplained;
        var again = Receive(code, CenterId, FeedbackChannel.Portal, Topic, Sender, Subject, text, DossierCode, AgencyId, by, at, locality);
        if (again.Value is not { } item)
            return again;
        item.ReComplaintOf = Code;
        ReComplaint = code;
        Record(at, "Người gửi phản ánh tiếp", by, code);
        return item;
    }

    /// <summary>Whether the Center kept an agency-handling item past the profile's forwarding limit (R34, Cẩm Phả: 3 working days).</summary>
    public bool ForwardIsLate(DateTimeOffset now) =>
        ForwardBy is { } due && (ForwardedAt is { } forwarded ? forwarded > due : State == FeedbackState.Received && now > due);

    /// <summary>Whether the item is still unanswered past its handling deadline.</summary>
    public bool HandlingIsLate(DateTimeOffset now) => State.IsOpen() && now > HandleBy;

    /// <summary>
    /// Each step it took within its own limit (LAW §9.4, 5.2): a refusal within the refusal deadline, an answer within the
    /// handling deadline, a publication within the publication deadline. The national index's on-time count.
    /// </summary>
    public bool HandledOnTime => !RefusedLate && !AnsweredLate && !PublishedLate && (AnsweredAt ?? RefusedAt) is not null;

    public bool RefusedLate => RefusedAt > RefuseBy;
    public bool AnsweredLate => AnsweredAt > HandleBy;
    public bool PublishedLate => PublishedAt > PublishBy;

    public bool PublicationIsLate(DateTimeOffset now) => State == FeedbackState.Answered && PublishBy is { } due && now > due;

    /// <summary>The deadline that comes next for whoever holds the item; null when nothing is due.</summary>
    public DateTimeOffset? NextDeadline => State switch
    {
        FeedbackState.Received when Topic == FeedbackTopic.AgencyHandling && ForwardBy is { } forward => forward,
        FeedbackState.Received or FeedbackState.Forwarded or FeedbackState.AwaitingSender => HandleBy,
        FeedbackState.Answered => PublishBy,
        _ => null,
    };

    /// <summary>
    /// Why <paramref name="by"/> may not take <paramref name="command"/> now (null when they may): the same guards the
    /// methods check, asked without acting, so a page offers only what the item allows and never restates a rule.
    /// </summary>
    public BrokenRule? WhyNot(FeedbackCommand command, Actor by) => command switch
    {
        FeedbackCommand.Classify => CenterGuard("phân loại phản ánh, kiến nghị", by, FeedbackState.Received),
        FeedbackCommand.Forward => CenterGuard("chuyển phản ánh, kiến nghị đến cơ quan", by, FeedbackState.Received)
            ?? (Topic != FeedbackTopic.AgencyHandling ? FeedbackRules.OnlyAgencyHandlingIsForwarded : null),
        FeedbackCommand.RequestInformation => AnswererGuard("đề nghị người gửi bổ sung thông tin", by, beforeForwarding: true, FeedbackState.Received, FeedbackState.Forwarded),
        FeedbackCommand.Refuse => AnswererGuard("từ chối tiếp nhận phản ánh, kiến nghị", by, beforeForwarding: true,
            FeedbackState.Received, FeedbackState.Forwarded, FeedbackState.AwaitingSender),
        FeedbackCommand.Answer => AnswererGuard("trả lời phản ánh, kiến nghị", by, beforeForwarding: false,
            FeedbackState.Received, FeedbackState.Forwarded, FeedbackState.AwaitingSender),
        FeedbackCommand.Publish => PublishGuard(by),
        _ => throw new ArgumentOutOfRangeException(nameof(command)),
    };

    BrokenRule? PublishGuard(Actor by)
    {
        const string action = "công khai kết quả trả lời";
        if (by.Role is not (Role.CenterStaff or Role.CenterDirector))
            return FeedbackRules.RoleNotAllowed(action, by.Role);
        if (by.UnitId != CenterId)
            return FeedbackRules.NotYourUnit(action);
        return State != FeedbackState.Answered ? FeedbackRules.NotInState(action, State) : null;
    }

    DateTimeOffset? ForwardDeadline(Locality locality) =>
        Topic == FeedbackTopic.AgencyHandling && locality.Profile.FeedbackForwardingLimit is { } limit ? Due(limit, ReceivedAt, locality) : null;

    static DateTimeOffset Due(TimeLimit limit, DateTimeOffset from, Locality locality) => limit.DueFrom(from, locality.Calendar);

    /// <summary>Only the Center's staff and director route items, while the Center still holds them.</summary>
    BrokenRule? CenterGuard(string action, Actor by, params FeedbackState[] states)
    {
        if (!states.Contains(State))
            return FeedbackRules.NotInState(action, State);
        if (by.Role is not (Role.CenterStaff or Role.CenterDirector))
            return FeedbackRules.RoleNotAllowed(action, by.Role);
        return by.UnitId == CenterId ? null : FeedbackRules.NotYourUnit(action);
    }

    /// <summary>
    /// The unit that answers: the Center's staff or director (its director alone for conduct and management), or,
    /// once forwarded, the agency's processors and leader. An agency-handling item still at the Center is answered
    /// only after forwarding; <paramref name="beforeForwarding"/> lets the Center ask or refuse before that.
    /// </summary>
    BrokenRule? AnswererGuard(string action, Actor by, bool beforeForwarding, params FeedbackState[] states)
    {
        if (!states.Contains(State))
            return FeedbackRules.NotInState(action, State);
        if (AnsweringUnitId == CenterId)
        {
            if (by.Role is not (Role.CenterStaff or Role.CenterDirector))
                return FeedbackRules.RoleNotAllowed(action, by.Role);
            if (by.UnitId != CenterId)
                return FeedbackRules.NotYourUnit(action);
            if (Topic == FeedbackTopic.AgencyHandling && !beforeForwarding)
                return FeedbackRules.ForwardBeforeAnswer;
            return ForDirector && by.Role != Role.CenterDirector ? FeedbackRules.DirectorAnswers : null;
        }
        if (by.Role is not (Role.Processor or Role.AgencyLeader))
            return FeedbackRules.RoleNotAllowed(action, by.Role);
        return by.UnitId == AnsweringUnitId ? null : FeedbackRules.NotYourUnit(action);
    }

    internal void JoinProposal(string code) => ProposalCode = code;

    internal void LeaveProposal() => ProposalCode = null;

    /// <summary>The step the sender also sees: their feedback went into a proposal to the body named.</summary>
    internal void RecordAggregated(RegulationProposal proposal, Actor by, DateTimeOffset at) =>
        Record(at, $"Tổng hợp vào kiến nghị {proposal.Code}", by, $"Kiến nghị sửa đổi quy định hành chính gửi {proposal.AddressedTo}");

    void Record(DateTimeOffset at, string action, Actor by, string? note, string? to = null) =>
        _events.Add(new FeedbackEvent(at, action, by.Name, by.UnitId == "" ? null : by.UnitId, note, to));
}
