using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Feedback;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Feedback;

/// <summary>The Center's items about a regulation that wait to be aggregated, under the procedure of their dossier where known.</summary>
public sealed record WaitingGroup(string? ProcedureCode, string Name, IReadOnlyList<FeedbackItem> Items);

/// <summary>
/// Proposals to change a regulation (R34), for the Center's staff and director only: the items about a regulation no proposal
/// holds yet, grouped by procedure, a form to start a draft from those ticked, and the Center's drafts and sent proposals.
/// </summary>
[Authorize(Policy = Policies.Monitor)]
public sealed class ProposalsModel(MotCuaDbContext db, ProposalDesk desk, CurrentOfficer officer) : PageModel
{
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? ProcedureCode { get; set; }
    [BindProperty(Name = "items")] public List<string?> Selected { get; set; } = [];

    public IReadOnlyList<WaitingGroup> Groups { get; private set; } = [];
    public IReadOnlyList<RegulationProposal> Proposals { get; private set; } = [];
    public IReadOnlyList<KeyValuePair<string, string>> Catalog { get; private set; } = [];
    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (parsed, errors) = await new ProposalInput(Title, ProcedureCode, null, null).ParseAsync(db, cancellationToken);
        if (parsed is null)
        {
            errors.AddTo(ModelState);
            return await InvalidAsync("Chưa lập được kiến nghị: xem các ô được đánh dấu.", StatusCodes.Status400BadRequest, cancellationToken);
        }
        var codes = ProposalDesk.Codes(Selected);
        var procedure = parsed.ProcedureCode ?? await SharedProcedureAsync(codes, cancellationToken);
        var acted = await desk.DraftAsync(parsed.Title, procedure, null, null, codes, officer.Actor, cancellationToken);
        if (acted is ProposalActed.Done done)
        {
            TempData[nameof(ProposalModel.Done)] = $"Đã lập dự thảo kiến nghị {done.Proposal.Code}.";
            return Redirect($"/phan-anh-kien-nghi/kien-nghi/{done.Proposal.Code}");
        }
        return await InvalidAsync(acted.Message!, acted is ProposalActed.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity, cancellationToken);
    }

    /// <summary>When the items ticked that name a dossier all name dossiers of one procedure, the draft concerns it unless the officer named another.</summary>
    async Task<string?> SharedProcedureAsync(IReadOnlyList<string> codes, CancellationToken cancellationToken)
    {
        if (codes.Count == 0)
            return null;
        var items = await desk.Items(officer.Actor).AsNoTracking().Where(f => codes.Contains(f.Code)).ToListAsync(cancellationToken);
        var procedures = await desk.ProceduresAsync(items, cancellationToken);
        var named = procedures.Values.Select(p => p.Code).Distinct().ToList();
        return named is [var only] ? only : null;
    }

    async Task<IActionResult> InvalidAsync(string problem, int status, CancellationToken cancellationToken)
    {
        Problem = problem;
        Response.StatusCode = status;
        await LoadAsync(cancellationToken);
        return Page();
    }

    async Task LoadAsync(CancellationToken cancellationToken)
    {
        var waiting = await desk.Waiting(officer.Actor).AsNoTracking().OrderBy(f => f.ReceivedAt).ToListAsync(cancellationToken);
        var procedures = await desk.ProceduresAsync(waiting, cancellationToken);
        Groups = waiting
            .GroupBy(f => procedures.TryGetValue(f.Code, out var p) ? p : ((string, string)?)null)
            .OrderBy(g => g.Key is null).ThenBy(g => g.Key?.Item2, StringComparer.Ordinal)
            .Select(g => new WaitingGroup(g.Key?.Item1, g.Key is { } p ? $"{p.Item2} ({p.Item1})" : "Không gắn với hồ sơ của thủ tục nào", g.ToList()))
            .ToList();
        Proposals = await desk.InScope(officer.Actor).AsNoTracking()
            .OrderBy(p => p.State).ThenByDescending(p => p.DraftedAt).ToListAsync(cancellationToken);
        Catalog = await db.Procedures.AsNoTracking().OrderBy(p => p.Code).Select(p => KeyValuePair.Create(p.Code, p.Name)).ToListAsync(cancellationToken);
    }
}
