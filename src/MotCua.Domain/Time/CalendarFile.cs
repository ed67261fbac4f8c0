using System.Globalization;
using System.Text.Json;

namespace MotCua.Domain.Time;

/// <summary>
/// Reads a calendar file (see the README): timeZone, weekend, sessions, holidays, workingDays.
/// Other members (name, notes, sources) are documentation and are ignored.
/// </summary>
public static class CalendarFile
{
    public static CalendarDefinition Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new InvalidCalendarException([$"Tệp lịch không phải JSON hợp lệ (dòng {e.LineNumber + 1}): {e.Message}"]);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw new InvalidCalendarException(["Tệp lịch phải là một đối tượng JSON."]);
            var problems = new List<string>();
            var timeZone = Optional(root, "timeZone", problems, e => e.GetString()!, JsonValueKind.String) ?? CalendarDefinition.VietnamTimeZone;
            var weekend = Optional(root, "weekend", problems, e => List<DayOfWeek>(e, "weekend", problems, ParseDay), JsonValueKind.Array)
                ?? [DayOfWeek.Saturday, DayOfWeek.Sunday];
            var sessions = Required(root, "sessions", problems, e => List<WorkSession>(e, "sessions", problems, ParseSession), JsonValueKind.Array) ?? [];
            var holidays = Optional(root, "holidays", problems, e => List<DateOnly>(e, "holidays", problems, ParseDate), JsonValueKind.Array) ?? [];
            var workingDays = Optional(root, "workingDays", problems, e => List<DateOnly>(e, "workingDays", problems, ParseDate), JsonValueKind.Array) ?? [];
            if (problems.Count > 0)
                throw new InvalidCalendarException(problems);
            var definition = new CalendarDefinition(timeZone, weekend, sessions, holidays, workingDays);
            var invalid = definition.Problems();
            if (invalid.Count > 0)
                throw new InvalidCalendarException(invalid);
            return definition;
        }
    }

    public static CalendarDefinition Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidCalendarException([$"Không đọc được tệp lịch \"{path}\": {e.Message}"]);
        }
        return Parse(text);
    }

    static T? Required<T>(JsonElement root, string name, List<string> problems, Func<JsonElement, T> read, JsonValueKind kind) where T : class
    {
        if (!root.TryGetProperty(name, out _))
        {
            problems.Add($"Thiếu mục \"{name}\".");
            return null;
        }
        return Optional(root, name, problems, read, kind);
    }

    static T? Optional<T>(JsonElement root, string name, List<string> problems, Func<JsonElement, T> read, JsonValueKind kind) where T : class
    {
        if (!root.TryGetProperty(name, out var element))
            return null;
        if (element.ValueKind != kind)
        {
            problems.Add($"Mục \"{name}\" phải là {(kind == JsonValueKind.Array ? "một danh sách" : "một chuỗi")}.");
            return null;
        }
        return read(element);
    }

    delegate bool Reader<T>(JsonElement element, out T value);

    static List<T> List<T>(JsonElement array, string name, List<string> problems, Reader<T> parse)
    {
        var items = new List<T>();
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            index++;
            if (parse(item, out var value))
                items.Add(value);
            else
                problems.Add($"Mục \"{name}\", phần tử thứ {index} ({item.GetRawText()}) không hợp lệ.");
        }
        return items;
    }

    static bool ParseDay(JsonElement e, out DayOfWeek day)
    {
        day = default;
        var text = e.ValueKind == JsonValueKind.String ? e.GetString() : null;
        return !string.IsNullOrEmpty(text) && char.IsLetter(text[0]) && Enum.TryParse(text, ignoreCase: true, out day);
    }

    static bool ParseDate(JsonElement e, out DateOnly date)
    {
        date = default;
        return e.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(e.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    static bool ParseSession(JsonElement e, out WorkSession session)
    {
        session = null!;
        if (e.ValueKind != JsonValueKind.Object
            || !e.TryGetProperty("start", out var start) || ParseTime(start) is not { } s
            || !e.TryGetProperty("end", out var end) || ParseTime(end) is not { } t)
            return false;
        session = new WorkSession(s, t);
        return true;
    }

    static TimeOnly? ParseTime(JsonElement e) =>
        e.ValueKind == JsonValueKind.String && TimeOnly.TryParseExact(e.GetString(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time : null;
}
