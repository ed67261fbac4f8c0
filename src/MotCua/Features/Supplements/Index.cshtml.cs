using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Dossiers;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Supplements;

/// <summary>
/// The Center's supplement desk (R15, R16): dossiers the agencies sent back for a supplement, to
/// notify the applicant, and dossiers waiting for the applicant, with when each closes under the profile.
/// </summary>
[Authorize(Policy = Policies.Officer)]
public sealed class IndexModel(MotCuaDbContext db, CurrentOfficer officer, LocalitySource localities) : PageModel
{
    public IReadOnlyList<Dossier> ToNotify { get; private set; } = [];
    public IReadOnlyList<Dossier> Waiting { get; private set; } = [];
    public Locality Locality { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Locality = await localities.GetAsync(db, cancellationToken);
        var dossiers = await db.Dossiers.VisibleTo(officer).AsNoTracking()
            .Where(d => d.State == DossierState.SupplementRequested || d.State == DossierState.WaitingForApplicant)
            .Include(d => d.Procedure).Include(d => d.History).OrderBy(d => d.Code).ToListAsync(cancellationToken);
        ToNotify = dossiers.Where(d => d.State == DossierState.SupplementRequested).ToList();
        Waiting = dossiers.Where(d => d.State == DossierState.WaitingForApplicant).OrderBy(d => d.Supplements[^1].NotifiedAt).ToList();
    }

    public static string When(DateTimeOffset? instant) => DueBadge.Show(instant);
}
