using MotCua.Domain.Catalog;

namespace MotCua.Domain.Dossiers;

/// <summary>A component as a person names it on a form or in a request: the counts only when they were given.</summary>
public sealed record ComponentInput(string? Name, int? Originals = null, int? Copies = null);

/// <summary>A published component as submitted, with how many originals and copies were handed in.</summary>
public sealed record SubmittedComponent(string Name, int Originals, int Copies)
{
    /// <summary>
    /// The one reading of submitted components, for the counter, the portal, the API and supplements: each
    /// named once, trimmed, with the published counts unless counts were given. A name outside the version's
    /// published list is kept as given, so that the aggregate refuses it under its rule (R4). Errors are named
    /// <c>Components</c> or <c>Components[i]</c>.
    /// </summary>
    /// <param name="allowNone">Whether nothing submitted is an answer (a completion slip lists what is missing).</param>
    public static Checked<IReadOnlyList<SubmittedComponent>> Read(ProcedureVersion version, IReadOnlyList<ComponentInput?>? items, bool allowNone = false)
    {
        const string field = "Components";
        if (items is not { Count: > 0 } && !allowNone)
            return new(null, [new(field, "Chọn các thành phần hồ sơ đã nộp.")]);
        items ??= [];
        var errors = new List<FieldError>();
        var read = new List<SubmittedComponent>();
        for (var i = 0; i < items.Count; i++)
        {
            var name = items[i]?.Name?.Trim();
            if (string.IsNullOrEmpty(name))
            {
                errors.Add(new($"{field}[{i}]", $"Thành phần hồ sơ thứ {i + 1} không có tên."));
                continue;
            }
            var published = version.Components.FirstOrDefault(c => c.Name == name);
            var (originals, copies) = (items[i]!.Originals ?? published?.Originals ?? 1, items[i]!.Copies ?? published?.Copies ?? 0);
            if (originals < 0 || copies < 0 || originals + copies == 0)
                errors.Add(new($"{field}[{i}]", $"Thành phần \"{name}\": số bản chính, bản sao không được âm và phải có ít nhất một bản."));
            else if (read.All(c => c.Name != name))
                read.Add(new SubmittedComponent(name, originals, copies));
        }
        return errors.Count > 0 ? new(null, errors) : new(read, []);
    }

    /// <summary>Components named on a form, each with its published counts.</summary>
    public static Checked<IReadOnlyList<SubmittedComponent>> Read(ProcedureVersion version, IEnumerable<string?>? names, bool allowNone = false) =>
        Read(version, names?.Select(n => (ComponentInput?)new ComponentInput(n)).ToList(), allowNone);
}
