using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Time;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Reception;

/// <summary>
/// A form the desk issued for a dossier of its Center (Mẫu 01–03), printed from the dossier and the
/// control-slip row that issued it: a dossier without that row has no such form (404).
/// </summary>
public abstract class IssuedFormModel(MotCuaDbContext db, CurrentOfficer officer, LocalitySource localities, DossierAction issuedBy) : PageModel
{
    public Dossier Dossier { get; private set; } = null!;
    public HistoryEntry Issued { get; private set; } = null!;
    public string CenterName { get; private set; } = "";
    public WorkingCalendar Calendar { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code)
    {
        var dossier = await db.LoadVisibleAsync(code, officer);
        if (dossier?.History.LastOrDefault(h => h.Action == issuedBy) is not { } issued)
            return NotFound();
        Dossier = dossier;
        Issued = issued;
        CenterName = await db.Units.Where(u => u.Id == dossier.CenterId).Select(u => u.Name).SingleOrDefaultAsync() ?? dossier.CenterId;
        Calendar = (await localities.GetAsync(db)).Calendar;
        return Page();
    }
}
