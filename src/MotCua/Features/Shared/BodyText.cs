using System.Text.Json;
using MotCua.Domain;

namespace MotCua.Features.Shared;

/// <summary>
/// Every text of an officer's JSON body (a reason, a description, an item...) may be printed on a form or the
/// control slip: each is checked by <see cref="FormText"/> before the action, whatever the body, so a body added
/// later is covered too. A list may not hold a null.
/// </summary>
public static class BodyText
{
    /// <summary>Each text that cannot be kept and printed, named by its JSON field.</summary>
    public static IDictionary<string, string[]> Problems(object body)
    {
        var problems = new Dictionary<string, string[]>();
        foreach (var property in body.GetType().GetProperties())
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            var texts = property.GetValue(body) switch
            {
                string text => [text],
                IEnumerable<string?> list => list.ToList(),
                _ => [],
            };
            if (texts.Any(t => t is null) && property.PropertyType != typeof(string))
                problems[name] = ["Danh sách không được có phần tử rỗng (null)."];
            else if (texts.Select(t => FormText.Problem(t?.Trim(), $"Trường \"{name}\"", multiline: true)).FirstOrDefault(p => p is not null) is { } problem)
                problems[name] = [problem];
        }
        return problems;
    }
}
