using System.Globalization;
using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Staffing;
using MotCua.Domain.Time;

namespace MotCua.Features.Staffing;

/// <summary>
/// An absence as the agency notices it or the Center finds it (R30, R61), parsed at the edge: the officer's and the substitute's
/// secondments by id, the kind by name, the period as instants, the reason printable and within its column. Whether the period
/// runs forwards, the officers serve and the substitute is free, the aggregate says.
/// </summary>
public sealed record AbsenceInput(int SecondmentId, AbsenceKind Kind, DateTimeOffset From, DateTimeOffset To, string Reason, int? SubstituteId)
{
    /// <summary>
    /// Checks what was typed; <paramref name="errors"/> may already hold the period's own (a date the page could not read), and
    /// a period missing there is not reported twice. Field names: SecondmentId, Kind, From, To, Reason, SubstituteId.
    /// </summary>
    public static (AbsenceInput? Value, IReadOnlyList<FieldError> Errors) Parse(int? secondmentId, string? kind, DateTimeOffset? from, DateTimeOffset? to,
        string? reason, int? substituteId, List<FieldError>? errors = null)
    {
        errors ??= [];
        if (secondmentId is null)
            errors.Add(new(nameof(SecondmentId), "Chọn cán bộ vắng mặt."));
        var parsedKind = KindNamed(kind);
        if (parsedKind is null)
            errors.Add(new(nameof(Kind), $"Chọn lý do vắng mặt: {string.Join(", ", Enum.GetNames<AbsenceKind>())}."));
        CheckInstant(from, nameof(From), "Thời điểm bắt đầu vắng mặt", errors);
        CheckInstant(to, nameof(To), "Thời điểm kết thúc vắng mặt", errors);
        var trimmed = reason?.Trim() ?? "";
        if (FormText.Problem(trimmed, "Lý do vắng mặt", Absence.MaxReasonLength, multiline: true) is { } problem)
            errors.Add(new(nameof(Reason), problem));
        return errors.Count > 0
            ? (null, errors)
            : (new AbsenceInput(secondmentId!.Value, parsedKind!.Value, from!.Value, to!.Value, trimmed, substituteId), errors);
    }

    /// <summary>A kind by its name (Leave, Sick, Recall...); never a number.</summary>
    public static AbsenceKind? KindNamed(string? name) =>
        !string.IsNullOrWhiteSpace(name) && !char.IsAsciiDigit(name.Trim()[0]) && !name.Contains(',', StringComparison.Ordinal)
        && Enum.TryParse<AbsenceKind>(name.Trim(), ignoreCase: true, out var kind) && Enum.IsDefined(kind) ? kind : null;

    /// <summary>
    /// The local instant a page's date and time fields name (Asia/Ho_Chi_Minh): the date as the date input sends it (yyyy-MM-dd)
    /// or as typed (dd/MM/yyyy), the time as HH:mm, <paramref name="defaultTime"/> when left empty. Null, with the error added, when unreadable.
    /// </summary>
    public static DateTimeOffset? LocalInstant(string? date, string? time, TimeOnly defaultTime, WorkingCalendar calendar, string field, string what, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(date))
        {
            errors.Add(new(field, $"Nhập ngày {what}."));
            return null;
        }
        if (!DateOnly.TryParseExact(date.Trim(), ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            || !InRange(day.Year))
        {
            errors.Add(new(field, $"Ngày {what} không hợp lệ: nhập theo dạng ngày/tháng/năm (dd/MM/yyyy)."));
            return null;
        }
        var clock = defaultTime;
        if (!string.IsNullOrWhiteSpace(time) && !TimeOnly.TryParseExact(time.Trim(), ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out clock))
        {
            errors.Add(new(field, $"Giờ {what} không hợp lệ: nhập theo dạng giờ:phút (HH:mm)."));
            return null;
        }
        return calendar.AtLocal(day, clock);
    }

    /// <summary>The working calendar spans <see cref="WorkingCalendar.FirstYear"/> to <see cref="WorkingCalendar.LastYear"/>; a notice deadline may look a day beyond.</summary>
    static bool InRange(int year) => year > WorkingCalendar.FirstYear && year < WorkingCalendar.LastYear;

    static void CheckInstant(DateTimeOffset? instant, string field, string what, List<FieldError> errors)
    {
        if (errors.Any(e => e.Field == field))
            return;
        if (instant is not { } value)
            errors.Add(new(field, $"Nhập {what.ToLowerInvariant()}."));
        else if (!InRange(value.UtcDateTime.Year))
            errors.Add(new(field, $"{what} phải trong khoảng năm {WorkingCalendar.FirstYear + 1} đến năm {WorkingCalendar.LastYear - 1}."));
    }
}

/// <summary>The fields of an absence form (the partial view AbsenceFields.cshtml), under <paramref name="Prefix"/> so that two forms share a page.</summary>
public sealed record AbsenceFields(string Prefix, AbsenceForm Form, IReadOnlyList<Secondment> Serving, IReadOnlyDictionary<string, string> Units,
    IReadOnlyList<AbsenceKind> AbsenceKinds);
