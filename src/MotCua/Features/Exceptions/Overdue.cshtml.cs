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
    public int MissingCount { get; private set; }
    public int ExplainedCount { get; private set; }
    public IReadOnlyDictionary<string, string> Units { get; private set; } = new Dictionary<string, string>();
    public DateTimeOffset Now { get; private set; }
    public bool IsAgency => !officer.IsCenterRole;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Now = time.GetUtcNow();
        (Missing, MissingCount) = await OverdueDossiers.ListAsync(db, officer, Now, explained: false, cancellationToken);
        (Explained, ExplainedCount) = await OverdueDossiers.ListAsync(db, officer, Now, explained: true, cancellationToken);
        Units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
    }

    public static string When(DateTimeOffset? instant) => DueBadge.Show(instant);
}

public static class OverdueDossiers
{
    /// <summary>Rows shown per list: every late dossier of the year stays on it, so it only grows.</summary>
    public const int Shown = 200;

    /// <summary>
    /// The officer's overdue dossiers (R35) with or without the agency's explanation, as the database
    /// selects them (the same test as <see cref="Dossier.IsOverdue"/>): those waiting longest first,
    /// or the latest explained first; and how many there are. Explained dossiers are few and found from the
    /// history's (action, at) index; the unexplained are counted as every late dossier (kept in the state counts)
    /// and every open overdue one (the unfinished dossiers' index) less the explained: the years of late dossiers are never counted one by one.
    /// </summary>
    public static async Task<(IReadOnlyList<Dossier> Shown, int Count)> ListAsync(MotCuaDbContext db, CurrentOfficer officer, DateTimeOffset now,
        bool explained, CancellationToken cancellationToken)
    {
        var overdue = Overdue(db.Dossiers.VisibleTo(officer), now);
        var query = explained
            ? overdue.Where(d => d.History.Any(h => h.Action == DossierAction.ExplainOverdue))
            : overdue.Where(d => !d.History.Any(h => h.Action == DossierAction.ExplainOverdue));
        var ordered = explained ? query.OrderByDescending(d => d.Due) : query.OrderBy(d => d.Due);
        var shown = await ordered.ThenBy(d => d.Code).Take(Shown).AsNoTracking().Whole().AsSplitQuery().ToListAsync(cancellationToken);
        if (shown.Count < Shown)
            return (shown, shown.Count);
        var explainedCount = await overdue.CountAsync(d => d.History.Any(h => h.Action == DossierAction.ExplainOverdue), cancellationToken);
        if (explained)
            return (shown, explainedCount);
        var late = await db.DossierStateCounts.VisibleTo(officer).SumAsync(c => c.Late, cancellationToken);
        var open = await db.Dossiers.VisibleTo(officer).Unfinished().Where(d => d.Due < now && Dossier.OverdueStates.Contains(d.State)).CountAsync(cancellationToken);
        return (shown, late + open - explainedCount);
    }

    static IQueryable<Dossier> Overdue(IQueryable<Dossier> dossiers, DateTimeOffset now) =>
        dossiers.Where(d => d.Timeliness == Timeliness.Late || (d.Due < now && Dossier.OverdueStates.Contains(d.State)));
}
