using MotCua.Domain;
using MotCua.Domain.Staffing;
using MotCua.Features.Register;

namespace MotCua.Features.Staffing;

/// <summary>What a form or a client sends about an evaluation, read once at the edge into domain values, or the Vietnamese reason it is not one.</summary>
public static class EvaluationInput
{
    public static string GradeProblem(string field) =>
        $"{field}: chọn một trong các mức {string.Join(", ", Enum.GetValues<AppraisalGrade>().Select(g => $"{g} ({g.Vietnamese()})"))}.";

    public static AppraisalGrade? Grade(string? text) =>
        Enum.TryParse<AppraisalGrade>(text?.Trim(), ignoreCase: true, out var grade) && Enum.IsDefined(grade) && !int.TryParse(text, out _) ? grade : null;

    /// <summary>A day written dd/MM/yyyy (or yyyy-MM-dd), required.</summary>
    public static string? DayProblem(string? text, string label, out DateOnly day)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            day = default;
            return $"Nhập {label.ToLowerInvariant()} (ngày/tháng/năm).";
        }
        return LocalDays.Problem(text, label, default, out day);
    }
}
