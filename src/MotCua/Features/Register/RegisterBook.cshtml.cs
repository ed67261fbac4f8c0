using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Time;
using MotCua.Features.Forms;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Register;

/// <summary>
/// Mẫu 07, the register book (R39, LAW §6.7): the dossiers the officer's unit received in a period,
/// optionally of one field, as a paginated table and as a landscape PDF on demand. Filtered, counted
/// and paged in the database: a province's register holds millions of dossiers.
/// </summary>
[Authorize(Policy = Policies.Officer)]
public sealed class RegisterBookModel(MotCuaDbContext db, CurrentOfficer officer, LocalitySource localities, TimeProvider time) : PageModel
{
    public const int RowsPerPage = 100;
    /// <summary>A PDF larger than this takes minutes and hundreds of pages: the officer narrows the period instead.</summary>
    public const int PdfLimit = 5000;

    public static readonly string[] Headings =
    [
        "STT", "Mã hồ sơ", "Tên TTHC", "Tên tổ chức, cá nhân", "Địa chỉ / Số điện thoại", "Cơ quan chủ trì giải quyết",
        "Nhận hồ sơ", "Hẹn trả kết quả", "Trả kết quả", "Phương thức nhận kết quả", "Ký nhận",
    ];

    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Field { get; set; }
    [BindProperty(SupportsGet = true, Name = "trang")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<string> Fields { get; private set; } = [];
    public DateOnly FromDate { get; private set; }
    public DateOnly ToDate { get; private set; }
    public int Total { get; private set; }
    public int Pages => Math.Max(1, (Total + RowsPerPage - 1) / RowsPerPage);
    /// <summary>Each row's cells in the order of <see cref="Headings"/>.</summary>
    public IReadOnlyList<string[]> Rows { get; private set; } = [];
    public string? Problem { get; private set; }

    /// <summary>The query string of the current filters, for the page links and the PDF.</summary>
    public string Filters(int? page = null) => QueryString.Create(new Dictionary<string, string?>
    {
        ["From"] = LocalDays.Iso(FromDate),
        ["To"] = LocalDays.Iso(ToDate),
        ["Field"] = string.IsNullOrEmpty(Field) ? null : Field,
        ["trang"] = page?.ToString(CultureInfo.InvariantCulture),
    }.Where(p => p.Value is not null)).ToString();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (await FilterAsync(cancellationToken) is not { } query)
            return;
        Total = await query.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        Rows = await RowsAsync(query, (PageNumber - 1) * RowsPerPage, RowsPerPage, cancellationToken);
    }

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken cancellationToken)
    {
        if (await FilterAsync(cancellationToken) is not { } query)
            return Refused();
        Total = await query.CountAsync(cancellationToken);
        if (Total > PdfLimit)
        {
            Problem = $"Sổ theo dõi trong khoảng thời gian này có {Total.ToString("#,0", VietnameseFormat.Culture)} hồ sơ, vượt quá "
                + $"{PdfLimit.ToString("#,0", VietnameseFormat.Culture)} hồ sơ của một lần tải PDF. Xin thu hẹp khoảng thời gian hoặc chọn một lĩnh vực.";
            return Refused();
        }
        var rows = await RowsAsync(query, 0, PdfLimit, cancellationToken);
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == officer.UnitId, cancellationToken);
        var pdf = new FormPdf($"Sổ theo dõi hồ sơ {LocalDays.Text(FromDate)} - {LocalDays.Text(ToDate)}", landscape: true);
        // Produced on demand from the electronic register (R39): the number is written in by hand as on paper, the date is the day printed.
        var calendar = (await localities.GetAsync(db, cancellationToken)).Calendar;
        pdf.Header(unit?.Name ?? officer.UnitId, officer.IsCenterRole ? "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ" : null, "……/STD",
            FormPdf.DateLine(unit?.Place, calendar.ToLocal(time.GetUtcNow())));
        pdf.Title("SỔ THEO DÕI HỒ SƠ", $"Từ ngày {LocalDays.Text(FromDate)} đến ngày {LocalDays.Text(ToDate)}");
        pdf.Paragraph($"Lĩnh vực: {(string.IsNullOrEmpty(Field) ? "Tất cả các lĩnh vực" : Field)}. Số hồ sơ: {Total.ToString("#,0", VietnameseFormat.Culture)}.");
        // Shares that keep a whole dossier code (it has no space to wrap at) and a dd/MM/yyyy date on one line.
        pdf.Table(Headings, [0.5, 3.0, 2.4, 1.7, 2.1, 1.7, 1.25, 1.25, 1.25, 1.2, 1.0], rows, size: 8);
        return File(pdf.ToBytes(), "application/pdf", $"so-theo-doi-{LocalDays.Iso(FromDate)}-{LocalDays.Iso(ToDate)}.pdf");
    }

    /// <summary>No PDF: the page says why (a bad date, too many dossiers).</summary>
    PageResult Refused()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>The unit's received dossiers in the period and field; null with <see cref="Problem"/> set when the filters are wrong.</summary>
    async Task<IQueryable<Dossier>?> FilterAsync(CancellationToken cancellationToken)
    {
        Fields = await db.Procedures.AsNoTracking().Select(p => p.Field).Distinct().OrderBy(f => f).ToListAsync(cancellationToken);
        var calendar = (await localities.GetAsync(db, cancellationToken)).Calendar;
        var today = calendar.LocalDate(time.GetUtcNow());
        var firstOfMonth = new DateOnly(today.Year, today.Month, 1);
        if (LocalDays.Problem(From, "Từ ngày", firstOfMonth, out var from) is { } fromProblem)
            Problem = fromProblem;
        else if (LocalDays.Problem(To, "Đến ngày", firstOfMonth.AddMonths(1).AddDays(-1), out var to) is { } toProblem)
            Problem = toProblem;
        else if (from > to)
            Problem = "Từ ngày phải trước hoặc trùng đến ngày.";
        else
        {
            (FromDate, ToDate) = (from, to);
            var (start, end) = LocalDays.Span(calendar, from, to);
            var query = db.Dossiers.AsNoTracking().VisibleTo(officer)
                .Where(d => d.SubmittedAt >= start && d.SubmittedAt < end && !DossierStates.NeverReceived.Contains(d.State));
            if (!string.IsNullOrEmpty(Field))
                query = query.Where(d => d.Procedure.Field == Field);
            return query;
        }
        (FromDate, ToDate) = (firstOfMonth, firstOfMonth.AddMonths(1).AddDays(-1));
        return null;
    }

    /// <summary>One page of the register: only the columns it shows, in the order of reception.</summary>
    async Task<IReadOnlyList<string[]>> RowsAsync(IQueryable<Dossier> query, int skip, int take, CancellationToken cancellationToken)
    {
        var calendar = (await localities.GetAsync(db, cancellationToken)).Calendar;
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var rows = await query
            .OrderBy(d => d.SubmittedAt).ThenBy(d => d.Code)
            .Skip(skip).Take(take)
            .Select(d => new
            {
                d.Code, Procedure = d.Procedure.Name, Applicant = d.Applicant.Name, d.Applicant.Address, d.Applicant.Phone,
                d.AgencyId, d.SubmittedAt, d.OriginalDue, d.Due, d.Return, d.ResultChannel,
            })
            .ToListAsync(cancellationToken);
        string Moment(DateTimeOffset instant) => calendar.ToLocal(instant).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
        return rows.Select((d, i) => new[]
        {
            (skip + i + 1).ToString(CultureInfo.InvariantCulture),
            d.Code.ToString(),
            d.Procedure,
            d.Applicant,
            $"{d.Address}\n{d.Phone}",
            units.GetValueOrDefault(d.AgencyId, d.AgencyId),
            Moment(d.SubmittedAt),
            // The receipt's appointment; a new date after an apology (R18) is shown under it.
            (d.OriginalDue ?? d.Due) is { } appointment
                ? Moment(appointment) + (d.Due is { } due && due != appointment ? $"\nHẹn lại: {Moment(due)}" : "")
                : "",
            d.Return is { } returned ? Moment(returned.At) : "",
            Capitalized((d.Return?.Channel ?? d.ResultChannel).Vietnamese()),
            "",
        }).ToList();
    }

    static string Capitalized(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}

/// <summary>The local days officers type in filters: dd/MM/yyyy, or yyyy-MM-dd as a date input sends it.</summary>
public static class LocalDays
{
    static readonly string[] Formats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    /// <summary>Null when <paramref name="text"/> is a day (or empty: then <paramref name="fallback"/>); otherwise why not, in Vietnamese.</summary>
    public static string? Problem(string? text, string label, DateOnly fallback, out DateOnly day)
    {
        day = fallback;
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (!DateOnly.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
            return $"{label} \"{text.Trim()}\" không phải là ngày hợp lệ. Xin nhập theo dạng ngày/tháng/năm, ví dụ 01/11/2026.";
        if (day.Year is < WorkingCalendar.FirstYear or > WorkingCalendar.LastYear)
            return $"{label} phải trong khoảng từ năm {WorkingCalendar.FirstYear} đến năm {WorkingCalendar.LastYear}.";
        return null;
    }

    /// <summary>[first day 00:00, the day after the last 00:00) in local time (the context compares instants in UTC on both providers).</summary>
    public static (DateTimeOffset Start, DateTimeOffset End) Span(WorkingCalendar calendar, DateOnly first, DateOnly last) =>
        (calendar.AtLocal(first, TimeOnly.MinValue), calendar.AtLocal(last.AddDays(1), TimeOnly.MinValue));

    public static string Text(DateOnly day) => VietnameseFormat.Date(day);

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
