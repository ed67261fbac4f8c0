using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Profiles;
using MotCua.Domain.Time;

namespace MotCua.Platform;

/// <summary>
/// The Center's active profile and working calendar, built from the database once and kept until an
/// administrator changes them (building the calendar's index takes milliseconds, not per request).
/// </summary>
public sealed class LocalitySource
{
    Locality? _cached;

    public async Task<Locality> GetAsync(MotCuaDbContext db, CancellationToken cancellationToken = default)
    {
        if (_cached is { } cached)
            return cached;
        var settings = await db.Settings.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        var days = await db.CalendarDays.AsNoTracking().ToListAsync(cancellationToken);
        var profile = settings is null ? LocalityProfiles.Default : LocalityProfiles.Get(settings.ActiveProfileId);
        var calendar = settings is null
            ? StateCalendars.VietnamStateBodiesCalendar
            : new WorkingCalendar(Definition(settings, days));
        return _cached = new Locality(profile, calendar);
    }

    /// <summary>Forget the cached locality after the profile or the calendar changed.</summary>
    public void Invalidate() => _cached = null;

    static CalendarDefinition Definition(Settings settings, IReadOnlyList<CalendarDay> days)
    {
        var pattern = CalendarFile.Parse(settings.WeekendAndSessions);
        return pattern with
        {
            TimeZoneId = settings.TimeZoneId,
            Holidays = days.Where(d => !d.IsWorking).Select(d => d.Date).Order().ToList(),
            WorkingDays = days.Where(d => d.IsWorking).Select(d => d.Date).Order().ToList(),
        };
    }

    /// <summary>The weekly pattern in the calendar file's notation, as <see cref="Settings.WeekendAndSessions"/> stores it.</summary>
    public static string Pattern(CalendarDefinition definition) => System.Text.Json.JsonSerializer.Serialize(new
    {
        weekend = definition.Weekend.Select(d => d.ToString()),
        sessions = definition.Sessions.Select(s => new { start = s.Start.ToString("HH:mm"), end = s.End.ToString("HH:mm") }),
    });
}
