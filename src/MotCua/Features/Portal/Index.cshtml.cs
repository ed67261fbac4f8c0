using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Catalog;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Portal;

/// <summary>The portal's home: the published catalog (R1), searched the way people type, grouped by field.</summary>
public sealed class IndexModel(MotCuaDbContext db, LocalitySource localities, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<IGrouping<string, Listed>> Fields { get; private set; } = [];

    public sealed record Listed(Procedure Procedure, ProcedureVersion Version, string AgencyName);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var locality = await localities.GetAsync(db, cancellationToken);
        var today = locality.Calendar.LocalDate(time.GetUtcNow());
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var found = await CatalogSearch.FindAsync(db, Q, cancellationToken);
        // Only what is in force today is published; a version taking effect later is not yet the law.
        Fields = found
            .Select(p => (Procedure: p, Version: p.VersionInForceOn(today)))
            .Where(x => x.Version is not null)
            .Select(x => new Listed(x.Procedure, x.Version!, units.GetValueOrDefault(x.Procedure.CompetentAgencyId, x.Procedure.CompetentAgencyId)))
            .GroupBy(x => x.Procedure.Field)
            .ToList();
    }
}
