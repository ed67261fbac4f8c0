using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Time;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Returns;

/// <summary>The return desk: results at the Center to give out, soonest due first, and results the agencies have yet to bring (R23, R24, R25).</summary>
public sealed class IndexModel(MotCuaDbContext db, CurrentOfficer officer, LocalitySource localities, TimeProvider time) : PageModel
{
    /// <summary>Rows shown per list; the others are found by code, name or phone.</summary>
    public const int Shown = 200;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<Dossier> AtDesk { get; private set; } = [];
    public IReadOnlyList<Dossier> Awaited { get; private set; } = [];
    public int AtDeskCount { get; private set; }
    public int AwaitedCount { get; private set; }
    public DateTimeOffset Now { get; private set; }
    public WorkingCalendar Calendar { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        Now = time.GetUtcNow();
        Calendar = (await localities.GetAsync(db)).Calendar;
        var visible = db.Dossiers.VisibleTo(officer).AsNoTracking();
        if (Query?.Trim() is { Length: > 0 } q)
            visible = Matching(visible, q);
        (AtDesk, AtDeskCount) = await ListAsync(visible, DossierState.AtReturnDesk);
        (Awaited, AwaitedCount) = await ListAsync(visible, DossierState.ResultReady);
    }

    /// <summary>
    /// What the officer typed: a whole code (in any case) finds its dossier through the key's index. Anything else
    /// is a part of the code as printed on the receipt (its last digits, say), of the name or of the phone: a
    /// substring search, which no index serves, but only over the results at the desk or awaited. EF cannot apply
    /// string functions to a <see cref="DossierCode"/>, so the code's column is read as the text it stores.
    /// </summary>
    static IQueryable<Dossier> Matching(IQueryable<Dossier> visible, string typed)
    {
        if (DossierCode.TryParse(typed, out var code))
            return visible.Where(d => d.Code == code);
        // Codes are stored in capitals (DossierCode's one spelling).
        var part = typed.ToUpperInvariant();
        return visible.Where(d => ((string)(object)d.Code).Contains(part) || d.Applicant.Name.Contains(typed) || d.Applicant.Phone.Contains(typed));
    }

    /// <summary>Uncollected results stay at the Center until collected (R25), so the lists only grow: the soonest due first, and the count.</summary>
    static async Task<(IReadOnlyList<Dossier>, int)> ListAsync(IQueryable<Dossier> visible, DossierState state)
    {
        var inState = visible.Where(d => d.State == state);
        var shown = await inState.Include(d => d.Procedure).OrderBy(d => d.Due).ThenBy(d => d.Code).Take(Shown).ToListAsync();
        return (shown, shown.Count < Shown ? shown.Count : await inState.CountAsync());
    }

    /// <summary>R24: a result ready before the due day is offered early, so the applicant is called.</summary>
    public bool CallEarly(Dossier dossier) => dossier.Result?.Early == true && dossier.Due is { } due && Now < due;
}
