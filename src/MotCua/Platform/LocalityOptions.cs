using System.ComponentModel.DataAnnotations;

namespace MotCua.Platform;

/// <summary>The <c>Locality</c> section: how often a node asks whether the calendar or the profile changed.</summary>
public sealed class LocalityOptions
{
    public const string Section = "Locality";

    /// <summary>
    /// A node reads one stamp at most this often and rebuilds its calendar when it moved (ADR 11), so
    /// an administrator's change on another node applies here within this time.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00", ErrorMessage = "Locality:RefreshInterval phải từ 00:00:00 đến 01:00:00.")]
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(2);
}
