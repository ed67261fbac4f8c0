using MotCua.Domain;

namespace MotCua.Features.Shared;

/// <summary>
/// A JSON body of an officer's action. Its texts are checked as every body's are (<see cref="BodyText"/>);
/// it says what else in it is missing or wrong before the aggregate sees it.
/// </summary>
public interface IActionBody
{
    /// <summary>Field name → Vietnamese messages; empty when the body can be handed to the aggregate.</summary>
    IDictionary<string, string[]> Problems() => new Dictionary<string, string[]>();
}

/// <summary>An action with nothing to say beyond the dossier.</summary>
public sealed record EmptyBody : IActionBody;

/// <summary>An action with one text: a reason, a result, an explanation.</summary>
public sealed record TextBody(string? Text) : IActionBody
{
    public string Trimmed => Text?.Trim() ?? "";
}

public static class Limits
{
    /// <summary>A one-line text printed on a form, within its own column's width.</summary>
    public static IDictionary<string, string[]> Line(string field, string? value, int max) =>
        FormText.Problem(value?.Trim(), $"Trường \"{field}\"", max) is { } problem
            ? new Dictionary<string, string[]> { [field] = [problem] }
            : new Dictionary<string, string[]>();

    /// <summary>The list trimmed; null items are refused before (<see cref="BodyText"/>).</summary>
    public static IReadOnlyList<string> Trimmed(IReadOnlyList<string?>? items) => (items ?? []).Select(i => i!.Trim()).ToList();
}
