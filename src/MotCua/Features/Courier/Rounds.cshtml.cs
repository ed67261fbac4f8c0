using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Codes;
using MotCua.Domain.Courier;
using MotCua.Domain.Dossiers;
using MotCua.Features.Register;
using MotCua.Platform;

namespace MotCua.Features.Courier;

/// <summary>
/// The day's courier rounds (R12): per agency, the profile's round times and what each carried, the paper waiting to travel,
/// and for the sending side the form that dispatches a round (at a profile time, or an extra round) with its manifest.
/// </summary>
[Authorize(Roles = CourierQueries.Roles)]
public sealed class RoundsModel(MotCuaDbContext db, CurrentOfficer officer, LocalitySource localities, TimeProvider time) : PageModel
{
    /// <summary>The value of the extra round in the time list.</summary>
    public const string Extra = "bo-sung";

    [BindProperty(SupportsGet = true)] public string? Agency { get; set; }
    [BindProperty(SupportsGet = true)] public string? Day { get; set; }
    [BindProperty] public string? Slot { get; set; }
    [BindProperty] public string? CourierName { get; set; }
    [BindProperty] public List<string> Codes { get; set; } = [];

    [TempData] public string? Done { get; set; }
    public string? Problem { get; private set; }

    public DateOnly Date { get; private set; }
    public bool IsToday { get; private set; }
    public IReadOnlyList<TimeOnly> Times { get; private set; } = [];
    public IReadOnlyList<AgencyRow> Agencies { get; private set; } = [];
    public Unit? Chosen { get; private set; }
    /// <summary>Which way this officer sends paper; null when they only watch.</summary>
    public CourierDirection? Direction => CourierQueries.Sends(officer.Role);

    /// <summary>The Center's desk and staff, who also print the day's hand-over list.</summary>
    public bool AtCenter => officer.Role is Role.Reception or Role.CenterStaff or Role.CenterDirector;
    public IReadOnlyList<WaitingLine> Waiting { get; private set; } = [];
    /// <summary>The profile's times of today not yet used by a round of the chosen agency in the officer's direction.</summary>
    public IReadOnlyList<TimeOnly> FreeTimes { get; private set; } = [];
    /// <summary>Rounds in the officer's scope still waiting for the receiving side, whatever their day.</summary>
    public IReadOnlyList<CourierRound> Unconfirmed { get; private set; } = [];

    public sealed record AgencyRow(Unit Agency, IReadOnlyList<CourierRound> Rounds, int WaitingDossiers, int WaitingResults);

    /// <param name="AtOnce">A dossier the profile sends as soon as it is received complete and valid, in a round of its own (R12, Bắc Kạn).</param>
    public sealed record WaitingLine(DossierCode Code, string Procedure, string Applicant, DossierState State, bool AtOnce = false);

    public string AgencyName(string id) => Agencies.FirstOrDefault(a => a.Agency.Id == id)?.Agency.Name ?? id;

    public static string Show(TimeOnly t) => t.ToString("HH:mm", CultureInfo.InvariantCulture);

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostDispatchAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
            return Page();
        if (Direction is not { } direction)
            return Refuse("Vai trò của cán bộ không giao chuyến hồ sơ giấy.");
        if (Chosen is null)
            return Refuse("Xin chọn cơ quan để giao chuyến.");
        if (!IsToday)
            return Refuse("Chỉ giao chuyến trong ngày hôm nay.");
        TimeOnly? slot = null;
        if (Slot != Extra)
        {
            if (!TimeOnly.TryParseExact(Slot?.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
                return Refuse("Xin chọn giờ của chuyến, hoặc chuyến bổ sung.");
            slot = t;
        }
        var manifest = new List<DossierCode>();
        foreach (var text in Codes)
        {
            if (!DossierCode.TryParse(text?.Trim(), out var code))
                return Refuse("Có mã hồ sơ không hợp lệ trong danh sách đã chọn; xin tải lại trang và chọn lại.");
            manifest.Add(code);
        }
        var centerId = await db.CenterOfAsync(officer, cancellationToken);
        var locality = await localities.GetAsync(db, cancellationToken);
        var now = time.GetUtcNow();
        var dispatched = await DispatchedTimesAsync(centerId, Chosen.Id, direction, cancellationToken);
        var outcome = CourierRound.Dispatch(centerId, Chosen.Id, direction, slot, CourierName ?? "", manifest,
            Waiting.Select(w => w.Code).ToHashSet(), dispatched, officer.Actor, now, locality);
        if (outcome.Value is not { } round)
            return Refuse($"{outcome.Broken!.Message} ({outcome.Broken.RuleId})");
        db.CourierRounds.Add(round);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another officer dispatched the same round time first (the unique index).
            db.ChangeTracker.Clear();
            await LoadAsync(cancellationToken);
            return Refuse($"{CourierRules.RoundAlreadyDispatched.Message} ({CourierRules.RoundAlreadyDispatched.RuleId})");
        }
        Done = $"Đã giao {round.Label.ToLowerInvariant()} với {round.Items.Count} hồ sơ; bên nhận xác nhận khi nhận đủ.";
        return Redirect($"/chuyen-giao-nhan/{round.Id}");
    }

    IActionResult Refuse(string message)
    {
        Problem = message;
        return Page();
    }

    Task<List<TimeOnly>> DispatchedTimesAsync(string centerId, string agencyId, CourierDirection direction, CancellationToken cancellationToken) =>
        db.CourierRounds.Where(r => r.CenterId == centerId && r.AgencyId == agencyId && r.Direction == direction && r.Day == Date && r.Time != null)
            .Select(r => r.Time!.Value).ToListAsync(cancellationToken);

    /// <summary>Reads the filters and the day's rounds; false with <see cref="Problem"/> when a filter is wrong.</summary>
    async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var locality = await localities.GetAsync(db, cancellationToken);
        var calendar = locality.Calendar;
        var today = calendar.LocalDate(time.GetUtcNow());
        Times = locality.Profile.CourierRounds;
        if (LocalDays.Problem(Day, "Ngày", today, out var date) is { } problem)
        {
            Date = today;
            Problem = problem;
            return false;
        }
        Date = date;
        IsToday = date == today;
        var centerId = await db.CenterOfAsync(officer, cancellationToken);
        var isAgency = officer.Role is Role.Processor or Role.AgencyLeader;
        var agencies = await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.Agency && (!isAgency || u.Id == officer.UnitId))
            .OrderBy(u => u.Name).ToListAsync(cancellationToken);
        var rounds = await db.CourierRounds.AsNoTracking().VisibleTo(officer).Where(r => r.Day == date)
            .OrderBy(r => r.DispatchedAt).ToListAsync(cancellationToken);
        var dossiers = await CountsAsync(centerId, CourierDirection.ToAgency, cancellationToken);
        var results = await CountsAsync(centerId, CourierDirection.ToCenter, cancellationToken);
        Agencies = agencies.Select(a => new AgencyRow(a, rounds.Where(r => r.AgencyId == a.Id).ToList(),
            dossiers.GetValueOrDefault(a.Id), results.GetValueOrDefault(a.Id))).ToList();
        var receives = Enum.GetValues<CourierDirection>().Where(d => CourierRound.ReceiverRoles(d).Contains(officer.Role)).ToList();
        Unconfirmed = await db.CourierRounds.AsNoTracking().VisibleTo(officer).Where(r => r.Confirmation == null && receives.Contains(r.Direction))
            .OrderBy(r => r.DispatchedAt).Take(100).ToListAsync(cancellationToken);

        if (isAgency)
            Agency = officer.UnitId;
        if (string.IsNullOrEmpty(Agency))
            return true;
        Chosen = agencies.FirstOrDefault(a => a.Id == Agency);
        if (Chosen is null)
        {
            Problem = "Không có cơ quan giải quyết này; xin chọn lại trong danh sách.";
            return false;
        }
        if (Direction is { } direction)
        {
            var waiting = await db.Waiting(centerId, Chosen.Id, direction).AsNoTracking().OrderBy(d => d.Code)
                .Select(d => new { d.Code, Procedure = d.Procedure.Name, Applicant = d.Applicant.Name, d.State, d.Version }).ToListAsync(cancellationToken);
            Waiting = waiting.Select(d => new WaitingLine(d.Code, d.Procedure, d.Applicant, d.State,
                direction == CourierDirection.ToAgency && locality.Profile.TravelsAtOnce(d.Version))).ToList();
            var taken = await DispatchedTimesAsync(centerId, Chosen.Id, direction, cancellationToken);
            FreeTimes = IsToday && calendar.IsWorkingDay(date) ? Times.Where(t => !taken.Contains(t)).ToList() : [];
        }
        return true;
    }

    async Task<Dictionary<string, int>> CountsAsync(string centerId, CourierDirection direction, CancellationToken cancellationToken) =>
        await db.Waiting(centerId, null, direction).GroupBy(d => d.AgencyId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
}
