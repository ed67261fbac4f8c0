using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Catalog;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Reporting;
using MotCua.Platform;

namespace MotCua.Features.Reports;

/// <summary>The dossiers behind one figure of the dashboard, the form or the index, a page at a time (R35–R38).</summary>
public sealed class DossiersModel(MotCuaDbContext db, CurrentOfficer officer, LocalitySource localities) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public Figure Figure { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Agency { get; set; }
    [BindProperty(SupportsGet = true)] public string? Procedure { get; set; }
    [BindProperty(SupportsGet = true)] public string? Field { get; set; }
    [BindProperty(SupportsGet = true)] public Channel? Channel { get; set; }
    // Not "page": Razor Pages keeps the page's path in that route value.
    [BindProperty(SupportsGet = true, Name = "trang")] public int PageNumber { get; set; } = 1;

    public sealed record Row(DossierCode Code, string Procedure, string Agency, DossierState State, DateTimeOffset SubmittedAt, DateTimeOffset? Due,
        DateTimeOffset? FinishedAt, Timeliness? Timeliness);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public bool HasNext { get; private set; }
    public string? Problem { get; private set; }
    public string Heading { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(Figure))
            Problem = "Số liệu cần xem không hợp lệ.";
        else if (From is not { } from || To is not { } to)
            Problem = "Thiếu kỳ báo cáo (từ ngày, đến ngày).";
        else if (ReportPeriod.RangeProblem(from, to) is { } problem)
            Problem = problem;
        else if (PageNumber < 1 || PageNumber > 100_000)
            Problem = "Số trang không hợp lệ.";
        if (Problem is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var calendar = (await localities.GetAsync(db, cancellationToken)).Calendar;
        Heading = $"{Figure.Vietnamese()} — {ReportPeriod.Range(From!.Value, To!.Value).Name.ToLowerInvariant()}";
        var units = await db.Units.ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var page = await Figures.Select(db, officer, Figure, From.Value, To.Value, new FigureFilter(Agency, Procedure, Field, Channel), calendar)
            .OrderBy(d => d.SubmittedAt).ThenBy(d => d.Code)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .Select(d => new { d.Code, Procedure = d.Procedure.Name, d.AgencyId, d.State, d.SubmittedAt, d.Due, d.FinishedAt, d.Timeliness })
            .ToListAsync(cancellationToken);
        HasNext = page.Count > PageSize;
        Rows = page.Take(PageSize)
            .Select(d => new Row(d.Code, d.Procedure, units.GetValueOrDefault(d.AgencyId, d.AgencyId), d.State, d.SubmittedAt, d.Due, d.FinishedAt, d.Timeliness))
            .ToList();
        return Page();
    }

    /// <summary>The link to another page of the same list.</summary>
    public string PageLink(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["Figure"] = Figure.ToString(), ["From"] = From?.ToString("yyyy-MM-dd"), ["To"] = To?.ToString("yyyy-MM-dd"),
        ["Agency"] = Agency, ["Procedure"] = Procedure, ["Field"] = Field, ["Channel"] = Channel?.ToString(), ["trang"] = page.ToString(),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToString();
}
