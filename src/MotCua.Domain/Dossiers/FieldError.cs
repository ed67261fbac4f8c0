namespace MotCua.Domain.Dossiers;

/// <summary>A field typed wrong, named as the domain names it, with what to do in Vietnamese; each form maps the name to its own input.</summary>
public sealed record FieldError(string Field, string Message);

/// <summary>Input read into a domain value, or every field that was wrong.</summary>
public sealed record Checked<T>(T? Value, IReadOnlyList<FieldError> Errors) where T : class;
