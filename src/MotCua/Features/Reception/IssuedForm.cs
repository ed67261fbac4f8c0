using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Time;
using MotCua.Features.Forms;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Reception;

/// <summary>The header lines of a counter form: the Center, the form's number, the place and date.</summary>
public sealed record FormHeader(string CenterName, string Number, string DateLine);

/// <summary>
/// A form the desk issued for a dossier of its Center (Mẫu 01–03), printed from the dossier and the
/// control-slip row that issued it: a dossier without that row has no such form (404). Showing the page
/// issues the form (R52), so the paper printed from it carries the number of the stored PDF.
/// </summary>
public abstract class IssuedFormModel(MotCuaDbContext db, CurrentOfficer officer, LocalitySource localities, IssuedForms issuedForms, string form) : PageModel
{
    public Dossier Dossier { get; private set; } = null!;
    public HistoryEntry Issued { get; private set; } = null!;
    public string CenterName { get; private set; } = "";
    public WorkingCalendar Calendar { get; private set; } = null!;
    public FormHeader Header { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(DossierCode code, CancellationToken cancellationToken)
    {
        var national = NationalForms.Find(form)!;
        var dossier = await db.LoadVisibleAsync(code, officer, cancellationToken);
        if (dossier?.History.LastOrDefault(national.IssuedBy) is not { } issued
            || await issuedForms.GetAsync(dossier, national, cancellationToken) is not { } stored)
            return NotFound();
        Dossier = dossier;
        Issued = issued;
        var center = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == dossier.CenterId, cancellationToken);
        CenterName = center?.Name ?? dossier.CenterId;
        Calendar = (await localities.GetAsync(db, cancellationToken)).Calendar;
        Header = new FormHeader(CenterName, stored.Record.Number, FormPdf.DateLine(center?.Place, Calendar.ToLocal(issued.At)));
        return Page();
    }
}
