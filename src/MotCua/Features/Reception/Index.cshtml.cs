using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Reception;

/// <summary>The reception desk: find the procedure a citizen asks for, and the online submissions waiting at the Center.</summary>
public sealed class IndexModel(MotCuaDbContext db, CurrentOfficer officer) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<Procedure> Procedures { get; private set; } = [];
    public IReadOnlyDictionary<string, string> UnitNames { get; private set; } = new Dictionary<string, string>();
    public IReadOnlyList<Dossier> Waiting { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Procedures = await CatalogSearch.FindAsync(db, Query);
        UnitNames = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name);
        // A Center has tens of submissions waiting, not thousands: sorting by submission time in memory is cheap.
        var waiting = await db.Dossiers.VisibleTo(officer).AsNoTracking()
            .Where(d => d.State == DossierState.Submitted)
            .Include(d => d.Procedure).Include(d => d.History)
            .ToListAsync();
        Waiting = waiting.OrderBy(d => d.History[0].At).ToList();
    }
}
