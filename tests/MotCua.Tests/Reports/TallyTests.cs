using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Features.Shared;
using MotCua.Platform;
using MotCua.Tests.Processing;
using MotCua.Tests.Reception;

namespace MotCua.Tests.Reports;

public class TallyTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_tally_kept_with_every_save_equals_a_recount_of_the_dossiers_R38(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 150);
        await using var db = app.NewDbContext();
        var kept = await Rows(db);
        var dossiers = await db.Dossiers.Select(d => new { d.State, Received = d.Clock != null, d.Timeliness, d.FinishedAt }).ToListAsync();
        Assert.Equal(dossiers.Count(d => d.Received && d.State.WasReceived()), kept.Sum(r => r.Received));
        Assert.Equal(dossiers.Count(d => d.Timeliness == Timeliness.Late), kept.Sum(r => r.Late));
        Assert.Contains(kept, r => r.Late > 0);
        Assert.All(dossiers.Where(d => d.Timeliness != null), d => Assert.NotNull(d.FinishedAt));

        var keptStates = await StateRows(db);
        var counted = (await db.Dossiers.Select(d => new { d.AgencyId, ProcedureCode = EF.Property<string>(d, "ProcedureCode"), d.ChannelIn, d.State, d.Timeliness })
                .ToListAsync())
            .GroupBy(d => (d.AgencyId, d.ProcedureCode, Channel: d.ChannelIn.ToString(), State: d.State.ToString()))
            .Select(g => new StateRow(g.Key.AgencyId, g.Key.ProcedureCode, g.Key.Channel, g.Key.State, g.Count(),
                g.Count(d => d.Timeliness == Timeliness.Early), g.Count(d => d.Timeliness == Timeliness.OnTime), g.Count(d => d.Timeliness == Timeliness.Late)))
            .OrderBy(r => r).ToList();
        Assert.Equal(counted, keptStates);
        Assert.Contains(keptStates, r => r.Late > 0);

        await TallyRebuild.RunAsync(db);

        Assert.Equal(kept, await Rows(db));
        Assert.Equal(keptStates, await StateRows(db));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_state_counts_follow_a_dossier_from_one_state_to_the_next_and_a_database_without_them_is_recounted_R35(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var code = DossierCode.Parse(await TestDossiers.ReceiveAsync(app, Desk.Marriage, app.Clock.GetUtcNow(), transfer: false));
        await using var db = app.NewDbContext();
        Assert.Equal([(DossierState.Received.ToString(), 1)], (await StateRows(db)).Select(r => (r.State, r.Count)));

        var dossier = await db.Dossiers.Whole().SingleAsync(d => d.Code == code);
        var locality = await app.Services.GetRequiredService<LocalitySource>().GetAsync(db);
        Assert.True(dossier.Transfer(await Desk.ActorAsync(db, "tiepnhan1", Role.Reception), app.Clock.GetUtcNow(), locality).Succeeded);
        await db.SaveChangesAsync();
        Assert.Equal([(DossierState.InProcessing.ToString(), 1)], (await StateRows(db)).Select(r => (r.State, r.Count)));

        await db.DossierStateCounts.ExecuteDeleteAsync();
        Assert.True(await TallyRebuild.IsMissingAsync(db));
        await TallyRebuild.RunAsync(db);
        Assert.Equal([(DossierState.InProcessing.ToString(), 1)], (await StateRows(db)).Select(r => (r.State, r.Count)));
    }

    static async Task<List<StateRow>> StateRows(MotCuaDbContext db) => (await db.DossierStateCounts.AsNoTracking().ToListAsync())
        .Where(c => c.Count != 0 || c.Early != 0 || c.OnTime != 0 || c.Late != 0)
        .Select(c => new StateRow(c.AgencyId, c.ProcedureCode, c.Channel.ToString(), c.State.ToString(), c.Count, c.Early, c.OnTime, c.Late))
        .OrderBy(r => r).ToList();

    record StateRow(string AgencyId, string ProcedureCode, string Channel, string State, int Count, int Early, int OnTime, int Late) : IComparable<StateRow>
    {
        public int CompareTo(StateRow? other) => string.CompareOrdinal($"{AgencyId}|{ProcedureCode}|{Channel}|{State}",
            $"{other!.AgencyId}|{other.ProcedureCode}|{other.Channel}|{other.State}");
    }

    static async Task<List<Row>> Rows(MotCuaDbContext db) => (await db.DossierDayCounts.AsNoTracking().ToListAsync())
        .Where(c => c.Received + c.FinishedEarly + c.FinishedOnTime + c.FinishedLate + c.Ended + c.IndexLate + c.OverdueFrom + c.OverdueUntil != 0)
        .Select(c => new Row(c.Day, c.AgencyId, c.ProcedureCode, c.Channel.ToString(), c.Received, c.FinishedEarly, c.FinishedOnTime, c.FinishedLate,
            c.Ended, c.IndexLate, c.OverdueFrom, c.OverdueUntil))
        .OrderBy(r => r.Day).ThenBy(r => r.AgencyId).ThenBy(r => r.ProcedureCode).ThenBy(r => r.Channel)
        .ToList();

    record Row(DateOnly Day, string AgencyId, string ProcedureCode, string Channel, int Received, int Early, int OnTime, int Late, int Ended,
        int IndexLate, int OverdueFrom, int OverdueUntil);
}
