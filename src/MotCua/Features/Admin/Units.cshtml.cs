using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Codes;
using MotCua.Domain.Fees;
using MotCua.Platform;

namespace MotCua.Features.Admin;

/// <summary>The Center and the agencies, each keyed by its electronic identifier (the first part of dossier codes, R50).</summary>
public sealed class UnitsModel(MotCuaDbContext db, LocalitySource localities) : PageModel
{
    public IReadOnlyList<Unit> Units { get; private set; } = [];
    public IReadOnlyDictionary<string, int> OfficerCounts { get; private set; } = new Dictionary<string, int>();
    /// <summary>Each unit's officers, by name: an agency's feedback leader is chosen among its own (R64).</summary>
    public ILookup<string, Officer> OfficersByUnit { get; private set; } = Array.Empty<Officer>().ToLookup(o => o.UnitId);

    /// <summary>The first part of every code of the unit's dossiers: checked by the same rule as a code's (<see cref="DossierCode.AgencyIdProblem"/>).</summary>
    [BindProperty, Required(ErrorMessage = "Nhập mã định danh điện tử.")]
    public string Id { get; set; } = "";
    [BindProperty, Required(ErrorMessage = "Nhập tên đơn vị."), StringLength(300)] public string Name { get; set; } = "";
    [BindProperty] public UnitKind Kind { get; set; } = UnitKind.Agency;
    /// <summary>The place the unit dates its documents with ("Vĩnh An, ngày …").</summary>
    [BindProperty, StringLength(100, ErrorMessage = "Địa danh không quá 100 ký tự.")] public string? Place { get; set; }
    [TempData] public string? Done { get; set; }

    /// <summary>Who collects under the active profile, for agencies without their own choice.</summary>
    public string ProfileCollector { get; private set; } = "";

    public async Task OnGetAsync()
    {
        var profile = (await localities.GetAsync(db)).Profile;
        ProfileCollector = profile.SoleFeeCollectorAndReturnPoint ? "chỉ Trung tâm thu" : profile.FeeCollector == FeeCollector.Center ? "Trung tâm thu" : "cơ quan thu";
        Units = await db.Units.OrderBy(u => u.Kind).ThenBy(u => u.Name).ToListAsync();
        OfficerCounts = await db.Users.GroupBy(o => o.UnitId).ToDictionaryAsync(g => g.Key, g => g.Count());
        OfficersByUnit = (await db.Users.AsNoTracking().OrderBy(o => o.FullName).ToListAsync()).ToLookup(o => o.UnitId);
    }

    public async Task<IActionResult> OnPostCreateAsync()
    {
        if (ModelState.IsValid && DossierCode.AgencyIdProblem(Id) is { } problem)
            ModelState.AddModelError(nameof(Id), problem);
        if (ModelState.IsValid && await db.Units.AnyAsync(u => u.Id == Id))
            ModelState.AddModelError(nameof(Id), "Mã định danh này đã có.");
        if (!ModelState.IsValid)
        {
            await OnGetAsync();
            return Page();
        }
        db.Units.Add(new Unit { Id = Id, Name = Name.Trim(), Kind = Kind, Place = string.IsNullOrWhiteSpace(Place) ? null : Place.Trim() });
        await db.SaveChangesAsync();
        Done = $"Đã thêm {Name.Trim()}.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRenameAsync()
    {
        if (await db.Units.FindAsync(Id) is not { } unit)
            return NotFound();
        if (string.IsNullOrWhiteSpace(Name))
            ModelState.AddModelError(nameof(Name), "Nhập tên đơn vị.");
        if (Place?.Trim().Length > 100)
            ModelState.AddModelError(nameof(Place), "Địa danh không quá 100 ký tự.");
        if (!ModelState.IsValid)
        {
            await OnGetAsync();
            return Page();
        }
        unit.Name = Name.Trim();
        unit.Place = string.IsNullOrWhiteSpace(Place) ? null : Place.Trim();
        await db.SaveChangesAsync();
        Done = $"Đã lưu {unit.Name}{(unit.Place is null ? "" : $" (địa danh trên văn bản: {unit.Place})")}.";
        return RedirectToPage();
    }

    /// <summary>An agency collects its own fees or authorizes the Center to collect them (thu hộ, R29); a sole-collector profile allows only the Center.</summary>
    public async Task<IActionResult> OnPostFeeCollectorAsync(string? feeCollector)
    {
        if (await db.Units.FindAsync(Id) is not { Kind: UnitKind.Agency } unit)
            return NotFound();
        // Only the unit and the choice are posted: the other fields' checks belong to the other forms.
        ModelState.Clear();
        FeeCollector? chosen = null;
        if (string.IsNullOrEmpty(feeCollector))
            chosen = null;
        else if (Enum.TryParse<FeeCollector>(feeCollector, out var parsed) && Enum.IsDefined(parsed) && !char.IsDigit(feeCollector[0]))
            chosen = parsed;
        else
            ModelState.AddModelError(nameof(FeeCollector), "Chọn cơ quan tự thu, ủy quyền Trung tâm thu hộ hoặc theo quy chế.");
        if (chosen == FeeCollector.Agency && (await localities.GetAsync(db)).Profile.SoleFeeCollectorAndReturnPoint)
            ModelState.AddModelError(nameof(FeeCollector), "Theo quy chế của địa phương, Trung tâm là đầu mối duy nhất thu phí, lệ phí: cơ quan không tự thu được (R29).");
        if (!ModelState.IsValid)
        {
            await OnGetAsync();
            return Page();
        }
        unit.FeeCollector = chosen;
        await db.SaveChangesAsync();
        localities.Invalidate();
        Done = $"Đã lưu đơn vị thu phí, lệ phí của {unit.Name}: {chosen switch { FeeCollector.Agency => "cơ quan tự thu", FeeCollector.Center => "ủy quyền Trung tâm thu hộ", _ => "theo quy chế" }}. Áp dụng cho hồ sơ tiếp nhận từ nay.";
        return RedirectToPage();
    }

    /// <summary>The leader an agency names to handle feedback with the Center (R64; Bắc Ninh Art. 14.3): one of its own officers, or none.</summary>
    public async Task<IActionResult> OnPostFeedbackLeaderAsync(string? leader)
    {
        if (await db.Units.FindAsync(Id) is not { } unit)
            return NotFound();
        // Only the unit and the choice are posted: the other fields' checks belong to the other forms.
        ModelState.Clear();
        Officer? chosen = null;
        if (!string.IsNullOrEmpty(leader) && (chosen = await db.Users.FindAsync(leader)) is null)
            ModelState.AddModelError("leader", "Chọn cán bộ trong danh sách.");
        else if (unit.NameFeedbackLeader(chosen) is { } refused)
            ModelState.AddModelError("leader", refused);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await OnGetAsync();
            return Page();
        }
        await db.SaveChangesAsync();
        Done = chosen is null ? $"{unit.Name}: chưa cử lãnh đạo phụ trách phản ánh, kiến nghị." : $"{unit.Name}: {chosen.FullName} phụ trách phản ánh, kiến nghị với Trung tâm.";
        return RedirectToPage();
    }
}
