using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using MotCua.Domain.Floor;
using MotCua.Platform;

namespace MotCua.Features.Floor;

/// <summary>Taking a queue ticket at the kiosk or on a phone (R40): a service group, the priority lane when it applies.</summary>
// Posting is limited per address (reading the form is not); a registered kiosk has its own, larger share (KioskDevice).
[EnableRateLimiting(WebSetup.PublicSubmission)]
public sealed class TakeModel(FloorDesk desk) : PageModel
{
    [BindProperty] public string? Group { get; set; }
    [BindProperty] public PriorityReason Priority { get; set; }
    /// <summary>Taken on the kiosk (the kiosk's page says so) rather than on a phone.</summary>
    [BindProperty(SupportsGet = true, Name = "kiosk")] public bool AtKiosk { get; set; }

    public IReadOnlyList<string> Groups { get; private set; } = [];
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await desk.CenterIdAsync(cancellationToken) is not { } centerId)
            return NotFound();
        Groups = await desk.GroupsAsync(centerId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await desk.CenterIdAsync(cancellationToken) is not { } centerId)
            return NotFound();
        var issued = await desk.IssueAsync(centerId, Group ?? "", Enum.IsDefined(Priority) ? Priority : PriorityReason.None,
            AtKiosk || KioskDevice.Of(HttpContext) is not null ? TicketSource.Kiosk : TicketSource.Phone, cancellationToken);
        if (issued.Value is not { } ticket)
        {
            Groups = await desk.GroupsAsync(centerId, cancellationToken);
            Problem = issued.Broken!.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        return Redirect(TicketUrl(ticket));
    }

    [BindProperty] public string? Code { get; set; }

    /// <summary>A citizen with an appointment checks in with its code and gets a ticket in the slot's place.</summary>
    public async Task<IActionResult> OnPostCheckInAsync(CancellationToken cancellationToken)
    {
        if (await desk.CenterIdAsync(cancellationToken) is not { } centerId)
            return NotFound();
        var checkedIn = await desk.CheckInAsync(centerId, Code ?? "", cancellationToken);
        if (checkedIn.Value is not { } ticket)
        {
            Groups = await desk.GroupsAsync(centerId, cancellationToken);
            Problem = checkedIn.Broken!.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        return Redirect(TicketUrl(ticket));
    }

    /// <summary>The new ticket's page; at a registered kiosk it prints itself.</summary>
    string TicketUrl(Ticket ticket) => $"/lay-so/{ticket.Day:yyyy-MM-dd}/{ticket.Number}"
        + (KioskDevice.Of(HttpContext) is not null ? "?kiosk=true&in=true" : AtKiosk ? "?kiosk=true" : "");

    public static string Vietnamese(PriorityReason reason) => reason switch
    {
        PriorityReason.Elderly => "Người cao tuổi",
        PriorityReason.Disability => "Người khuyết tật",
        PriorityReason.Pregnant => "Phụ nữ mang thai",
        PriorityReason.SmallChildren => "Người đi cùng trẻ nhỏ",
        _ => "Không ưu tiên",
    };
}
