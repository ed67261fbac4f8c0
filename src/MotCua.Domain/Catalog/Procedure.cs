using MotCua.Domain.Time;

namespace MotCua.Domain.Catalog;

public enum ProcedureLevel { Province, District, Commune }

/// <summary>Channels in and out (R9). A paper channel is in person or by post.</summary>
public enum Channel { InPerson, Post, Online }

/// <summary>
/// An administrative procedure (R1) with its versions (R2). A version takes effect on a date; a
/// dossier keeps the version in force on the day it was received.
/// </summary>
public sealed class Procedure
{
    readonly List<ProcedureVersion> _versions = [];

    // The widths of the columns (the EF model reads them).
    public const int MaxCodeLength = 50;
    public const int MaxNameLength = 500;
    public const int MaxFieldLength = 200;

    public Procedure(string code, string name, string field, ProcedureLevel level, string competentAgencyId, IReadOnlyList<string>? coordinatingAgencyIds = null)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > MaxCodeLength)
            throw new ArgumentException($"Mã thủ tục phải có từ 1 đến {MaxCodeLength} ký tự.", nameof(code));
        if (string.IsNullOrWhiteSpace(name))
            throw new ArgumentException("Tên thủ tục không được để trống.", nameof(name));
        Code = code;
        Name = name;
        Field = field;
        Level = level;
        CompetentAgencyId = competentAgencyId;
        CoordinatingAgencyIds = coordinatingAgencyIds ?? [];
    }

    /// <summary>The national code from the procedure database, e.g. 1.001193 (opaque, ≤ 50 chars).</summary>
    public string Code { get; private init; }
    public string Name { get; private init; }
    public string Field { get; private init; }
    public ProcedureLevel Level { get; private init; }
    public string CompetentAgencyId { get; private init; }
    public IReadOnlyList<string> CoordinatingAgencyIds { get; private init; }
    public IReadOnlyList<ProcedureVersion> Versions => _versions;

    /// <summary>Adds a version (R2). Refused when invalid or when a version already takes effect that day.</summary>
    public Outcome AddVersion(ProcedureVersion version)
    {
        if (version.Problems() is [var first, ..])
            return new BrokenRule("R1", "InvalidVersion", first);
        if (_versions.Any(v => v.EffectiveFrom == version.EffectiveFrom))
            return new BrokenRule("R2", "VersionDateTaken", $"Đã có phiên bản có hiệu lực từ ngày {VietnameseFormat.Date(version.EffectiveFrom)}.");
        _versions.Add(version);
        _versions.Sort((a, b) => a.EffectiveFrom.CompareTo(b.EffectiveFrom));
        return Outcome.Ok;
    }

    /// <summary>The version in force on <paramref name="day"/> (R2), or null before the first takes effect.</summary>
    public ProcedureVersion? VersionInForceOn(DateOnly day) => _versions.LastOrDefault(v => v.EffectiveFrom <= day);

    /// <summary>
    /// The day a dossier handed in or submitted at <paramref name="at"/> counts as received (R43): the
    /// next working day after hours or after the daily cut-off of the version in force. The dossier
    /// code carries this day (R50, LAW §7.4), at the counter and online alike.
    /// </summary>
    public DateOnly ReceptionDay(DateTimeOffset at, WorkingCalendar calendar) =>
        calendar.LocalDate(calendar.ReceptionInstant(at, VersionInForceOn(calendar.LocalDate(at))?.DailyCutOff));
}

/// <summary>A document the applicant submits (thành phần hồ sơ): how many originals and copies, the form template.</summary>
public sealed record Component(string Name, int Originals, int Copies, bool Required = true, string? Template = null, string? Note = null);

/// <summary>A case of the procedure (trường hợp), each with its own time limit.</summary>
public sealed record ProcedureCase(string Name, TimeLimit Limit);

/// <summary>What an officer may do at a workflow step.</summary>
public enum WorkflowAction
{
    Forward,
    SendBack,
    Consult,
    RequestSupplement,
    Refuse,
    Approve,
    RecordResult,
}

/// <summary>A step of the procedure's workflow: who acts, with what time budget (R47), and what they may do.</summary>
public sealed record WorkflowStep(string Name, Role Role, TimeLimit Budget, IReadOnlySet<WorkflowAction> Actions);

/// <summary>The content of a procedure from a date on (R1, R2).</summary>
public sealed record ProcedureVersion(
    DateOnly EffectiveFrom,
    IReadOnlyList<Component> Components,
    IReadOnlyList<ProcedureCase> Cases,
    IReadOnlyList<Fee> Fees,
    IReadOnlySet<Channel> ChannelsIn,
    IReadOnlySet<Channel> ChannelsOut,
    IReadOnlyList<WorkflowStep> Workflow,
    string Result,
    IReadOnlyList<string> LegalBasis,
    string? Sequence = null,
    string? Conditions = null,
    bool FiveOnTheSpot = false,
    bool PaperChannelDisabled = false,
    TimeOnly? DailyCutOff = null)
{
    /// <summary>Whether a dossier may come in through <paramref name="channel"/> (Chỉ thị 24: the paper channel can be switched off).</summary>
    public bool AcceptsChannel(Channel channel) =>
        ChannelsIn.Contains(channel) && !(PaperChannelDisabled && channel != Channel.Online);

    public ProcedureCase? FindCase(string name) => Cases.FirstOrDefault(c => c.Name == name);

    /// <summary>Why this version cannot be published, in Vietnamese; empty when it can.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Components.Count == 0)
            problems.Add("Thủ tục phải có ít nhất một thành phần hồ sơ.");
        foreach (var c in Components.Where(c => string.IsNullOrWhiteSpace(c.Name) || c.Originals < 0 || c.Copies < 0 || c.Originals + c.Copies == 0))
            problems.Add($"Thành phần hồ sơ \"{c.Name}\" phải có tên và số bản chính hoặc bản sao.");
        if (Cases.Count == 0)
            problems.Add("Thủ tục phải có ít nhất một trường hợp với thời hạn giải quyết.");
        foreach (var c in Cases)
            if (c.Limit.Problem() is { } p)
                problems.Add($"Trường hợp \"{c.Name}\": {p}");
        if (Cases.GroupBy(c => c.Name).Any(g => g.Count() > 1))
            problems.Add("Tên các trường hợp không được trùng nhau.");
        problems.AddRange(Fee.Problems(Fees, Cases));
        if (ChannelsIn.Count == 0 || ChannelsOut.Count == 0)
            problems.Add("Thủ tục phải có ít nhất một cách nộp và một cách nhận kết quả.");
        if (PaperChannelDisabled && !ChannelsIn.Contains(Channel.Online))
            problems.Add("Tắt kênh giấy thì thủ tục phải nhận hồ sơ trực tuyến.");
        if (Workflow.Count == 0)
            problems.Add("Quy trình phải có ít nhất một bước.");
        foreach (var s in Workflow)
        {
            if (s.Actions.Count == 0)
                problems.Add($"Bước \"{s.Name}\" phải có ít nhất một thao tác.");
            if (s.Budget.Problem() is { } p)
                problems.Add($"Bước \"{s.Name}\": {p}");
        }
        if (Workflow.Count > 0 && !Workflow[^1].Actions.Contains(WorkflowAction.RecordResult))
            problems.Add("Bước cuối của quy trình phải cho phép ghi nhận kết quả.");
        if (Workflow.Count > 0 && Workflow[0].Actions.Contains(WorkflowAction.SendBack))
            problems.Add("Bước đầu của quy trình không có bước trước để trả lại.");
        if (string.IsNullOrWhiteSpace(Result))
            problems.Add("Phải nêu kết quả giải quyết thủ tục.");
        return problems;
    }
}
