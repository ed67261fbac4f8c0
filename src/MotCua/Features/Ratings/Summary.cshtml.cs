using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Platform;

namespace MotCua.Features.Ratings;

/// <summary>
/// The satisfaction figures over a period (LAW §11.2, R63): per agency and per officer who served at the counter,
/// for the Center's staff and director over their Center, for an agency's leader over their agency only.
/// </summary>
public sealed class SummaryModel(CurrentOfficer officer, RatingDesk desk) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "tu")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "den")]
    public string? To { get; set; }

    public DateOnly FirstDay { get; private set; }
    public DateOnly LastDay { get; private set; }
    public string? Problem { get; private set; }
    public RatingSummary? Summary { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (RatingScope.Of(officer) is not { } scope)
            return Forbid();
        (FirstDay, LastDay, Problem) = await desk.PeriodAsync(From, To, cancellationToken);
        if (Problem is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Summary = await desk.SummaryAsync(scope, FirstDay, LastDay, cancellationToken);
        return Page();
    }
}
