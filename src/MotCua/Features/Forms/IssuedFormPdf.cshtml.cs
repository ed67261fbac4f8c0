using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Data;
using MotCua.Domain.Codes;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Forms;

/// <summary>
/// An issued form of a dossier the officer may see, as the PDF stored at its first print (R51, R52).
/// An unknown form, or one the history never issued, is not found.
/// </summary>
public sealed class IssuedFormPdfModel(MotCuaDbContext db, CurrentOfficer officer, IssuedForms issuedForms) : PageModel
{
    public async Task<IActionResult> OnGetAsync(DossierCode code, string form, CancellationToken cancellationToken)
    {
        // The literal route of Mẫu 06 takes precedence over this one.
        if (NationalForms.Find(form) is not { } national || await db.LoadVisibleAsync(code, officer, cancellationToken) is not { } dossier)
            return NotFound();
        var issued = await issuedForms.GetAsync(dossier, national, cancellationToken);
        return issued is { } found ? File(found.Pdf, "application/pdf", $"{form}-{dossier.Code}.pdf") : NotFound();
    }
}
