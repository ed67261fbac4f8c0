using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using MotCua.Domain.Floor;
using MotCua.Platform;
using QRCoder;

namespace MotCua.Features.Floor;

/// <summary>A ticket as its holder follows it: the number, the group, how many are ahead and about how long (R40).</summary>
[EnableRateLimiting(WebSetup.PublicLookup)]
public sealed class TicketPageModel(FloorDesk desk, IOptions<AppOptions> app) : PageModel
{
    public Ticket Ticket { get; private set; } = null!;
    public int Ahead { get; private set; }
    public TimeSpan Wait { get; private set; }
    [BindProperty(SupportsGet = true, Name = "kiosk")] public bool AtKiosk { get; set; }
    /// <summary>Just issued at a registered kiosk: the page prints itself once, the paper ticket.</summary>
    [BindProperty(SupportsGet = true, Name = "in")] public bool Print { get; set; }
    public bool PrintNow => Print && KioskDevice.Of(HttpContext) is not null;
    /// <summary>The ticket's own page, to follow it on a phone from the paper's QR.</summary>
    public string Link => app.Value.Link($"/lay-so/{Ticket.Day:yyyy-MM-dd}/{Ticket.Number}");

    public string QrSvg()
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(Link, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(4);
    }

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
