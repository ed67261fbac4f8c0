using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace MotCua.Platform;

/// <summary>Every options class is bound the same way: from its section, checked by its attributes, at start-up rather than at first use.</summary>
public static class OptionsSetup
{
    public static OptionsBuilder<T> AddValidatedOptions<T>(this IServiceCollection services, string section) where T : class =>
        services.AddOptions<T>().BindConfiguration(section).ValidateDataAnnotations().ValidateOnStart();

    /// <summary>
    /// The members of an options object nested in another (Smtp in Notifications), checked with the
    /// outer object: data annotations do not descend by themselves. Each message already names its key.
    /// </summary>
    public static IEnumerable<ValidationResult> Nested(object? member)
    {
        if (member is null)
            return [];
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(member, new ValidationContext(member), results, validateAllProperties: true);
        return results;
    }
}
