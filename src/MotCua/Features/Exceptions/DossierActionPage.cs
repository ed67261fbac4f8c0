using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Exceptions;

/// <summary>
/// A page of one exception path on one dossier (supplement, apology, consultation, incident...): it
/// loads the dossier the officer may see (404 otherwise), applies one domain action, shows the broken
/// rule or another officer's concurrent change, and on success goes back to the dossier page.
/// </summary>
public abstract class DossierActionPage(MotCuaDbContext db, CurrentOfficer officer, LocalitySource localities, TimeProvider time) : PageModel
{
    public const int MaxText = FormText.MaxLength;

    protected MotCuaDbContext Db => db;
    public CurrentOfficer Officer => officer;

    public Dossier Dossier { get; private set; } = null!;
    public Locality Locality { get; private set; } = null!;
    public DateTimeOffset Now { get; private set; }

    /// <summary>Why the action just posted was not applied: a broken rule (with its id), or another officer's change.</summary>
    public string? Problem { get; protected set; }

    [TempData]
    public string? Done { get; set; }

    public string Code => (string)RouteData.Values["code"]!;

    /// <summary>Where a successful action leads: the dossier page.</summary>
    protected virtual string AfterAction => $"/ho-so/{Uri.EscapeDataString(Code)}";

    /// <summary>The dossier as this page may load it; by default the officer's own scope.</summary>
    protected virtual Task<Dossier?> FindAsync(CancellationToken cancellationToken) => db.LoadVisibleAsync(Code, officer, cancellationToken);

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (await FindAsync(context.HttpContext.RequestAborted) is not { } dossier)
        {
            context.Result = NotFound();
            return;
        }
        Dossier = dossier;
        Locality = await localities.GetAsync(db, context.HttpContext.RequestAborted);
        Now = time.GetUtcNow();
        await next();
    }

    /// <summary>Applies one action through the aggregate; the texts given must fit <see cref="MaxText"/> and print on the forms.</summary>
    protected async Task<IActionResult> Act(Func<Outcome> action, string done, params string?[] texts)
    {
        if (texts.Select(t => FormText.Problem(t?.Trim(), "Nội dung", MaxText, multiline: true)).FirstOrDefault(p => p is not null) is { } problem)
        {
            Problem = problem;
            return Page();
        }
        if (action().Broken is { } broken)
        {
            Problem = $"{broken.Message} ({broken.RuleId})";
            db.ChangeTracker.Clear();
            Dossier = (await FindAsync(HttpContext.RequestAborted))!;
            return Page();
        }
        if (await db.SaveActionAsync(HttpContext.RequestAborted) is { } conflict)
        {
            Problem = conflict;
            db.ChangeTracker.Clear();
            if (await FindAsync(HttpContext.RequestAborted) is not { } fresh)
                return NotFound();
            Dossier = fresh;
            return Page();
        }
        Done = done;
        return Redirect(AfterAction);
    }

    public string When(DateTimeOffset? instant) => DueBadge.Show(instant);

    /// <summary>Lines typed one item per line, trimmed, without blanks.</summary>
    public static IReadOnlyList<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
