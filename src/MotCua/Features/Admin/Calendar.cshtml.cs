using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Time;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Admin;

/// <summary>
/// The Center's calendar, one year at a time (R42): holidays and swapped working days. A change
/// recomputes the due dates of open dossiers and records it in their history (R48).
/// </summary>
public sealed class CalendarModel(MotCuaDbContext db, LocalitySource localities, TimeProvider time, CurrentOfficer officer) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty] public DateOnly? Date { get; set; }
    [BindProperty] public bool IsWorking { get; set; }
    [BindProperty] public string? Name { get; set; }
    [TempData] public string? Done { get; set; }
    public string? Problem { get; private set; }

    public IReadOnlyList<CalendarDay> Days { get; private set; } = [];
    public WorkingCalendar? Calendar { get; private set; }
    /// <summary>The year asked for when the calendar covers it, else this year.</summary>
    public int ShownYear => Year is >= WorkingCalendar.FirstYear and <= WorkingCalendar.LastYear ? Year.Value : Calendar!.LocalDate(time.GetUtcNow()).Year;

    public async Task OnGetAsync()
    {
        Calendar = (await localities.GetAsync(db)).Calendar;
        var first = new DateOnly(ShownYear, 1, 1);
        var last = new DateOnly(ShownYear, 12, 31);
        Days = await db.CalendarDays.Where(d => d.Date >= first && d.Date <= last).OrderBy(d => d.Date).ToListAsync();
    }

    /// <summary>The change the administrator is looking at before applying it (R48); null outside a preview.</summary>
    public IReadOnlyList<MovedInAgency>? Moved { get; private set; }
    /// <summary>Whether the preview is of removing <see cref="Date"/> rather than adding or changing it.</summary>
    public bool PreviewingRemoval { get; private set; }

    /// <summary>Shows which open dossiers adding (or changing) the day would move, and by how much, saving nothing (R48).</summary>
    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        if (await AddProblemAsync() is { } problem)
            return await Fail(problem);
        var day = new CalendarDay { Date = Date!.Value, IsWorking = IsWorking, Name = Name!.Trim() };
        return await PreviewAsync(day.Date, days => days.Where(d => d.Date != day.Date).Append(day), cancellationToken);
    }

    /// <summary>Shows which open dossiers removing the day would move, saving nothing (R48).</summary>
    public async Task<IActionResult> OnPostPreviewRemoveAsync(CancellationToken cancellationToken)
    {
        if (Date is not { } date || await db.CalendarDays.AsNoTracking().SingleOrDefaultAsync(d => d.Date == date, cancellationToken) is not { } day)
            return await Fail("Ngày này không có trong lịch.");
        (IsWorking, Name, PreviewingRemoval) = (day.IsWorking, day.Name, true);
        return await PreviewAsync(date, days => days.Where(d => d.Date != date), cancellationToken);
    }

    public async Task<IActionResult> OnPostAddAsync()
    {
        if (await AddProblemAsync() is { } problem)
            return await Fail(problem);
        var date = Date!.Value;
        var existing = await db.CalendarDays.FindAsync(date);
        if (existing is null)
            db.CalendarDays.Add(new CalendarDay { Date = date, IsWorking = IsWorking, Name = Name!.Trim() });
        else
        {
            existing.IsWorking = IsWorking;
            existing.Name = Name!.Trim();
        }
        var changed = await SaveAndRecomputeAsync(date);
        Done = $"Đã lưu {(IsWorking ? "ngày làm bù" : "ngày nghỉ")} {VietnameseFormat.Date(date)}. Đã tính lại hạn của {changed} hồ sơ đang giải quyết.";
        return RedirectToPage(new { Year = date.Year });
    }

    public async Task<IActionResult> OnPostRemoveAsync()
    {
        if (Date is not { } date || await db.CalendarDays.FindAsync(date) is not { } day)
            return await Fail("Ngày này không có trong lịch.");
        db.CalendarDays.Remove(day);
        var changed = await SaveAndRecomputeAsync(date);
        Done = $"Đã bỏ ngày {VietnameseFormat.Date(date)} khỏi lịch. Đã tính lại hạn của {changed} hồ sơ đang giải quyết.";
        return RedirectToPage(new { Year = date.Year });
    }

    /// <summary>Why the day in the form cannot be added, in Vietnamese; null when it can.</summary>
    async Task<string?> AddProblemAsync()
    {
        if (Date is not { } date || string.IsNullOrWhiteSpace(Name))
            return "Nhập ngày và tên ngày nghỉ hoặc ngày làm bù.";
        if (FormText.Problem(Name.Trim(), "Tên ngày nghỉ hoặc ngày làm bù", CalendarDay.MaxNameLength) is { } nameProblem)
            return nameProblem;
        var definition = (await localities.GetAsync(db)).Calendar.Definition;
        if (IsWorking && !definition.Weekend.Contains(date.DayOfWeek))
            return $"Ngày làm bù {VietnameseFormat.Date(date)} phải là ngày nghỉ hằng tuần (thứ Bảy, Chủ nhật).";
        if (date.Year < WorkingCalendar.FirstYear || date.Year > WorkingCalendar.LastYear)
            return $"Ngày phải trong khoảng năm {WorkingCalendar.FirstYear}–{WorkingCalendar.LastYear}.";
        return null;
    }

    async Task<IActionResult> PreviewAsync(DateOnly date, Func<IEnumerable<CalendarDay>, IEnumerable<CalendarDay>> edit, CancellationToken cancellationToken)
    {
        var candidate = await LocalitySource.BuildAsync(db, edit, cancellationToken);
        Moved = await CalendarChange.PreviewAsync(db, date, candidate, cancellationToken);
        Year = date.Year;
        await OnGetAsync();
        return Page();
    }

    /// <summary>
    /// Saves the calendar and the recomputed due dates together: no dossier keeps a due date from the
    /// old calendar (R48). The dossiers asked are those the preview asked, the question the same.
    /// </summary>
    async Task<int> SaveAndRecomputeAsync(DateOnly date)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.SaveChangesAsync();
        localities.Invalidate();
        var locality = await localities.GetAsync(db);
        var now = time.GetUtcNow();
        var by = officer.Actor;
        var open = await db.Dossiers.Whole().MayMove(date, locality.Calendar).ToListAsync();
        var changed = open.Count(d => d.RecomputeDue(locality, by, now));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return changed;
    }

    async Task<IActionResult> Fail(string problem)
    {
        Problem = problem;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await OnGetAsync();
        return Page();
    }
}
