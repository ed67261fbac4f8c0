using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Dossiers;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Exceptions;

/// <summary>
/// Overdue dossiers and their agencies' written explanations (R35): the Center sees which are missing,
/// an agency sees its own to explain.
/// </summary>
[Authorize(Policy = Policies.Officer)]
public sealed class OverdueModel(MotCuaDbContext db, CurrentOfficer officer, TimeProvider time) : PageModel
{
    public IReadOnlyList<Dossier> Missing { get; private set; } = [];
    public IReadOnlyList<Dossier> Explained { get; private set; } = [];
    public IReadOnlyDictionary<string, string> Units { get; private set; } = new Dictionary<string, string>();
    public DateTimeOffset Now { get; private set; }
    public bool IsAgency => !officer.IsCenterRole;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Now = time.GetUtcNow();
        var overdue = await OverdueDossiers.ListAsync(db, officer, Now, cancellationToken);
        Missing = overdue.Where(d => d.OverdueExplanation is null).ToList();
        Explained = overdue.Where(d => d.OverdueExplanation is not null).ToList();
        Units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
    }

    public static string When(DateTimeOffset? instant) => DueBadge.Show(instant);
}

public static class OverdueDossiers
{
    /// <summary>The officer's overdue dossiers (R35), soonest due first; the explanation is in each one's history.</summary>
    public static async Task<IReadOnlyList<Dossier>> ListAsync(MotCuaDbContext db, CurrentOfficer officer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var candidates = await db.Dossiers.VisibleTo(officer).AsNoTracking()
            .Where(d => d.Timeliness == Timeliness.Late
                || (d.Due < now && (d.State == DossierState.Received || d.State == DossierState.InProcessing || d.State == DossierState.Consulting)))
            .Whole().OrderBy(d => d.Due).ThenBy(d => d.Code).ToListAsync(cancellationToken);
        return candidates.Where(d => d.IsOverdue(now)).ToList();
    }
}
