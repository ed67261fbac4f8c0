using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Reporting;

namespace MotCua.Data;

/// <summary>
/// Recounts the daily tally and the state counts from the dossiers: for a database written before they
/// existed, or loaded in bulk past the context (the benchmark's generator). Reads only the columns they
/// count, streamed, so memory holds the summaries alone.
/// </summary>
public static class TallyRebuild
{
    /// <summary>Whether dossiers exist but a summary is empty: the database predates it.</summary>
    public static async Task<bool> IsMissingAsync(MotCuaDbContext db, CancellationToken cancellationToken = default) =>
        !await db.DossierStateCounts.AnyAsync(cancellationToken) && await db.Dossiers.AnyAsync(cancellationToken)
        || !await db.DossierDayCounts.AnyAsync(cancellationToken) && await db.Dossiers.AnyAsync(d => d.Clock != null, cancellationToken);

    /// <summary>Replaces the tally and the state counts with a recount; returns the number of dossiers counted.</summary>
    public static async Task<long> RunAsync(MotCuaDbContext db, CancellationToken cancellationToken = default)
    {
        var rows = new Dictionary<(DateOnly, string, string, Channel), DossierDayCount>();
        var states = new Dictionary<(string, string, Channel, DossierState), DossierStateCount>();
        long counted = 0;
        // One streamed query: rows are read as they are counted, never held together.
        var dossiers = db.Dossiers.AsNoTracking().Select(d => new
        {
            d.SubmittedAt, d.AgencyId, ProcedureCode = EF.Property<string>(d, "ProcedureCode"), d.ChannelIn, d.State,
            HasClock = d.Clock != null, Supplements = d.Clock != null ? d.Clock.SupplementRequests : 0, d.FinishedAt, d.Timeliness, d.Due,
        }).AsAsyncEnumerable();
        await foreach (var d in dossiers.WithCancellation(cancellationToken))
        {
            var facts = new TallyFacts(MotCuaDbContext.LocalDay(d.SubmittedAt), d.HasClock && d.State.WasReceived(),
                d.FinishedAt is { } finished ? MotCuaDbContext.LocalDay(finished) : null, d.Timeliness,
                d.Due is { } due ? MotCuaDbContext.LocalDay(due) : null, d.Supplements);
            foreach (var (day, measure) in DossierTally.Of(facts))
            {
                var key = (day, d.AgencyId, d.ProcedureCode, d.ChannelIn);
                if (!rows.TryGetValue(key, out var row))
                    rows[key] = row = new DossierDayCount { Day = day, AgencyId = d.AgencyId, ProcedureCode = d.ProcedureCode, Channel = d.ChannelIn };
                MotCuaDbContext.AddTo(row, measure, 1);
            }
            var stateKey = (d.AgencyId, d.ProcedureCode, d.ChannelIn, d.State);
            if (!states.TryGetValue(stateKey, out var stateRow))
                states[stateKey] = stateRow = new DossierStateCount { AgencyId = d.AgencyId, ProcedureCode = d.ProcedureCode, Channel = d.ChannelIn, State = d.State };
            MotCuaDbContext.AddTo(stateRow, d.Timeliness, 1);
            counted++;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.DossierDayCounts.ExecuteDeleteAsync(cancellationToken);
        await db.DossierStateCounts.ExecuteDeleteAsync(cancellationToken);
        db.DossierStateCounts.AddRange(states.Values);
        foreach (var chunk in rows.Values.Chunk(5_000))
        {
            db.DossierDayCounts.AddRange(chunk);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
        await transaction.CommitAsync(cancellationToken);
        return counted;
    }
}
