using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Platform;

namespace MotCua.Features.Review;

/// <summary>The Center's monthly review (R36, Bắc Ninh Art. 4.2.a) for its staff and director: a page, and the same as a PDF.</summary>
[Authorize(Policy = Policies.Monitor)]
public sealed class IndexModel(MotCuaDbContext db, CurrentOfficer officer, LocalitySource localities, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Month { get; set; }

    public MonthlyReview? Review { get; private set; }
    public IReadOnlyDictionary<string, string> Units { get; private set; } = new Dictionary<string, string>();
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : Refused();

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
            return Refused();
        var calendar = (await localities.GetAsync(db, cancellationToken)).Calendar;
        var center = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == officer.UnitId, cancellationToken);
        var pdf = ReviewDocument.Pdf(Review!, center?.Name ?? officer.UnitId, center?.Place, calendar.ToLocal(time.GetUtcNow()), Units);
        return File(pdf, "application/pdf", ReviewDocument.FileName(Review!));
    }

    /// <summary>A month that cannot be reviewed: the page says why.</summary>
    PageResult Refused()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var calendar = (await localities.GetAsync(db, cancellationToken)).Calendar;
        var now = time.GetUtcNow();
        Problem = MonthlyReview.ParseMonth(Month, calendar.LocalDate(now), out var month);
        if (Problem is not null)
            return false;
        Units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        Review = await MonthlyReview.LoadAsync(db, officer, calendar, month, now, cancellationToken);
        return true;
    }
}
