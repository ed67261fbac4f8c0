using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Platform;

namespace MotCua.Features.Remittances;

/// <summary>
/// An agency's monthly reconciliation of its fees with its collector (R60): receipts, collected, cancelled,
/// refunded, net, remitted and the difference, per procedure; as PDF and spreadsheet; confirmed once by the
/// agency's leader. Seen by the agency and by the collector, nobody else.
/// </summary>
[Authorize(Roles = RemitModel.Collectors)]
public sealed class ReconcileModel(FeeLedger ledger, CurrentOfficer officer, LocalitySource localities, MotCuaDbContext db, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Agency { get; set; }
    [BindProperty(SupportsGet = true)] public string? Month { get; set; }
    [BindProperty] public string? Note { get; set; }

    public IReadOnlyList<Unit> Agencies { get; private set; } = [];
    public MonthFigures? Figures { get; private set; }
    public string? Problem { get; private set; }
    public string? Done { get; private set; }
    public bool Confirmable => Figures?.RefusalToConfirm(officer.Actor) is null && Figures is not null;

    public string Query => QueryString.Create(new Dictionary<string, string?> { ["agency"] = Figures?.AgencyId, ["month"] = Figures is { } f ? $"{f.Year}-{f.Month:00}" : null }).ToString();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
            return refused;
        if (Figures is not { } f)
            return BadPage();
        var calendar = (await localities.GetAsync(db, cancellationToken)).Calendar;
        var place = await db.Units.AsNoTracking().Where(u => u.Id == f.CollectorUnitId).Select(u => u.Place).FirstOrDefaultAsync(cancellationToken);
        return File(ReconciliationDocuments.Pdf(f, place, calendar.ToLocal(time.GetUtcNow())), "application/pdf", ReconciliationDocuments.FileName(f, "pdf"));
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
            return refused;
        if (Figures is not { } f)
            return BadPage();
        return File(ReconciliationDocuments.Xlsx(f), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ReconciliationDocuments.FileName(f, "xlsx"));
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
            return refused;
        if (Figures is not { } f)
            return BadPage();
        if (Note is { Length: > MotCua.Data.Fees.Receipt.MaxTextLength })
            Problem = $"Ghi chú không quá {MotCua.Data.Fees.Receipt.MaxTextLength} ký tự.";
        else
        {
            var (confirmed, broken) = await ledger.ConfirmAsync(f, officer.Actor, Note, cancellationToken);
            if (confirmed is not null)
            {
                TempData["Done"] = $"Đã xác nhận đối chiếu phí, lệ phí tháng {f.MonthText}.";
                return Redirect($"/doi-soat-phi{Query}");
            }
            Problem = broken!.Message;
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    IActionResult BadPage()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>Reads the agency and month; null to go on, or the answer when the agency is outside the officer's reach.</summary>
    async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        Done = TempData["Done"] as string;
        var locality = await localities.GetAsync(db, cancellationToken);
        var isAgency = officer.Role is Role.Processor or Role.AgencyLeader;
        Agencies = await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.Agency && (!isAgency || u.Id == officer.UnitId)).OrderBy(u => u.Name).ToListAsync(cancellationToken);
        var today = locality.Calendar.LocalDate(time.GetUtcNow());
        var previous = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var month = previous;
        if (!string.IsNullOrEmpty(Month) && !DateOnly.TryParseExact(Month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out month))
        {
            Problem = "Tháng phải có dạng năm-tháng, ví dụ 2026-10.";
            return null;
        }
        var agency = string.IsNullOrEmpty(Agency) ? (isAgency ? officer.UnitId : null) : Agency;
        if (agency is null)
        {
            Problem = "Chọn cơ quan thụ hưởng.";
            return null;
        }
        if (await ledger.CollectorInScopeAsync(officer.Actor, agency, month.Year, month.Month, cancellationToken) is not { } collector)
            return NotFound();
        Figures = await ledger.MonthAsync(agency, collector, month.Year, month.Month, cancellationToken);
        return null;
    }
}
