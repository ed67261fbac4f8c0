using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using MotCua.Domain.Floor;
using MotCua.Platform;

namespace MotCua.Features.Floor;

/// <summary>A ticket as its holder follows it: the number, the group, how many are ahead and about how long (R40).</summary>
[EnableRateLimiting(WebSetup.PublicLookup)]
public sealed class TicketPageModel(FloorDesk desk) : PageModel
{
    public Ticket Ticket { get; private set; } = null!;
    public int Ahead { get; private set; }
    public TimeSpan Wait { get; private set; }
    [BindProperty(SupportsGet = true, Name = "kiosk")] public bool AtKiosk { get; set; }

    public async Task<IActionResult> OnGetAsync(DateOnly day, int number, CancellationToken cancellationToken)
    {
        // Only today's tickets: yesterday's numbers mean nothing and should not be browsed.
        if (await desk.CenterIdAsync(cancellationToken) is not { } centerId || day != await desk.TodayAsync(cancellationToken)
            || await desk.FindAsync(centerId, day, number, cancellationToken) is not { } ticket)
            return NotFound();
        Ticket = ticket;
        if (ticket.State == TicketState.Waiting)
            (Ahead, Wait) = await desk.PositionAsync(ticket, cancellationToken);
        return Page();
    }
}
