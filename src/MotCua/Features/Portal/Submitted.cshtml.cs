using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Codes;

namespace MotCua.Features.Portal;

/// <summary>
/// The confirmation after an online submission. The code is in the address, so anyone can open it:
/// the procedure and the time are shown only to the browser that submitted the dossier.
/// </summary>
public sealed class SubmittedModel(MotCuaDbContext db) : PageModel
{
    public DossierCode Code { get; private set; } = null!;
    /// <summary>The procedure's name, when this browser submitted the dossier.</summary>
    public string? ProcedureName { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }

    /// <remarks>A segment that is not a code never gets here (the route's <c>dossiercode</c> constraint): it is not found.</remarks>
    public async Task<IActionResult> OnGetAsync(DossierCode code, CancellationToken cancellationToken)
    {
        Code = code;
        if (TempData.Peek(SubmitModel.SubmittedKey) as string == code.ToString())
        {
            var dossier = await db.Dossiers.AsNoTracking().Include(d => d.Procedure).Include(d => d.History)
                .SingleOrDefaultAsync(d => d.Code == code, cancellationToken);
            ProcedureName = dossier?.Procedure.Name;
            SubmittedAt = dossier?.History.Min(h => h.At);
        }
        return Page();
    }
}
