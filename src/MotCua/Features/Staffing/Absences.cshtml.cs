using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Staffing;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Staffing;

/// <summary>An absence as a page's form holds it: every field as typed, so that each message the page shows is Vietnamese.</summary>
public sealed class AbsenceForm
{
    public string? SecondmentId { get; set; }
    public string? Kind { get; set; }
    public string? FromDate { get; set; }
    public string? FromTime { get; set; }
    public string? ToDate { get; set; }
    public string? ToTime { get; set; }
    public string? Reason { get; set; }
    public string? SubstituteId { get; set; }

    /// <summary>Read into an <see cref="AbsenceInput"/>; field errors are named as the input names them (From covers FromDate and FromTime).</summary>
    public (AbsenceInput? Value, IReadOnlyList<FieldError> Errors) Parse(Domain.Time.WorkingCalendar calendar)
    {
        var errors = new List<FieldError>();
        var substitute = Id(SubstituteId);
        if (!string.IsNullOrWhiteSpace(SubstituteId) && substitute is null)
            errors.Add(new(nameof(AbsenceInput.SubstituteId), "Chọn người thay thế trong danh sách."));
        var from = AbsenceInput.LocalInstant(FromDate, FromTime, calendar.Sessions[0].Start, calendar, nameof(AbsenceInput.From), "bắt đầu vắng mặt", errors);
        var to = AbsenceInput.LocalInstant(ToDate, ToTime, calendar.Sessions[^1].End, calendar, nameof(AbsenceInput.To), "kết thúc vắng mặt", errors);
        return AbsenceInput.Parse(Id(SecondmentId), Kind, from, to, Reason, substitute, errors);
    }

    /// <summary>Today, from the first session's start to the last one's end: the usual notice of a day's leave.</summary>
    public static AbsenceForm For(DateOnly day, Domain.Time.WorkingCalendar calendar) => new()
    {
        Kind = nameof(AbsenceKind.Leave),
        FromDate = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        FromTime = calendar.Sessions[0].Start.ToString("HH:mm", CultureInfo.InvariantCulture),
        ToDate = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ToTime = calendar.Sessions[^1].End.ToString("HH:mm", CultureInfo.InvariantCulture),
    };

    /// <summary>A secondment's id as a select sends it; null when empty or not one.</summary>
    public static int? Id(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;
}

/// <summary>
/// The seconded officers' absences (R30, R61): the list in scope — running and to come first, then the past of a recent
/// window — with the flags the Center must see; the agency's notice (or its request to recall its officer, which the
/// Center decides), given by its leader or by the Center on its behalf; and the Center's record of an officer found away.
/// </summary>
[Authorize(Policy = Policies.Staffing)]
public sealed class AbsencesModel(AbsenceDesk absences, StaffingDesk desk, CurrentOfficer officer) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "tu")] public string? FromFilter { get; set; }
    [BindProperty(SupportsGet = true, Name = "den")] public string? UntilFilter { get; set; }
    [BindProperty(SupportsGet = true, Name = "canh-bao")] public string? FlaggedFilter { get; set; }
    [BindProperty] public AbsenceForm Notice { get; set; } = new();
    [BindProperty] public AbsenceForm Found { get; set; } = new();

    public AbsenceList List { get; private set; } = new([], []);
    public IReadOnlyList<Secondment> Serving { get; private set; } = [];
    public IReadOnlyDictionary<string, string> Units { get; private set; } = new Dictionary<string, string>();
    public bool IsCenter => StaffingDesk.IsCenter(officer.Actor);
    public bool FlaggedOnly => FlaggedFilter is "1" or "true" or "on";
    public DateOnly Since { get; private set; }
    public DateOnly? Until { get; private set; }
    public string? Problem { get; private set; }
    [TempData] public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var calendar = (await desk.LocalityAsync(cancellationToken)).Calendar;
        var today = calendar.LocalDate(desk.Now);
        Notice = AbsenceForm.For(today, calendar);
        Found = AbsenceForm.For(today, calendar);
        Found.Kind = nameof(AbsenceKind.Unexpected);
        return await ShowAsync(StatusCodes.Status200OK, cancellationToken);
    }

    public Task<IActionResult> OnPostNoticeAsync(CancellationToken cancellationToken) => RecordAsync(Notice, nameof(Notice), found: false, cancellationToken);

    public Task<IActionResult> OnPostFindAsync(CancellationToken cancellationToken) => RecordAsync(Found, nameof(Found), found: true, cancellationToken);

    async Task<IActionResult> RecordAsync(AbsenceForm form, string prefix, bool found, CancellationToken cancellationToken)
    {
        var calendar = (await desk.LocalityAsync(cancellationToken)).Calendar;
        var (input, errors) = form.Parse(calendar);
        StaffingActed? acted = null;
        if (input is not null)
            (acted, errors) = await absences.RecordAsync(input, found, officer.Actor, cancellationToken);
        if (acted is StaffingActed.Done { Record: Absence absence })
        {
            Done = absence.State == AbsenceState.Requested
                ? "Đã gửi đề nghị; Trung tâm sẽ đồng ý hoặc từ chối."
                : $"Đã ghi nhận {absence.OfficerName} vắng mặt {absence.Period()}.";
            return Redirect($"/can-bo/vang-mat/{absence.Id}");
        }
        errors.AddTo(ModelState, field => field is nameof(AbsenceInput.From) or nameof(AbsenceInput.To) ? $"{prefix}.{field}Date" : $"{prefix}.{field}");
        Problem = acted?.Message ?? (found ? "Chưa ghi nhận được: xem các ô được đánh dấu." : "Chưa gửi được thông báo: xem các ô được đánh dấu.");
        return await ShowAsync(acted?.Status ?? StatusCodes.Status400BadRequest, cancellationToken);
    }

    async Task<IActionResult> ShowAsync(int status, CancellationToken cancellationToken)
    {
        var calendar = (await desk.LocalityAsync(cancellationToken)).Calendar;
        var now = desk.Now;
        Since = calendar.LocalDate(now).AddDays(-AbsenceDesk.WindowDays);
        if (!string.IsNullOrWhiteSpace(FromFilter) || !string.IsNullOrWhiteSpace(UntilFilter))
        {
            var (since, until, problem) = Filter(FromFilter, UntilFilter);
            if (problem is not null)
            {
                Problem ??= problem;
                status = status == StatusCodes.Status200OK ? StatusCodes.Status400BadRequest : status;
            }
            else
                (Since, Until) = (since ?? Since, until);
        }
        List = await absences.ListAsync(officer.Actor, calendar.AtLocal(Since, TimeOnly.MinValue),
            Until is { } last ? calendar.AtLocal(last.AddDays(1), TimeOnly.MinValue) : null, FlaggedOnly, now, cancellationToken);
        Serving = await absences.ServingAsync(officer.Actor, cancellationToken);
        Units = await absences.UnitNamesAsync(Serving.Select(s => s.AgencyId).Concat(List.All.Select(a => a.AgencyId)), cancellationToken);
        Response.StatusCode = status;
        return Page();
    }

    /// <summary>The list's dates as the date inputs send them; the API reads the same.</summary>
    public static (DateOnly? From, DateOnly? Until, string? Problem) Filter(string? from, string? until)
    {
        static (DateOnly? Day, bool Ok) Read(string? text) =>
            string.IsNullOrWhiteSpace(text) ? (null, true)
            : DateOnly.TryParseExact(text.Trim(), ["yyyy-MM-dd", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
              && day.Year > Domain.Time.WorkingCalendar.FirstYear && day.Year < Domain.Time.WorkingCalendar.LastYear ? (day, true) : (null, false);
        var (first, firstOk) = Read(from);
        var (last, lastOk) = Read(until);
        if (!firstOk || !lastOk)
            return (null, null, "Ngày lọc không hợp lệ: nhập theo dạng ngày/tháng/năm (dd/MM/yyyy).");
        if (first is { } f && last is { } l && l < f)
            return (null, null, "Ngày cuối của khoảng lọc không được trước ngày đầu.");
        return (first, last, null);
    }

    public string AgencyName(string id) => Units.GetValueOrDefault(id, id);
}
