using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Data;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Profiles;
using MotCua.Domain.Time;

namespace MotCua.Platform;

/// <summary>
/// The Center's active profile and working calendar, built from the database and kept (building the
/// calendar's index takes milliseconds, not per request). Every node checks at most once per
/// <see cref="LocalityOptions.RefreshInterval"/> whether <see cref="Settings.LocalityStamp"/> moved,
/// one single-row read, and rebuilds when it did: an administrator's change on any node reaches all
/// of them within that interval (ADR 11).
/// </summary>
public sealed class LocalitySource(TimeProvider time, IOptions<LocalityOptions> options)
{
    /// <summary>What was built, from which stamp (null: no settings row), and when the stamp was last read (a timestamp of <c>time</c>).</summary>
    sealed record Snapshot(Locality Locality, Guid? Stamp, long CheckedAt);

    volatile Snapshot? _snapshot;

    public async Task<Locality> GetAsync(MotCuaDbContext db, CancellationToken cancellationToken = default)
    {
        var now = time.GetTimestamp();
        var snapshot = _snapshot;
        if (snapshot is not null && time.GetElapsedTime(snapshot.CheckedAt, now) < options.Value.RefreshInterval)
            return snapshot.Locality;
        // The stamp is read before what it stamps: a change committed in between is built now and read again at the next check, never missed.
        var stamp = await db.Settings.AsNoTracking().Select(s => (Guid?)s.LocalityStamp).SingleOrDefaultAsync(cancellationToken);
        if (snapshot is not null && snapshot.Stamp == stamp)
        {
            _snapshot = snapshot with { CheckedAt = now };
            return snapshot.Locality;
        }
        var locality = await BuildAsync(db, cancellationToken: cancellationToken);
        _snapshot = new Snapshot(locality, stamp, now);
        return locality;
    }

    /// <summary>Forget the cached locality at once, after this node changed the profile or the calendar (other nodes see the stamp move).</summary>
    public void Invalidate() => _snapshot = null;

    /// <summary>
    /// The locality as stored, or, with <paramref name="edit"/>, as it would be with its calendar days
    /// edited, built in memory and saved nowhere: the candidate a preview of a calendar change
    /// compares with (R48). Without settings the state bodies' calendar applies and the days do not.
    /// </summary>
    public static async Task<Locality> BuildAsync(MotCuaDbContext db, Func<IEnumerable<CalendarDay>, IEnumerable<CalendarDay>>? edit = null,
        CancellationToken cancellationToken = default)
    {
        var settings = await db.Settings.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        var stored = await db.CalendarDays.AsNoTracking().ToListAsync(cancellationToken);
        var days = edit is null ? stored : edit(stored).ToList();
        var profile = settings is null ? LocalityProfiles.Default : LocalityProfiles.Get(settings.ActiveProfileId);
        var calendar = settings is null
            ? StateCalendars.VietnamStateBodiesCalendar
            : new WorkingCalendar(Definition(settings, days));
        var collectors = await db.Units.AsNoTracking().Where(u => u.FeeCollector != null)
            .ToDictionaryAsync(u => u.Id, u => u.FeeCollector!.Value, cancellationToken);
        return new Locality(profile, calendar, collectors);
    }

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
