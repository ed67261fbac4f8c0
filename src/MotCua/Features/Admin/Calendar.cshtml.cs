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
    public int ShownYear => Year ?? Calendar!.LocalDate(time.GetUtcNow()).Year;

    public async Task OnGetAsync()
    {
        Calendar = (await localities.GetAsync(db)).Calendar;
        var first = new DateOnly(ShownYear, 1, 1);
        var last = new DateOnly(ShownYear, 12, 31);
        Days = await db.CalendarDays.Where(d => d.Date >= first && d.Date <= last).OrderBy(d => d.Date).ToListAsync();
    }

    public async Task<IActionResult> OnPostAddAsync()
    {
        if (Date is not { } date || string.IsNullOrWhiteSpace(Name))
            return await Fail("Nhập ngày và tên ngày nghỉ hoặc ngày làm bù.");
        if (FormText.Problem(Name.Trim(), "Tên ngày nghỉ hoặc ngày làm bù", CalendarDay.MaxNameLength) is { } nameProblem)
            return await Fail(nameProblem);
        var definition = (await localities.GetAsync(db)).Calendar.Definition;
        if (IsWorking && !definition.Weekend.Contains(date.DayOfWeek))
            return await Fail($"Ngày làm bù {VietnameseFormat.Date(date)} phải là ngày nghỉ hằng tuần (thứ Bảy, Chủ nhật).");
        if (date.Year < WorkingCalendar.FirstYear || date.Year > WorkingCalendar.LastYear)
            return await Fail($"Ngày phải trong khoảng năm {WorkingCalendar.FirstYear}–{WorkingCalendar.LastYear}.");
        var existing = await db.CalendarDays.FindAsync(date);
        if (existing is null)
            db.CalendarDays.Add(new CalendarDay { Date = date, IsWorking = IsWorking, Name = Name.Trim() });
        else
        {
            existing.IsWorking = IsWorking;
            existing.Name = Name.Trim();
        }
        var changed = await SaveAndRecomputeAsync();
        Done = $"Đã lưu {(IsWorking ? "ngày làm bù" : "ngày nghỉ")} {VietnameseFormat.Date(date)}. Đã tính lại hạn của {changed} hồ sơ đang giải quyết.";
        return RedirectToPage(new { Year = date.Year });
    }

    public async Task<IActionResult> OnPostRemoveAsync()
    {
        if (Date is not { } date || await db.CalendarDays.FindAsync(date) is not { } day)
            return await Fail("Ngày này không có trong lịch.");
        db.CalendarDays.Remove(day);
        var changed = await SaveAndRecomputeAsync();
        Done = $"Đã bỏ ngày {VietnameseFormat.Date(date)} khỏi lịch. Đã tính lại hạn của {changed} hồ sơ đang giải quyết.";
        return RedirectToPage(new { Year = date.Year });
    }

    /// <summary>Saves the calendar and the recomputed due dates together: no dossier keeps a due date from the old calendar (R48).</summary>
    async Task<int> SaveAndRecomputeAsync()
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.SaveChangesAsync();
        localities.Invalidate();
        var locality = await localities.GetAsync(db);
        var now = time.GetUtcNow();
        var by = officer.Actor;
        var open = await db.Dossiers.Whole()
            .Where(d => d.Due != null && d.State != DossierState.ResultReady && d.State != DossierState.AtReturnDesk && d.State != DossierState.Returned)
            .ToListAsync();
        var changed = open.Count(d => d.RecomputeDue(locality, by, now));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return changed;
    }

    async Task<IActionResult> Fail(string problem)
    {
        Problem = problem;
        await OnGetAsync();
        return Page();
    }
}
