using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using MotCua.Domain.Dossiers;

namespace MotCua.Features.Shared;

/// <summary>The domain's field errors where people see them: beside a page's inputs, or in a ValidationProblem's <c>errors</c>.</summary>
public static class FieldErrors
{
    /// <summary>Each error under the page's name for its field (<paramref name="key"/> maps the domain's name; by default the same).</summary>
    public static void AddTo(this IEnumerable<FieldError> errors, ModelStateDictionary state, Func<string, string>? key = null)
    {
        foreach (var error in errors)
            state.AddModelError(key?.Invoke(error.Field) ?? error.Field, error.Message);
    }

    /// <summary>A domain field name as the JSON body names it: <c>Components[0]</c> under <c>applicant</c> reads <c>applicant.components[0]</c>.</summary>
    public static string Json(string field, string? parent = null)
    {
        var name = JsonNamingPolicy.CamelCase.ConvertName(field);
        return parent is null ? name : $"{parent}.{name}";
    }
}
