using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Reports;

/// <summary>Biểu II.06a for any period, on the page and as Excel and PDF (R38, LAW §10); a broken invariant is shown, never hidden.</summary>
public sealed class Form06aModel(MotCuaDbContext db, CurrentOfficer officer, LocalitySource localities, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)] public PeriodChoice Choice { get; set; } = new();
    /// <summary>The Center may report for one agency.</summary>
    [BindProperty(SupportsGet = true)] public string? Agency { get; set; }

    public Form06aReport? Report { get; private set; }
    public IReadOnlyList<Unit> Agencies { get; private set; } = [];
    public string? Problem { get; private set; }
    public bool IsCenter => officer.Role is Role.CenterStaff or Role.CenterDirector;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (IsCenter)
            Agencies = await db.Units.Where(u => u.Kind == UnitKind.Agency).OrderBy(u => u.Name).ToListAsync(cancellationToken);
        await BuildAsync(cancellationToken);
        return Problem is null ? Page() : BadRequestPage();
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken cancellationToken)
    {
        if (await BuildAsync(cancellationToken) is not { } report)
            return BadRequestPage();
        var (printed, place) = await PrintedAsync(cancellationToken);
        return File(Form06aDocuments.Xlsx(report, printed, place), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Form06aDocuments.FileName(report, "xlsx"));
    }

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken cancellationToken)
    {
        if (await BuildAsync(cancellationToken) is not { } report)
            return BadRequestPage();
        var (printed, place) = await PrintedAsync(cancellationToken);
        return File(Form06aDocuments.Pdf(report, printed, place), "application/pdf", Form06aDocuments.FileName(report, "pdf"));
    }

    async Task<Form06aReport?> BuildAsync(CancellationToken cancellationToken)
    {
        var calendar = (await localities.GetAsync(db, cancellationToken)).Calendar;
        var (period, problem) = Choice.Resolve(calendar.LocalDate(time.GetUtcNow()));
        Problem = problem;
        if (period is null)
            return null;
        var agency = IsCenter && !string.IsNullOrEmpty(Agency) ? Agency : null;
        return Report = await Form06aReport.BuildAsync(db, officer, period, calendar, agency, cancellationToken);
    }

    async Task<(DateTimeOffset Printed, string? Place)> PrintedAsync(CancellationToken cancellationToken)
    {
        var calendar = (await localities.GetAsync(db, cancellationToken)).Calendar;
        var place = await db.Units.Where(u => u.Id == officer.UnitId).Select(u => u.Place).SingleOrDefaultAsync(cancellationToken);
        return (calendar.ToLocal(time.GetUtcNow()), place);
    }

    IActionResult BadRequestPage()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
