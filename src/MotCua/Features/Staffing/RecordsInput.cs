using System.Globalization;
using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Staffing;

namespace MotCua.Features.Staffing;

/// <summary>
/// Reads what an officer typed for an officer's records (R69, R70), from a page's form or the API's body, once at the edge: a kind
/// named among the allowed ones, a real date (yyyy-MM-dd or dd/MM/yyyy), texts printable and within their columns. What a record
/// needs besides (a name, a code, a condition...) the aggregate says, naming its rule.
/// </summary>
public sealed class FieldReader
{
    static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    public List<FieldError> Errors { get; } = [];

    public string Text(string field, string? value, string what, int maxLength, bool multiline = false)
    {
        var trimmed = value?.Trim() ?? "";
        if (FormText.Problem(trimmed, what, maxLength, multiline) is { } problem)
            Errors.Add(new(field, problem));
        return trimmed;
    }

    public T Choice<T>(string field, string? value, string what, Func<T, string> name) where T : struct, Enum
    {
        var text = value?.Trim();
        if (!string.IsNullOrEmpty(text) && char.IsLetter(text[0]) && Enum.TryParse<T>(text, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
            return parsed;
        var allowed = string.Join("; ", Enum.GetValues<T>().Select(v => $"{v} ({name(v)})"));
        Errors.Add(new(field, $"Chọn {what}: {allowed}."));
        return default;
    }

    public DateOnly Date(string field, string? value, string what)
    {
        if (DateOnly.TryParseExact(value?.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        Errors.Add(new(field, string.IsNullOrWhiteSpace(value)
            ? $"Nhập {what} (dd/MM/yyyy)."
            : $"{char.ToUpperInvariant(what[0])}{what[1..]} \"{value.Trim()}\" không phải ngày hợp lệ: nhập theo dạng dd/MM/yyyy."));
        return default;
    }

    public int Id(string field, int? value, string what)
    {
        if (value is > 0)
            return value.Value;
        Errors.Add(new(field, $"Nêu {what}."));
        return 0;
    }
}

/// <summary>A body that names the seconded officer a new record is about (the API's; a page takes it from its address).</summary>
public interface IOfficerForm
{
    int? SecondmentId { get; }
}

/// <summary>An asset handed to an officer (R69): secondmentId (the API's; a page takes it from its address), kind, itemName, assetCode, condition.</summary>
public sealed class HandoverForm : IOfficerForm
{
    public int? SecondmentId { get; set; }
    public string? Kind { get; set; }
    public string? ItemName { get; set; }
    public string? AssetCode { get; set; }
    public string? Condition { get; set; }

    public (AssetKind Kind, string ItemName, string AssetCode, string Condition) Read(FieldReader r) => (
        r.Choice<AssetKind>(nameof(Kind), Kind, "loại tài sản", k => k.Vietnamese()),
        r.Text(nameof(ItemName), ItemName, "Tên tài sản", AssetHandover.MaxItemNameLength),
        r.Text(nameof(AssetCode), AssetCode, "Số sê-ri, mã tài sản", AssetHandover.MaxAssetCodeLength),
        r.Text(nameof(Condition), Condition, "Tình trạng khi bàn giao", AssetHandover.MaxConditionLength, multiline: true));
}

/// <summary>The asset's condition as the Center receives it back (R69).</summary>
public sealed class HandBackForm
{
    public string? Condition { get; set; }

    public string Read(FieldReader r) => r.Text(nameof(Condition), Condition, "Tình trạng khi nhận lại", AssetHandover.MaxConditionLength, multiline: true);
}

/// <summary>A uniform issued or proposed (R69): secondmentId, action (Issue, Proposal), items, on.</summary>
public sealed class UniformForm : IOfficerForm
{
    public int? SecondmentId { get; set; }
    public string? Action { get; set; }
    public string? Items { get; set; }
    public string? On { get; set; }

    public (UniformAction Action, string Items, DateOnly On) Read(FieldReader r) => (
        r.Choice<UniformAction>(nameof(Action), Action, "việc ghi nhận", a => a.Vietnamese()),
        r.Text(nameof(Items), Items, "Đồng phục", UniformIssue.MaxItemsLength),
        r.Date(nameof(On), On, "ngày cấp phát, đề xuất"));
}

/// <summary>A training attended (R70): secondmentId, course, arrangement (CenterOrganised, CenterProposed, AgencyReported), organiser, from, to.</summary>
public sealed class TrainingForm : IOfficerForm
{
    public int? SecondmentId { get; set; }
    public string? Course { get; set; }
    public string? Arrangement { get; set; }
    public string? Organiser { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }

    public (string Course, TrainingArrangement Arrangement, string Organiser, DateOnly From, DateOnly To) Read(FieldReader r) => (
        r.Text(nameof(Course), Course, "Tên khóa đào tạo", TrainingRecord.MaxCourseLength),
        r.Choice<TrainingArrangement>(nameof(Arrangement), Arrangement, "hình thức", a => a.Vietnamese()),
        r.Text(nameof(Organiser), Organiser, "Đơn vị tổ chức", TrainingRecord.MaxOrganiserLength),
        r.Date(nameof(From), From, "ngày bắt đầu"),
        r.Date(nameof(To), To, "ngày kết thúc"));
}

/// <summary>A training's result and certificate (R70).</summary>
public sealed class TrainingResultForm
{
    public string? Result { get; set; }
    public string? Certificate { get; set; }

    public (string Result, string Certificate) Read(FieldReader r) => (
        r.Text(nameof(Result), Result, "Kết quả", TrainingRecord.MaxResultLength),
        r.Text(nameof(Certificate), Certificate, "Chứng chỉ, chứng nhận", TrainingRecord.MaxCertificateLength));
}

/// <summary>An award (R70): secondmentId, state (Proposed: the Center's proposal; Given: a decision), title, reason, reference (the proposal or decision), on.</summary>
public sealed class AwardForm : IOfficerForm
{
    public int? SecondmentId { get; set; }
    public string? State { get; set; }
    public string? Title { get; set; }
    public string? Reason { get; set; }
    public string? Reference { get; set; }
    public string? On { get; set; }

    public (AwardState State, string Title, string Reason, string Reference, DateOnly On) Read(FieldReader r) => (
        r.Choice<AwardState>(nameof(State), State, "việc ghi nhận", s => s.Vietnamese()),
        r.Text(nameof(Title), Title, "Hình thức khen thưởng", AwardRecord.MaxTitleLength),
        r.Text(nameof(Reason), Reason, "Thành tích", AwardRecord.MaxReasonLength, multiline: true),
        r.Text(nameof(Reference), Reference, "Số, ngày văn bản", AwardRecord.MaxReferenceLength),
        r.Date(nameof(On), On, "ngày văn bản"));
}

/// <summary>The decision that gave a proposed award (R70).</summary>
public sealed class GrantForm
{
    public string? Decision { get; set; }
    public string? On { get; set; }

    public (string Decision, DateOnly On) Read(FieldReader r) => (
        r.Text(nameof(Decision), Decision, "Quyết định khen thưởng", AwardRecord.MaxReferenceLength),
        r.Date(nameof(On), On, "ngày quyết định"));
}
