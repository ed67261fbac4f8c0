using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Platform;

namespace MotCua.Features.Shared;

/// <summary>
/// A page that acts on one dossier (its desk, an exception path, its files...): it loads the dossier
/// the officer may see (404 otherwise), offers the commands the aggregate allows the officer now
/// (<see cref="May"/>, with <see cref="WhyNot"/> for the others), and applies one through the
/// <see cref="DossierPipeline"/> with the row version the form was drawn from (<see cref="Seen"/>).
/// </summary>
public abstract class DossierActionPage(MotCuaDbContext db, CurrentOfficer officer, LocalitySource localities, TimeProvider time) : PageModel
{
    public const int MaxText = FormText.MaxLength;

    IReadOnlyDictionary<DossierCommand, BrokenRule?> _permissions = new Dictionary<DossierCommand, BrokenRule?>();

    protected MotCuaDbContext Db => db;
    public CurrentOfficer Officer => officer;

    public Dossier Dossier { get; private set; } = null!;
    public Locality Locality { get; private set; } = null!;
    public DateTimeOffset Now { get; private set; }

    /// <summary>The dossier's row version when the form was drawn: every form posts it back (<see cref="SeenTagHelper"/>), and a form older than the dossier is not acted on.</summary>
    [BindProperty]
    public int? Seen { get; set; }

    /// <summary>The dossier's row version now, for the forms drawn on this page.</summary>
    public int RowVersion => db.Entry(Dossier).Property<int>(MotCuaDbContext.RowVersion).CurrentValue;

    /// <summary>Why the action just posted was not applied: a broken rule (with its id), another officer's change, or invalid input.</summary>
    public string? Problem { get; protected set; }

    [TempData]
    public string? Done { get; set; }

    /// <summary>The dossier's code from the route, whose <c>dossiercode</c> constraint lets only a code through.</summary>
    [FromRoute(Name = "code")]
    public DossierCode Code { get; set; } = null!;

    /// <summary>Where a successful action leads: the dossier page (a code needs no escaping in a URL).</summary>
    protected virtual string AfterAction => $"/ho-so/{Code}";

    /// <summary>The dossier as this page may load it; by default the officer's own scope.</summary>
    protected virtual Task<Dossier?> FindAsync(CancellationToken cancellationToken) => db.LoadVisibleAsync(Code, officer, cancellationToken);

    /// <summary>What else the page shows beside the dossier (unit names, files...), loaded again after a refused action.</summary>
    protected virtual Task LoadMoreAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Whether the aggregate lets the officer take the command now.</summary>
    public bool May(DossierCommand command) => _permissions.TryGetValue(command, out var refused) && refused is null;

    /// <summary>Why the officer may not take the command now, as the aggregate says it.</summary>
    public string? WhyNot(DossierCommand command) => _permissions.GetValueOrDefault(command)?.Message;

    /// <summary>
    /// The refusal worth showing beside a greyed action: a rule of time or content (a deadline passed,
    /// a draft missing), not merely that the action belongs to another role, unit or state.
    /// </summary>
    public BrokenRule? HeldBack(DossierCommand command) => _permissions.GetValueOrDefault(command) is { } rule && !rule.IsAboutWho() ? rule : null;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var cancellationToken = context.HttpContext.RequestAborted;
        Locality = await localities.GetAsync(db, cancellationToken);
        if (!await ShowAsync(cancellationToken))
        {
            context.Result = NotFound();
            return;
        }
        await next();
    }

    async Task<bool> ShowAsync(CancellationToken cancellationToken)
    {
        if (await FindAsync(cancellationToken) is not { } dossier)
            return false;
        Dossier = dossier;
        Now = time.GetUtcNow();
        _permissions = dossier.Permissions(officer.Actor, Now, Locality).ToDictionary(p => p.Command, p => p.Refused);
        await LoadMoreAsync(cancellationToken);
        return true;
    }

    /// <summary>Applies one action through the pipeline; the texts given must fit <see cref="MaxText"/> and print on the forms.</summary>
    protected Task<IActionResult> Act(Func<Outcome> action, string? done, params string?[] texts) =>
        Act(action, () => Redirect(AfterAction), done, texts);

    /// <summary>Applies one action through the pipeline and, when it is done, answers <paramref name="next"/> (with <paramref name="done"/> shown there, if any).</summary>
    protected async Task<IActionResult> Act(Func<Outcome> action, Func<IActionResult> next, string? done, params string?[] texts)
    {
        if (texts.Select(t => FormText.Problem(t?.Trim(), "Nội dung", MaxText, multiline: true)).FirstOrDefault(p => p is not null) is { } problem)
            return Refuse(problem);
        var pipeline = HttpContext.RequestServices.GetRequiredService<DossierPipeline>();
        return await Act(cancellationToken => pipeline.RunAsync(Dossier, Seen, _ => action(), cancellationToken), next, done);
    }

    /// <summary>Applies an action run by a feature's own service over the pipeline (the cashier issuing a receipt), answered as every other action.</summary>
    protected async Task<IActionResult> Act(Func<CancellationToken, Task<Acted>> run, Func<IActionResult> next, string? done)
    {
        var acted = await run(HttpContext.RequestAborted);
        if (acted is Acted.Done)
        {
            if (done is not null)
                Done = done;
            return next();
        }
        Problem = acted.Message;
        // Show the dossier as it stands in the database, not as the refused action left it in memory.
        return await ShowAsync(HttpContext.RequestAborted) ? Page() : NotFound();
    }

    /// <summary>Input refused before it reached the aggregate: the page again, with the message.</summary>
    protected IActionResult Refuse(string message)
    {
        Problem = message;
        return Page();
    }

    public string When(DateTimeOffset? instant) => DueBadge.Show(instant);

    /// <summary>Lines typed one item per line, trimmed, without blanks.</summary>
    public static IReadOnlyList<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
