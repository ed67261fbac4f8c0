using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Time;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Returns;

/// <summary>The return desk: results at the Center to give out, soonest due first, and results the agencies have yet to bring (R23, R24, R25).</summary>
public sealed class IndexModel(MotCuaDbContext db, CurrentOfficer officer, LocalitySource localities, TimeProvider time) : PageModel
{
    public IReadOnlyList<Dossier> AtDesk { get; private set; } = [];
    public IReadOnlyList<Dossier> Awaited { get; private set; } = [];
    public DateTimeOffset Now { get; private set; }
    public WorkingCalendar Calendar { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        Now = time.GetUtcNow();
        Calendar = (await localities.GetAsync(db)).Calendar;
        var dossiers = await db.Dossiers.VisibleTo(officer).AsNoTracking()
            .Where(d => d.State == DossierState.AtReturnDesk || d.State == DossierState.ResultReady)
            .Include(d => d.Procedure)
            .OrderBy(d => d.Due).ThenBy(d => d.Code)
            .ToListAsync();
        AtDesk = dossiers.Where(d => d.State == DossierState.AtReturnDesk).ToList();
        Awaited = dossiers.Where(d => d.State == DossierState.ResultReady).ToList();
    }

    /// <summary>R24: a result ready before the due day is offered early, so the applicant is called.</summary>
    public bool CallEarly(Dossier dossier) => dossier.Result?.Early == true && dossier.Due is { } due && Now < due;
}
