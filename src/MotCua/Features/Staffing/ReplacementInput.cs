using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Staffing;

namespace MotCua.Features.Staffing;

/// <summary>
/// The fields of replacement proposals and opinion requests as typed (R32, R62), parsed at the edge: a choice is one of its names,
/// a text printable and within its column. Whether a text is needed at all the aggregate says, with the rule.
/// </summary>
public static class ReplacementInput
{
    /// <summary>The member named exactly (as a form's option or a JSON body sends it); null for anything else, numbers included.</summary>
    public static T? Choice<T>(string? text) where T : struct, Enum =>
        Enum.GetValues<T>().Cast<T?>().FirstOrDefault(v => string.Equals(v.ToString(), text?.Trim(), StringComparison.Ordinal));

    /// <summary>The text trimmed (null when empty), or an error under <paramref name="field"/> when it cannot be kept and printed.</summary>
    public static string? Text(string? value, string field, string what, ICollection<FieldError> errors, int maxLength = FormText.MaxLength)
    {
        var trimmed = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (FormText.Problem(trimmed, what, maxLength, multiline: true) is { } problem)
            errors.Add(new FieldError(field, problem));
        return trimmed;
    }

    public static ReplacementGround? Ground(string? text, string field, ICollection<FieldError> errors)
    {
        var ground = Choice<ReplacementGround>(text);
        if (ground is null)
            errors.Add(new FieldError(field, "Chọn lý do đề nghị thay thế: vi phạm nội quy, quy chế; mức độ hài lòng thấp; không hoàn thành nhiệm vụ; hoặc lý do khác."));
        return ground;
    }

    public static OpinionMatter? Matter(string? text, string field, ICollection<FieldError> errors)
    {
        var matter = Choice<OpinionMatter>(text);
        if (matter is null)
            errors.Add(new FieldError(field, "Chọn việc cần Trung tâm cho ý kiến: khen thưởng, kỷ luật, quy hoạch hoặc bổ nhiệm."));
        return matter;
    }
}
