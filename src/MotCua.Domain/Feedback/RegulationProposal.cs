namespace MotCua.Domain.Feedback;

public enum ProposalState
{
    Draft,
    Sent,
}

/// <summary>What an officer does to a proposal (<see cref="RegulationProposal.WhyNot"/> says whether they may now).</summary>
public enum ProposalCommand
{
    Edit,
    AddItems,
    RemoveItem,
    Send,
}

/// <summary>
/// A proposal to change an administrative regulation (kiến nghị sửa đổi quy định hành chính, R34; Bắc Kạn, Thái Nguyên,
/// Vĩnh Long Art. 6.3, Cẩm Phả Art. 4.3): the Center aggregates the feedback it received about one regulation or procedure,
/// says what should change and why, and sends it to the body that reports to or decides on the regulation. A draft is
/// edited and its items added or removed; once sent it is kept unchanged (R52), and each item records that it was aggregated.
/// Aggregating does not answer the sender: each item is still answered in writing within its own deadline, and the answer
/// may cite the proposal.
/// </summary>
public sealed class RegulationProposal
{
    public const int MaxCodeLength = 20;
    public const int MaxTitleLength = 300;
    public const int MaxAddressedToLength = 300;
    public const int MaxTextLength = FormText.MaxLength;

    readonly List<string> _itemCodes = [];

    RegulationProposal()
    {
    }

    public string Code { get; private set; } = "";
    public string CenterId { get; private set; } = "";
    /// <summary>The regulation or procedure it concerns, as the officer names it.</summary>
    public string Title { get; private set; } = "";
    /// <summary>The procedure's code in the catalog, when it concerns one.</summary>
    public string? ProcedureCode { get; private set; }
    /// <summary>What should change and why.</summary>
    public string Text { get; private set; } = "";
    /// <summary>The body it is sent to (the chairman of the People's Committee, its office, a department).</summary>
    public string AddressedTo { get; private set; } = "";
    public ProposalState State { get; private set; }
    public DateTimeOffset DraftedAt { get; private set; }
    public string DraftedBy { get; private set; } = "";
    public DateTimeOffset? SentAt { get; private set; }
    public string? SentBy { get; private set; }

    /// <summary>The feedback items it aggregates, in the order they were added.</summary>
    public IReadOnlyList<string> ItemCodes => _itemCodes;

    /// <summary>A Center officer starts a draft, with the items selected (there may be none yet).</summary>
    public static Outcome<RegulationProposal> Draft(string code, string centerId, string title, string? procedureCode, string? addressedTo, string? text,
        IReadOnlyList<FeedbackItem> items, Actor by, DateTimeOffset at)
    {
        const string action = "lập kiến nghị về quy định hành chính";
        if (OfficerGuard(action, by, centerId) is { } broken)
            return broken;
        if (string.IsNullOrWhiteSpace(title))
            return ProposalRules.TitleRequired;
        var proposal = new RegulationProposal
        {
            Code = code,
            CenterId = centerId,
            Title = title.Trim(),
            ProcedureCode = Blank(procedureCode),
            AddressedTo = addressedTo?.Trim() ?? "",
            Text = text?.Trim() ?? "",
            State = ProposalState.Draft,
            DraftedAt = at,
            DraftedBy = by.Name,
        };
        if (proposal.Add(items, by).Broken is { } refused)
            return refused;
        return proposal;
    }

    /// <summary>The draft's title, procedure, addressee and text, as the officer now writes them.</summary>
    public Outcome Edit(string title, string? procedureCode, string? addressedTo, string? text, Actor by)
    {
        if (WhyNot(ProposalCommand.Edit, by) is { } broken)
            return broken;
        if (string.IsNullOrWhiteSpace(title))
            return ProposalRules.TitleRequired;
        Title = title.Trim();
        ProcedureCode = Blank(procedureCode);
        AddressedTo = addressedTo?.Trim() ?? "";
        Text = text?.Trim() ?? "";
        return Outcome.Ok;
    }

    /// <summary>Adds items to the draft: all of them or none.</summary>
    public Outcome Add(IReadOnlyList<FeedbackItem> items, Actor by)
    {
        if (WhyNot(ProposalCommand.AddItems, by) is { } broken)
            return broken;
        foreach (var item in items)
            if (WhyNotAdd(item) is { } refused)
                return refused;
        foreach (var item in items.Where(i => !_itemCodes.Contains(i.Code)))
        {
            _itemCodes.Add(item.Code);
            item.JoinProposal(Code);
        }
        return Outcome.Ok;
    }

    /// <summary>Takes an item out of the draft; it may then join another proposal.</summary>
    public Outcome Remove(FeedbackItem item, Actor by)
    {
        if (WhyNot(ProposalCommand.RemoveItem, by) is { } broken)
            return broken;
        if (!_itemCodes.Contains(item.Code) || item.ProposalCode != Code)
            return ProposalRules.NotInProposal(item.Code);
        _itemCodes.Remove(item.Code);
        item.LeaveProposal();
        return Outcome.Ok;
    }

    /// <summary>
    /// Sends the proposal: it needs a text, an addressee and at least one item, each still about a regulation and not refused;
    /// <paramref name="items"/> are this proposal's items, each of which records the step in its history.
    /// </summary>
    public Outcome Send(IReadOnlyList<FeedbackItem> items, Actor by, DateTimeOffset at)
    {
        if (WhyNot(ProposalCommand.Send, by) is { } broken)
            return broken;
        if (!items.Select(i => i.Code).Order(StringComparer.Ordinal).SequenceEqual(_itemCodes.Order(StringComparer.Ordinal)))
            throw new ArgumentException($"The items given are not those of {Code}.", nameof(items));
        foreach (var item in items)
            if (WhyNotKeep(item) is { } refused)
                return refused;
        State = ProposalState.Sent;
        SentAt = at;
        SentBy = by.Name;
        foreach (var item in items)
            item.RecordAggregated(this, by, at);
        return Outcome.Ok;
    }

    /// <summary>
    /// Why <paramref name="by"/> may not take <paramref name="command"/> now (null when they may): the guards the methods check,
    /// asked without acting, so a page offers only what the proposal allows.
    /// </summary>
    public BrokenRule? WhyNot(ProposalCommand command, Actor by)
    {
        var action = command switch
        {
            ProposalCommand.Edit => "sửa kiến nghị",
            ProposalCommand.AddItems => "thêm phản ánh, kiến nghị vào kiến nghị",
            ProposalCommand.RemoveItem => "bỏ phản ánh, kiến nghị khỏi kiến nghị",
            ProposalCommand.Send => "gửi kiến nghị",
            _ => throw new ArgumentOutOfRangeException(nameof(command)),
        };
        if (OfficerGuard(action, by, CenterId) is { } broken)
            return broken;
        if (State != ProposalState.Draft)
            return ProposalRules.AlreadySent(action);
        if (command != ProposalCommand.Send)
            return null;
        if (_itemCodes.Count == 0)
            return ProposalRules.ItemsRequired;
        if (Text.Length == 0)
            return ProposalRules.TextRequired;
        return AddressedTo.Length == 0 ? ProposalRules.AddressedToRequired : null;
    }

    /// <summary>Why <paramref name="item"/> may not join this proposal: only the Center's items about a regulation, not refused, in no other proposal.</summary>
    public BrokenRule? WhyNotAdd(FeedbackItem item) =>
        WhyNotKeep(item) ?? (item.ProposalCode is { } other && other != Code ? ProposalRules.InAnotherProposal(item.Code, other) : null);

    BrokenRule? WhyNotKeep(FeedbackItem item)
    {
        if (item.CenterId != CenterId)
            return ProposalRules.OtherCenter(item.Code);
        if (item.Topic != FeedbackTopic.Regulation)
            return ProposalRules.OnlyRegulationItems(item.Code);
        return item.State == FeedbackState.Refused ? ProposalRules.RefusedItem(item.Code) : null;
    }

    /// <summary>Only the Center's staff and director aggregate feedback about regulations (those who answer the Center's items).</summary>
    static BrokenRule? OfficerGuard(string action, Actor by, string centerId)
    {
        if (by.Role is not (Role.CenterStaff or Role.CenterDirector))
            return ProposalRules.RoleNotAllowed(action, by.Role);
        return by.UnitId == centerId ? null : ProposalRules.NotYourCenter(action);
    }

    static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
