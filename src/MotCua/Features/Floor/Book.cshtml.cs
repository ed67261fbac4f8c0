using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using MotCua.Domain.Floor;
using MotCua.Platform;

namespace MotCua.Features.Floor;

/// <summary>Booking a time at the Center on the portal (R40): a service group, a working day, a slot with room.</summary>
// Posting is limited per address (reading the form is not). A kiosk is one address for a whole hall: issue 15 exempts it.
[EnableRateLimiting(WebSetup.PublicSubmission)]
public sealed class BookModel(FloorDesk desk, LocalitySource localities, Data.MotCuaDbContext db, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Group { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? Day { get; set; }
    [BindProperty] public TimeOnly? Start { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Phone { get; set; }

    public IReadOnlyList<string> Groups { get; private set; } = [];
    public IReadOnlyList<(TimeOnly Start, int Free)> Slots { get; private set; } = [];
    public Appointment? Booked { get; private set; }
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await ShowAsync(null, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await desk.CenterIdAsync(cancellationToken) is not { } centerId)
            return NotFound();
        if (Day is not { } day || Start is not { } start)
            return await ShowAsync("Chọn ngày và khung giờ.", cancellationToken);
        var booked = await desk.BookAsync(centerId, Group ?? "", day, start, Name ?? "", Phone ?? "", cancellationToken);
        if (booked.Value is not { } appointment)
            return await ShowAsync(booked.Broken!.Message, cancellationToken);
        Booked = appointment;
        return Page();
    }

    async Task<IActionResult> ShowAsync(string? problem, CancellationToken cancellationToken)
    {
        if (await desk.CenterIdAsync(cancellationToken) is not { } centerId)
            return NotFound();
        Groups = await desk.GroupsAsync(centerId, cancellationToken);
        var calendar = (await localities.GetAsync(db, cancellationToken)).Calendar;
        Day ??= calendar.NextWorkingDayAfter(calendar.LocalDate(time.GetUtcNow()));
        if (Group is not null && Groups.Contains(Group))
            Slots = await desk.SlotsAsync(centerId, Group, Day.Value, cancellationToken);
        if (problem is not null)
        {
            Problem = problem;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return Page();
    }
}
