using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using MotCua.Domain.Catalog;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Reporting;
using MotCua.Domain.Time;

namespace MotCua.Data;

/// <summary>
/// One day's figures of one procedure's dossiers at one agency through one channel: the maintained
/// summary the dashboard, Biểu II.06a and the national index sum over a period, instead of counting
/// a dossier table that grows with the years (ADR 16). Columns are <see cref="TallyMeasure"/>s.
/// </summary>
public sealed class DossierDayCount
{
    public DateOnly Day { get; set; }
    public string AgencyId { get; set; } = "";
    public string ProcedureCode { get; set; } = "";
    public Channel Channel { get; set; }
    public int Received { get; set; }
    public int FinishedEarly { get; set; }
    public int FinishedOnTime { get; set; }
    public int FinishedLate { get; set; }
    public int Ended { get; set; }
    public int IndexLate { get; set; }
    public int OverdueFrom { get; set; }
    public int OverdueUntil { get; set; }
}

public sealed partial class MotCuaDbContext
{
    public DbSet<DossierDayCount> DossierDayCounts => Set<DossierDayCount>();

    static readonly TimeZoneInfo ReportZone = TimeZoneInfo.FindSystemTimeZoneById(CalendarDefinition.VietnamTimeZone);

    static void OnTallyCreating(ModelBuilder model) => model.Entity<DossierDayCount>(b =>
    {
        // Day first: every reader sums a range of days.
        b.HasKey(c => new { c.Day, c.AgencyId, c.ProcedureCode, c.Channel });
        b.Property(c => c.AgencyId).HasMaxLength(40);
        b.Property(c => c.ProcedureCode).HasMaxLength(40);
    });

    /// <summary>What this save changes in the tally, one row per day and key (to be added to the stored rows).</summary>
    List<DossierDayCount> TallyChanges()
    {
        var rows = new Dictionary<(DateOnly, string, string, Channel), DossierDayCount>();
        foreach (var entry in ChangeTracker.Entries<Dossier>())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
                continue;
            var dossier = entry.Entity;
            var before = entry.State == EntityState.Added ? null : Facts(entry, original: true);
            var procedure = (string)entry.Property("ProcedureCode").CurrentValue!;
            foreach (var ((day, measure), change) in DossierTally.Change(before, Facts(entry, original: false)))
            {
                var key = (day, dossier.AgencyId, procedure, dossier.ChannelIn);
                if (!rows.TryGetValue(key, out var row))
                    rows[key] = row = new DossierDayCount { Day = day, AgencyId = dossier.AgencyId, ProcedureCode = procedure, Channel = dossier.ChannelIn };
                AddTo(row, measure, change);
            }
        }
        return rows.Values.ToList();
    }

    /// <summary>
    /// The dossier's facts as stored before this save, or as they will be. The clock is read as it is now:
    /// it appears on receipt and never goes away, so a state that was received had it then too.
    /// </summary>
    static TallyFacts Facts(EntityEntry<Dossier> entry, bool original)
    {
        T Value<T>(string name) => (T)(original ? entry.Property(name).OriginalValue : entry.Property(name).CurrentValue)!;
        var dossier = entry.Entity;
        var state = Value<DossierState>(nameof(Dossier.State));
        return new TallyFacts(
            LocalDay(dossier.SubmittedAt),
            dossier.Clock is not null && state.WasReceived(),
            Value<DateTimeOffset?>(nameof(Dossier.FinishedAt)) is { } finished ? LocalDay(finished) : null,
            Value<Timeliness?>(nameof(Dossier.Timeliness)),
            Value<DateTimeOffset?>(nameof(Dossier.Due)) is { } due ? LocalDay(due) : null,
            dossier.Clock?.SupplementRequests ?? 0);
    }

    /// <summary>The Center's local day of an instant: the day reports put it on.</summary>
    public static DateOnly LocalDay(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, ReportZone).DateTime);

    internal static void AddTo(DossierDayCount row, TallyMeasure measure, int change)
    {
        switch (measure)
        {
            case TallyMeasure.Received: row.Received += change; break;
            case TallyMeasure.FinishedEarly: row.FinishedEarly += change; break;
            case TallyMeasure.FinishedOnTime: row.FinishedOnTime += change; break;
            case TallyMeasure.FinishedLate: row.FinishedLate += change; break;
            case TallyMeasure.Ended: row.Ended += change; break;
            case TallyMeasure.IndexLate: row.IndexLate += change; break;
            case TallyMeasure.OverdueFrom: row.OverdueFrom += change; break;
            default: row.OverdueUntil += change; break;
        }
    }

    /// <summary>What a save changes in the maintained summaries: the daily tally and the state counts.</summary>
    sealed record SummaryChanges(List<DossierDayCount> Days, List<DossierStateCount> States)
    {
        public bool IsEmpty => Days.Count == 0 && States.Count == 0;

        public IEnumerable<FormattableString> Upserts => Days.Select(Upsert).Concat(States.Select(Upsert));
    }

    SummaryChanges SummaryChangesOfThisSave() => new(TallyChanges(), StateCountChanges());

    /// <summary>
    /// Adds the changes to the stored rows with one atomic upsert each (SQLite 3.35+ and PostgreSQL),
    /// so concurrent saves add up instead of overwriting one another. Runs in the save's transaction.
    /// </summary>
    async Task AddToSummariesAsync(SummaryChanges changes, CancellationToken cancellationToken)
    {
        foreach (var upsert in changes.Upserts)
            await Database.ExecuteSqlAsync(upsert, cancellationToken);
    }

    void AddToSummaries(SummaryChanges changes)
    {
        foreach (var upsert in changes.Upserts)
            Database.ExecuteSql(upsert);
    }

    static FormattableString Upsert(DossierDayCount c) => $"""
                INSERT INTO "DossierDayCounts" ("Day", "AgencyId", "ProcedureCode", "Channel", "Received", "FinishedEarly", "FinishedOnTime",
                    "FinishedLate", "Ended", "IndexLate", "OverdueFrom", "OverdueUntil")
                VALUES ({c.Day}, {c.AgencyId}, {c.ProcedureCode}, {c.Channel.ToString()}, {c.Received}, {c.FinishedEarly}, {c.FinishedOnTime},
                    {c.FinishedLate}, {c.Ended}, {c.IndexLate}, {c.OverdueFrom}, {c.OverdueUntil})
                ON CONFLICT ("Day", "AgencyId", "ProcedureCode", "Channel") DO UPDATE SET
                    "Received" = "DossierDayCounts"."Received" + excluded."Received",
                    "FinishedEarly" = "DossierDayCounts"."FinishedEarly" + excluded."FinishedEarly",
                    "FinishedOnTime" = "DossierDayCounts"."FinishedOnTime" + excluded."FinishedOnTime",
                    "FinishedLate" = "DossierDayCounts"."FinishedLate" + excluded."FinishedLate",
                    "Ended" = "DossierDayCounts"."Ended" + excluded."Ended",
                    "IndexLate" = "DossierDayCounts"."IndexLate" + excluded."IndexLate",
                    "OverdueFrom" = "DossierDayCounts"."OverdueFrom" + excluded."OverdueFrom",
                    "OverdueUntil" = "DossierDayCounts"."OverdueUntil" + excluded."OverdueUntil"
                """;
}
