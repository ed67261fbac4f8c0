namespace MotCua.Features.Shared;

/// <summary>A JSON body of an officer's action, which says what in it is too long or missing before the aggregate sees it.</summary>
public interface IActionBody
{
    /// <summary>Field name → Vietnamese messages; empty when the body can be handed to the aggregate.</summary>
    IDictionary<string, string[]> Problems();
}

/// <summary>An action with nothing to say beyond the dossier.</summary>
public sealed record EmptyBody : IActionBody
{
    public IDictionary<string, string[]> Problems() => Limits.None;
}

/// <summary>An action with one text: a reason, a result, an explanation.</summary>
public sealed record TextBody(string? Text) : IActionBody
{
    public IDictionary<string, string[]> Problems() => Limits.Check(("text", Text));

    public string Trimmed => Text?.Trim() ?? "";
}

/// <summary>The longest texts the forms and the API take, as their columns hold them.</summary>
public static class Limits
{
    /// <summary>Longer texts are not reasons but pasted documents; the control slip keeps them short.</summary>
    public const int Text = DossierActionPage.MaxText;

    public static readonly IDictionary<string, string[]> None = new Dictionary<string, string[]>();

    /// <summary>Each named text within <see cref="Text"/> characters (or its own limit).</summary>
    public static IDictionary<string, string[]> Check(params (string Field, string? Value)[] texts) =>
        Check(texts.Select(t => (t.Field, t.Value, Text)).ToArray());

    public static IDictionary<string, string[]> Check(params (string Field, string? Value, int Max)[] texts) =>
        texts.Where(t => t.Value?.Trim().Length > t.Max)
            .ToDictionary(t => t.Field, t => new[] { $"Nội dung dài quá {t.Max} ký tự; xin ghi ngắn gọn." });

    /// <summary>A list of texts (items, names), none null, each within the limit.</summary>
    public static IDictionary<string, string[]> CheckList(string field, IReadOnlyList<string?>? items, int max = Text)
    {
        if (items is null)
            return None;
        if (items.Any(i => i is null))
            return new Dictionary<string, string[]> { [field] = ["Danh sách không được có phần tử rỗng (null)."] };
        return items.Any(i => i!.Trim().Length > max)
            ? new Dictionary<string, string[]> { [field] = [$"Mỗi mục không quá {max} ký tự."] }
            : None;
    }

    /// <summary>The list trimmed; null items are refused before (<see cref="CheckList"/>).</summary>
    public static IReadOnlyList<string> Trimmed(IReadOnlyList<string?>? items) => (items ?? []).Select(i => i!.Trim()).ToList();
}
