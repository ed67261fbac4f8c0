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
    public int WaitingCount { get; private set; }
    public Locality Locality { get; private set; } = null!;

    /// <summary>Dossiers waiting for the applicant shown at most: they pile up where applicants never come back.</summary>
    public const int Shown = 200;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Locality = await localities.GetAsync(db, cancellationToken);
        // The supplement requests and their notices live on the dossier row: no control slip is read.
        var dossiers = db.Dossiers.VisibleTo(officer).AsNoTracking().Include(d => d.Procedure);
        ToNotify = await dossiers.Where(d => d.State == DossierState.SupplementRequested).OrderBy(d => d.Code).ToListAsync(cancellationToken);
        var waiting = dossiers.Where(d => d.State == DossierState.WaitingForApplicant);
        var shown = await waiting.OrderBy(d => d.Code).Take(Shown).ToListAsync(cancellationToken);
        WaitingCount = shown.Count < Shown ? shown.Count : await waiting.CountAsync(cancellationToken);
        Waiting = shown.OrderBy(d => d.Supplements[^1].NotifiedAt).ToList();
    }

    public static string When(DateTimeOffset? instant) => DueBadge.Show(instant);
}
