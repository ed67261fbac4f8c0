using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Domain.Ratings;
using MotCua.Platform;

namespace MotCua.Features.Ratings;

/// <summary>An officer's own ratings (R63): those of the dossiers they received or returned, over a period.</summary>
public sealed class MineModel(CurrentOfficer officer, RatingDesk desk) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "tu")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "den")]
    public string? To { get; set; }

    public DateOnly FirstDay { get; private set; }
    public DateOnly LastDay { get; private set; }
    public string? Problem { get; private set; }
    public IReadOnlyList<Rating> Ratings { get; private set; } = [];
    public SatisfactionTally Tally { get; private set; } = SatisfactionTally.Empty;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        (FirstDay, LastDay, Problem) = await desk.PeriodAsync(From, To, cancellationToken);
        if (Problem is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        Ratings = await desk.OfficerAsync(officer.Id, FirstDay, LastDay, cancellationToken);
        Tally = SatisfactionTally.Of(Ratings.Select(r => r.Level));
    }
}
