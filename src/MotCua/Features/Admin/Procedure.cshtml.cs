using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Catalog;
using MotCua.Domain.Time;

namespace MotCua.Features.Admin;

/// <summary>
/// One procedure and its versions (R2). An agency's change (a time limit, a fee, the paper channel)
/// becomes a new version from its effective date; dossiers already received keep theirs.
/// </summary>
public sealed class ProcedureModel(MotCuaDbContext db, TimeProvider time) : PageModel
{
    public Procedure? Procedure { get; private set; }
    public IReadOnlyDictionary<string, string> UnitNames { get; private set; } = new Dictionary<string, string>();

    [BindProperty] public DateOnly? EffectiveFrom { get; set; }
    [BindProperty] public List<string> Limits { get; set; } = [];
    [BindProperty] public List<long> Fees { get; set; } = [];
    [BindProperty] public bool PaperChannelDisabled { get; set; }
    [BindProperty] public bool FiveOnTheSpot { get; set; }
    [BindProperty] public string? DailyCutOff { get; set; }
    [TempData] public string? Done { get; set; }
    public string? Problem { get; private set; }

    public ProcedureVersion Latest => Procedure!.Versions[^1];

    public async Task<IActionResult> OnGetAsync(string code)
    {
        if (!await LoadAsync(code))
            return NotFound();
        Limits = Latest.Cases.Select(c => Notation(c.Limit)).ToList();
        Fees = Latest.Fees.Select(f => f.AmountVnd).ToList();
        PaperChannelDisabled = Latest.PaperChannelDisabled;
        FiveOnTheSpot = Latest.FiveOnTheSpot;
        DailyCutOff = Latest.DailyCutOff?.ToString("HH:mm");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code)
    {
        if (!await LoadAsync(code))
            return NotFound();
        var latest = Latest;
        var today = DateOnly.FromDateTime(time.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).DateTime);
        if (EffectiveFrom is not { } from)
            return Fail("Nhập ngày phiên bản mới có hiệu lực.");
        if (from < today)
            return Fail("Ngày hiệu lực không được ở quá khứ: hồ sơ đã nhận giữ phiên bản cũ (R2).");
        if (Limits.Count != latest.Cases.Count || Fees.Count != latest.Fees.Count)
            return Fail("Biểu mẫu không khớp với phiên bản hiện tại; xin tải lại trang.");
        var cases = new List<ProcedureCase>();
        for (var i = 0; i < Limits.Count; i++)
        {
            if (Limits[i]?.Trim() is "trong ngày" or "0")
                cases.Add(latest.Cases[i] with { Limit = TimeLimit.SameDay });
            else if (TimeLimit.TryParse(Limits[i]?.Trim() ?? "", out var limit))
                cases.Add(latest.Cases[i] with { Limit = limit });
            else
                return Fail($"Thời hạn của trường hợp \"{latest.Cases[i].Name}\" không hợp lệ: viết 3d (ngày làm việc), 4h (giờ làm việc), 15cd (ngày) hoặc \"trong ngày\".");
        }
        if (Fees.Any(f => f < 0))
            return Fail("Phí, lệ phí không được âm.");
        TimeOnly? cutOff = null;
        if (!string.IsNullOrWhiteSpace(DailyCutOff))
        {
            if (!TimeOnly.TryParseExact(DailyCutOff.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                return Fail("Giờ chốt nhận hồ sơ viết dạng HH:mm, ví dụ 15:00.");
            cutOff = parsed;
        }
        var version = latest with
        {
            EffectiveFrom = from,
            Cases = cases,
            Fees = latest.Fees.Select((f, i) => f with { AmountVnd = Fees[i] }).ToList(),
            PaperChannelDisabled = PaperChannelDisabled,
            FiveOnTheSpot = FiveOnTheSpot,
            DailyCutOff = cutOff,
        };
        var outcome = Procedure!.AddVersion(version);
        if (outcome.Broken is { } broken)
            return Fail(broken.Message);
        await db.SaveChangesAsync();
        Done = $"Đã thêm phiên bản có hiệu lực từ {Domain.VietnameseFormat.Date(from)}.";
        return RedirectToPage(new { code });
    }

    IActionResult Fail(string problem)
    {
        Problem = problem;
        return Page();
    }

    async Task<bool> LoadAsync(string code)
    {
        Procedure = await db.Procedures.Include(p => p.Versions).SingleOrDefaultAsync(p => p.Code == code);
        UnitNames = await db.Units.ToDictionaryAsync(u => u.Id, u => u.Name);
        return Procedure is not null && Procedure.Versions.Count > 0;
    }

    /// <summary>A limit in the notation the form takes back.</summary>
    public static string Notation(TimeLimit limit) => limit.Unit switch
    {
        TimeLimitUnit.WorkingDays => limit.Value.ToString("0.##", CultureInfo.InvariantCulture) + "d",
        TimeLimitUnit.WorkingHours => limit.Value.ToString("0.##", CultureInfo.InvariantCulture) + "h",
        TimeLimitUnit.CalendarDays => limit.Value.ToString("0", CultureInfo.InvariantCulture) + "cd",
        _ => "trong ngày",
    };
}
