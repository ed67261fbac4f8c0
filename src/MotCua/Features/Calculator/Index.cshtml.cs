using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using MotCua.Domain;
using MotCua.Domain.Time;
using MotCua.Platform;

namespace MotCua.Features.Calculator;

/// <summary>The due-date calculator (R43, R44) on the state bodies' calendar, at /tinh-han.</summary>
public sealed class IndexModel(WorkingCalendar calendar, TimeProvider time) : PageModel
{
    /// <summary>The web application's calculator uses the embedded state bodies' calendar; tests pass their own.</summary>
    [ActivatorUtilitiesConstructor]
    public IndexModel(TimeProvider time) : this(StateCalendars.VietnamStateBodiesCalendar, time)
    {
    }

    /// <summary>What &lt;input type="datetime-local"&gt; sends (seconds only when a step asks for them).</summary>
    static readonly string[] LocalFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"];

    public static readonly IReadOnlyList<SelectListItem> Units =
    [
        new("ngày làm việc", nameof(TimeLimitUnit.WorkingDays)),
        new("giờ làm việc", nameof(TimeLimitUnit.WorkingHours)),
        new("ngày", nameof(TimeLimitUnit.CalendarDays)),
    ];

    // Bound as text and read here, so that every message the page shows is Vietnamese.
    [BindProperty] public string? Received { get; set; }
    [BindProperty] public string? Amount { get; set; }
    [BindProperty] public string? Unit { get; set; }
    [BindProperty] public string? Counting { get; set; }
    [BindProperty] public string? CutOff { get; set; }

    public DueDate? Result { get; private set; }

    /// <summary>The calendar's sessions as the page explains them, e.g. "07:30–11:30 và 13:30–17:00".</summary>
    public string Sessions => string.Join(" và ", calendar.Sessions.Select(s => $"{s.Start:HH\\:mm}–{s.End:HH\\:mm}"));

    public string EndOfDay => calendar.Sessions[^1].End.ToString("HH\\:mm", CultureInfo.InvariantCulture);

    public string WorkingDay => VietnameseDuration.Of(calendar.WorkingDayLength);

    public void OnGet()
    {
        Received = calendar.ToLocal(time.GetUtcNow()).ToString(LocalFormats[0], CultureInfo.InvariantCulture);
        Amount = "3";
        Unit = nameof(TimeLimitUnit.WorkingDays);
        Counting = nameof(DueCounting.NextWorkingDay);
    }

    public void OnPost()
    {
        var received = ReadReceived();
        var limit = ReadLimit();
        var cutOff = ReadCutOff();
        var counting = ReadCounting();
        if (received is null || limit is null || counting is null || !ModelState.IsValid)
            return;

        try
        {
            var reception = calendar.ReceptionInstant(received.Value, cutOff);
            var due = limit.Value.DueFrom(reception, calendar, counting.Value);
            Result = new DueDate(
                limit.Value.ToString(),
                VietnameseFormat.DateTime(calendar.ToLocal(received.Value)),
                reception == received ? null : VietnameseFormat.DateTime(calendar.ToLocal(reception)),
                VietnameseFormat.DateTime(calendar.ToLocal(due)),
                OutsideCalendarYears(received.Value, due));
        }
        catch (OutsideCalendarException)
        {
            // The calendar's index covers 2000–2100; a deadline past it cannot be computed.
            ModelState.AddModelError(nameof(Amount), $"Hạn giải quyết vượt ra ngoài khoảng {WorkingCalendar.FirstYear}–{WorkingCalendar.LastYear} mà lịch hỗ trợ.");
        }
    }

    DateTimeOffset? ReadReceived()
    {
        if (string.IsNullOrWhiteSpace(Received))
            return Invalid<DateTimeOffset>(nameof(Received), "Nhập ngày giờ tiếp nhận hồ sơ.");
        if (!DateTime.TryParseExact(Received.Trim(), LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            return Invalid<DateTimeOffset>(nameof(Received), "Ngày giờ tiếp nhận không hợp lệ.");
        if (local.Year < WorkingCalendar.FirstYear || local.Year > WorkingCalendar.LastYear)
            return Invalid<DateTimeOffset>(nameof(Received), $"Ngày tiếp nhận phải trong khoảng năm {WorkingCalendar.FirstYear}–{WorkingCalendar.LastYear}.");
        return calendar.AtLocal(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
    }

    TimeLimit? ReadLimit()
    {
        if (!TryReadName<TimeLimitUnit>(Unit, out var unit) || unit == TimeLimitUnit.SameDay)
            return Invalid<TimeLimit>(nameof(Unit), "Chọn đơn vị thời hạn.");
        if (string.IsNullOrWhiteSpace(Amount))
            return Invalid<TimeLimit>(nameof(Amount), "Nhập thời hạn giải quyết.");
        // A comma is the Vietnamese decimal separator: "0,5" and "0.5" are the same half day.
        if (!decimal.TryParse(Amount.Trim().Replace(',', '.'), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            return Invalid<TimeLimit>(nameof(Amount), "Thời hạn phải là một số, ví dụ 3 hoặc 0,5.");
        var limit = new TimeLimit(value, unit);
        if (limit.Problem() is { } problem)
            return Invalid<TimeLimit>(nameof(Amount), problem);
        return limit;
    }

    DueCounting? ReadCounting() =>
        TryReadName<DueCounting>(Counting, out var counting) ? counting : Invalid<DueCounting>(nameof(Counting), "Chọn cách tính thời hạn.");

    TimeOnly? ReadCutOff()
    {
        if (string.IsNullOrWhiteSpace(CutOff))
            return null;
        if (TimeOnly.TryParseExact(CutOff.Trim(), ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var cutOff))
            return cutOff;
        return Invalid<TimeOnly>(nameof(CutOff), "Giờ chốt nhận hồ sơ không hợp lệ (giờ:phút, ví dụ 15:00).");
    }

    /// <summary>Only the names the form offers; Enum.TryParse alone would also take "7".</summary>
    static bool TryReadName<T>(string? text, out T value) where T : struct, Enum =>
        Enum.TryParse(text, out value) && Enum.GetName(value) == text;

    T? Invalid<T>(string field, string message) where T : struct
    {
        ModelState.AddModelError(field, message);
        return null;
    }

    /// <summary>Years the result touches for which the calendar lists no holiday: only weekends are known there.</summary>
    IReadOnlyList<string> OutsideCalendarYears(DateTimeOffset received, DateTimeOffset due)
    {
        var known = calendar.Definition.Holidays.Select(d => d.Year).ToHashSet();
        var missing = Enumerable.Range(calendar.LocalDate(received).Year, calendar.LocalDate(due).Year - calendar.LocalDate(received).Year + 1)
            .Where(year => !known.Contains(year))
            .ToList();
        return missing.Count == 0
            ? []
            : [$"Lịch chưa có ngày nghỉ lễ của năm {string.Join(", ", missing)}: kết quả chỉ trừ thứ Bảy và Chủ nhật của năm đó."];
    }

    /// <summary>The answer, formatted for the page (HH:mm dd/MM/yyyy).</summary>
    public sealed record DueDate(string Limit, string Received, string? CountedFrom, string Due, IReadOnlyList<string> Notes);
}
