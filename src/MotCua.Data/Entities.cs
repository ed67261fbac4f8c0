using MotCua.Domain.Fees;
using Microsoft.AspNetCore.Identity;
using MotCua.Domain.Codes;

namespace MotCua.Data;

public enum UnitKind
{
    /// <summary>The Public Administrative Service Center (or a commune's one-stop desk).</summary>
    Center,
    /// <summary>An agency that decides procedures (phòng, sở, chi cục...), or a commune's People's Committee that feedback is routed to (R64).</summary>
    Agency,
}

/// <summary>A Center or an agency, keyed by its electronic identifier (the first part of a dossier code, R50).</summary>
public sealed class Unit
{
    public required string Id { get; init; }
    public required string Name { get; set; }
    public required UnitKind Kind { get; init; }
    /// <summary>The place written before the date of the unit's documents ("Bắc Kạn, ngày … tháng … năm …").</summary>
    public string? Place { get; set; }
    /// <summary>An agency's choice of who collects its fees (R29): itself, or the Center on its behalf; null follows the profile.</summary>
    public FeeCollector? FeeCollector { get; set; }
    /// <summary>The agency's leader who handles feedback with the Center (R64; Bắc Ninh Art. 14.3); null until the agency names one.</summary>
    public string? FeedbackLeaderId { get; private set; }

    /// <summary>Names (or, with null, clears) the agency's feedback leader: one of its own officers. Returns why not, or null when done.</summary>
    public string? NameFeedbackLeader(Officer? officer)
    {
        if (Kind != UnitKind.Agency)
            return "Chỉ cơ quan giải quyết cử lãnh đạo phụ trách phản ánh, kiến nghị (R64).";
        if (officer is not null && officer.UnitId != Id)
            return $"{officer.FullName} không phải cán bộ của {Name}: lãnh đạo phụ trách phản ánh, kiến nghị phải là cán bộ của chính cơ quan (R64).";
        FeedbackLeaderId = officer?.Id;
        return null;
    }
}

/// <summary>An officer's account; every officer belongs to one unit and sees only its dossiers.</summary>
public sealed class Officer : IdentityUser
{
    public required string FullName { get; set; }
    public required string UnitId { get; set; }
}

/// <summary>A day that breaks the weekly pattern of the Center's calendar: a holiday, or a rest day worked (R42).</summary>
public sealed class CalendarDay
{
    public const int MaxNameLength = 200;

    public required DateOnly Date { get; init; }
    public required bool IsWorking { get; set; }
    public required string Name { get; set; }
}

/// <summary>The installation's settings kept in the database so an administrator can change them: one row.</summary>
public sealed class Settings
{
    public int Id { get; init; } = 1;
    public required string ActiveProfileId { get; set; }
    public required string TimeZoneId { get; set; }
    /// <summary>The weekly rest days and sessions, in the calendar file's notation (R42).</summary>
    public required string WeekendAndSessions { get; set; }
    /// <summary>
    /// A new value at every save that changes the profile, the calendar's pattern or its days (set by
    /// <see cref="MotCuaDbContext"/>, in the same transaction): each node compares it with the one its
    /// cached calendar was built from (ADR 11). A random value, not a counter, so two changes at once
    /// need no read-modify-write and neither fails.
    /// </summary>
    public Guid LocalityStamp { get; set; }
}

/// <summary>
/// The last dossier number issued per agency and reception day (R50); a row is only ever incremented.
/// Form numbers use it too: key "unit/series", day 1 January of the year ("Số: 12/PBS").
/// </summary>
public sealed class DossierCounter
{
    public required string AgencyId { get; init; }
    public required DateOnly Day { get; init; }
    public long Last { get; set; }
}

/// <summary>
/// A request that created a dossier (an online submission) or a feedback item (an officer's intake), so that a retried
/// or double-clicked request creates one only.
/// </summary>
public sealed class IdempotencyRecord
{
    public required string Key { get; init; }
    public DossierCode? DossierCode { get; init; }
    public string? FeedbackCode { get; init; }
    /// <summary>SHA-256 of what was asked, where the row it created cannot tell (a feedback item changes as it is classified).</summary>
    public string? RequestHash { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
}

/// <summary>
/// A secret every node of the installation must share and keep for years, made by the migration that adds it
/// (e.g. the key of the rating links printed on receipts, which stay valid as long as the paper).
/// </summary>
public sealed class InstallationSecret
{
    public const int MaxNameLength = 100;

    public required string Name { get; init; }
    public required byte[] Value { get; init; }
}
