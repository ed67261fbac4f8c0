using System.Text.Json;
using MotCua.Domain;

namespace MotCua.Features.Api;

/// <summary>
/// Every text of an officer's JSON body (a reason, a description, an item...) may be printed on a form or the
/// control slip: each is checked by <see cref="FormText"/> before the action, whatever the body, so a body added
/// later is covered too.
/// </summary>
public static class BodyText
{
    /// <summary>The first text that cannot be kept and printed, named by its JSON field; null when all can.</summary>
    public static string? Problem(object body)
    {
        foreach (var property in body.GetType().GetProperties())
        {
            var texts = property.GetValue(body) switch
            {
                string text => [text],
                IEnumerable<string?> list => list,
                _ => [],
            };
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (texts.Select(t => FormText.Problem(t?.Trim(), $"Trường \"{name}\"", multiline: true)).FirstOrDefault(p => p is not null) is { } problem)
                return problem;
        }
        return null;
    }
}
