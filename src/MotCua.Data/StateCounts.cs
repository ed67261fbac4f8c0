using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;

namespace MotCua.Data;

/// <summary>
/// How many dossiers of one procedure at one agency through one channel stand in one state now, and how many
/// of them finished early, on time or late: the monitor's counts over every dossier the Center ever received,
/// kept with each save instead of counted over a table that grows with the years (ADR 17).
/// </summary>
public sealed class DossierStateCount
{
    public string AgencyId { get; set; } = "";
    public string ProcedureCode { get; set; } = "";
    public Channel Channel { get; set; }
    public DossierState State { get; set; }
    public int Count { get; set; }
    public int Early { get; set; }
    public int OnTime { get; set; }
    public int Late { get; set; }
}

public sealed partial class MotCuaDbContext
{
    public DbSet<DossierStateCount> DossierStateCounts => Set<DossierStateCount>();

    static void OnStateCountsCreating(ModelBuilder model) => model.Entity<DossierStateCount>(b =>
    {
        b.HasKey(c => new { c.AgencyId, c.ProcedureCode, c.Channel, c.State });
        b.Property(c => c.AgencyId).HasMaxLength(40);
        b.Property(c => c.ProcedureCode).HasMaxLength(40);
    });

    /// <summary>What this save changes in the state counts: each changed dossier leaves its old row and joins its new one.</summary>
    List<DossierStateCount> StateCountChanges()
    {
        var rows = new Dictionary<(string, string, Channel, DossierState), DossierStateCount>();
        foreach (var entry in ChangeTracker.Entries<Dossier>())
        {
            if (entry.State == EntityState.Modified)
                Add(entry, original: true, -1);
            if (entry.State is EntityState.Added or EntityState.Modified)
                Add(entry, original: false, +1);
        }
        return rows.Values.Where(r => r is not { Count: 0, Early: 0, OnTime: 0, Late: 0 }).ToList();

        void Add(EntityEntry<Dossier> entry, bool original, int change)
        {
            T Value<T>(string name) => (T)(original ? entry.Property(name).OriginalValue : entry.Property(name).CurrentValue)!;
            var key = (Value<string>(nameof(Dossier.AgencyId)), Value<string>("ProcedureCode"), Value<Channel>(nameof(Dossier.ChannelIn)),
                Value<DossierState>(nameof(Dossier.State)));
            if (!rows.TryGetValue(key, out var row))
                rows[key] = row = new DossierStateCount { AgencyId = key.Item1, ProcedureCode = key.Item2, Channel = key.Item3, State = key.Item4 };
            AddTo(row, Value<Timeliness?>(nameof(Dossier.Timeliness)), change);
        }
    }

    internal static void AddTo(DossierStateCount row, Timeliness? timeliness, int change)
    {
        row.Count += change;
        switch (timeliness)
        {
            case Timeliness.Early: row.Early += change; break;
            case Timeliness.OnTime: row.OnTime += change; break;
            case Timeliness.Late: row.Late += change; break;
        }
    }

    static FormattableString Upsert(DossierStateCount c) => $"""
                INSERT INTO "DossierStateCounts" ("AgencyId", "ProcedureCode", "Channel", "State", "Count", "Early", "OnTime", "Late")
                VALUES ({c.AgencyId}, {c.ProcedureCode}, {c.Channel.ToString()}, {c.State.ToString()}, {c.Count}, {c.Early}, {c.OnTime}, {c.Late})
                ON CONFLICT ("AgencyId", "ProcedureCode", "Channel", "State") DO UPDATE SET
                    "Count" = "DossierStateCounts"."Count" + excluded."Count",
                    "Early" = "DossierStateCounts"."Early" + excluded."Early",
                    "OnTime" = "DossierStateCounts"."OnTime" + excluded."OnTime",
                    "Late" = "DossierStateCounts"."Late" + excluded."Late"
                """;
}
