using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Dossiers;

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

        await TallyRebuild.RunAsync(db);

        Assert.Equal(kept, await Rows(db));
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
