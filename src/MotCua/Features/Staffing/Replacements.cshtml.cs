using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Ratings;
using MotCua.Domain.Staffing;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Staffing;

/// <summary>
/// Proposals to replace an officer (R32) and requests for the Center's opinion (R62) in the officer's scope. The Center's staff and
/// director draft a proposal about an officer serving at the Center, with each officer's satisfaction figure beside their name;
/// an agency's leader reads the proposals sent to it and asks the Center's opinion about its own officers.
/// </summary>
[Authorize(Policy = Policies.Staffing)]
public sealed class ReplacementsModel(MotCuaDbContext db, ReplacementDesk desk, CurrentOfficer officer) : PageModel
{
    [BindProperty] public int? Officer { get; set; }
    [BindProperty] public string? Ground { get; set; }
    [BindProperty] public string? Grounds { get; set; }
    [BindProperty] public string? Matter { get; set; }
    [BindProperty] public string? Details { get; set; }

    public IReadOnlyList<ReplacementProposal> Proposals { get; private set; } = [];
    public IReadOnlyList<OpinionRequest> Opinions { get; private set; } = [];
    public IReadOnlyList<Secondment> Serving { get; private set; } = [];
    public IReadOnlyDictionary<string, SatisfactionTally> Tallies { get; private set; } = new Dictionary<string, SatisfactionTally>();
    public (DateOnly From, DateOnly To) Period { get; private set; }
    public IReadOnlyDictionary<string, string> Units { get; private set; } = new Dictionary<string, string>();
    public string? Problem { get; private set; }

    /// <summary>The Center's staff and director write proposals; an agency's leader asks opinions.</summary>
    public bool Drafts => officer.Role is Role.CenterStaff or Role.CenterDirector;

    public bool Asks => officer.Role == Role.AgencyLeader;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostDraftAsync(CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        if (Officer is null)
            errors.Add(new(nameof(Officer), "Chọn cán bộ được đề nghị thay thế."));
        var ground = ReplacementInput.Ground(Ground, nameof(Ground), errors);
        var grounds = ReplacementInput.Text(Grounds, nameof(Grounds), "Lý do cụ thể", errors);
        if (errors.Count > 0)
            return await InvalidAsync(errors, cancellationToken);
        var acted = await desk.DraftAsync(Officer!.Value, ground!.Value, grounds, officer.Actor, cancellationToken);
        if (acted is StaffingActed.Done { Record: ReplacementProposal proposal })
        {
            TempData[nameof(ReplacementModel.Done)] = $"Đã lập dự thảo đề nghị thay thế cán bộ {proposal.OfficerName}.";
            return Redirect($"/can-bo/de-nghi/{proposal.Id}");
        }
        return await RefusedAsync(acted, cancellationToken);
    }

    public async Task<IActionResult> OnPostAskAsync(CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        if (Officer is null)
            errors.Add(new(nameof(Officer), "Chọn cán bộ cần Trung tâm cho ý kiến."));
        var matter = ReplacementInput.Matter(Matter, nameof(Matter), errors);
        var details = ReplacementInput.Text(Details, nameof(Details), "Nội dung dự kiến", errors);
        if (errors.Count > 0)
            return await InvalidAsync(errors, cancellationToken);
        var acted = await desk.RequestOpinionAsync(Officer!.Value, matter!.Value, details, officer.Actor, cancellationToken);
        if (acted is StaffingActed.Done { Record: OpinionRequest request })
        {
            TempData[nameof(OpinionModel.Done)] = "Đã gửi đề nghị Trung tâm cho ý kiến.";
            return Redirect($"/can-bo/y-kien/{request.Id}");
        }
        return await RefusedAsync(acted, cancellationToken);
    }

    async Task<IActionResult> InvalidAsync(IEnumerable<FieldError> errors, CancellationToken cancellationToken)
    {
        errors.AddTo(ModelState);
        Problem = "Chưa gửi được: xem các ô được đánh dấu.";
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync(cancellationToken);
        return Page();
    }

    async Task<IActionResult> RefusedAsync(StaffingActed acted, CancellationToken cancellationToken)
    {
        Problem = acted.Message;
        // The officer chosen is outside the scope: the form was tampered with or the list is stale, so it is the input that is wrong.
        Response.StatusCode = acted is StaffingActed.NotFound ? StatusCodes.Status400BadRequest : acted.Status;
        await LoadAsync(cancellationToken);
        return Page();
    }

    async Task LoadAsync(CancellationToken cancellationToken)
    {
        var by = officer.Actor;
        Proposals = await desk.Proposals(by).AsNoTracking().OrderBy(p => p.State).ThenByDescending(p => p.DraftedAt).ToListAsync(cancellationToken);
        Opinions = await desk.Opinions(by).AsNoTracking().OrderBy(o => o.GivenAt != null).ThenByDescending(o => o.RequestedAt).ToListAsync(cancellationToken);
        Serving = await desk.Serving(by).AsNoTracking().ToListAsync(cancellationToken);
        if (Drafts)
        {
            var (tallies, from, to) = await desk.SatisfactionAsync(Serving.Select(s => s.OfficerId).Distinct().ToList(), by, cancellationToken);
            (Tallies, Period) = (tallies, (from, to));
        }
        var unitIds = Proposals.Select(p => p.AgencyId).Concat(Opinions.Select(o => o.AgencyId)).Concat(Serving.Select(s => s.AgencyId)).Distinct().ToList();
        Units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
    }

    public string Unit(string id) => Units.GetValueOrDefault(id, id);

    public string Hint(Secondment s) => Tallies.TryGetValue(s.OfficerId, out var tally) ? ReplacementDesk.Hint(tally) : "";
}
