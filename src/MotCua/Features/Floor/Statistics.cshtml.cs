using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Floor;
using MotCua.Features.Register;
using MotCua.Platform;

namespace MotCua.Features.Floor;

/// <summary>
/// The floor's statistics (R40, issue 15): waiting and service time per counter, officer, service group and hour, and
/// the day's queue as a chart. Days of the officer's own Center, read from the tickets' (Center, day) index.
/// </summary>
[Authorize(Roles = $"{nameof(Role.Reception)},{nameof(Role.CenterStaff)},{nameof(Role.CenterDirector)}")]
public sealed class StatisticsModel(MotCuaDbContext db, CurrentOfficer officer, LocalitySource localities, TimeProvider time) : PageModel
{
    /// <summary>A quarter at most: a few hundred tickets a day stay a few tens of thousands of rows.</summary>
    public const int MaxDays = 92;

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true, Name = "tu")] public string? From { get; set; }
    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true, Name = "den")] public string? To { get; set; }

    public DateOnly First { get; private set; }
    public DateOnly Last { get; private set; }
    public string? Problem { get; private set; }
    public QueueFigures? Total { get; private set; }
    public IReadOnlyList<QueueFigures> Counters { get; private set; } = [];
    public IReadOnlyList<QueueFigures> Officers { get; private set; } = [];
    public IReadOnlyList<QueueFigures> Groups { get; private set; } = [];
    /// <summary>The day's queue by hour; for a span of days, the hours of all of them together.</summary>
    public IReadOnlyList<QueueHour> Hours { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var calendar = (await localities.GetAsync(db, cancellationToken)).Calendar;
        var today = calendar.LocalDate(time.GetUtcNow());
        var last = today;
        Problem = LocalDays.Problem(From, "Từ ngày", today, out var first) ?? LocalDays.Problem(To, "Đến ngày", first, out last);
        (First, Last) = Problem is null ? (first, last) : (today, today);
        if (Problem is null && Last < First)
            Problem = "“Đến ngày” phải sau hoặc cùng “Từ ngày”.";
        else if (Problem is null && Last.DayNumber - First.DayNumber + 1 > MaxDays)
            Problem = $"Xin chọn không quá {MaxDays} ngày.";
        if (Problem is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        var tickets = await db.Tickets.AsNoTracking()
            .Where(t => t.CenterId == officer.UnitId && t.Day >= First && t.Day <= Last)
            .ToListAsync(cancellationToken);
        Total = FloorFigures.Figures("Tất cả", tickets);
        Counters = FloorFigures.By(tickets, t => t.Counter?.ToString("00", VietnameseFormat.Culture));
        Officers = FloorFigures.By(tickets, t => t.OfficerName);
        Groups = FloorFigures.By(tickets, t => t.Group);
        Hours = FloorFigures.Hours(tickets, calendar.ToLocal);
    }

    public static string Minutes(TimeSpan? span) => span is { } s ? $"{s.TotalMinutes.ToString("0.#", VietnameseFormat.Culture)} phút" : "—";
}
