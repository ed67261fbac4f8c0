using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Codes;

namespace MotCua.Features.Admin;

/// <summary>The Center and the agencies, each keyed by its electronic identifier (the first part of dossier codes, R50).</summary>
public sealed class UnitsModel(MotCuaDbContext db) : PageModel
{
    public IReadOnlyList<Unit> Units { get; private set; } = [];
    public IReadOnlyDictionary<string, int> OfficerCounts { get; private set; } = new Dictionary<string, int>();

    /// <summary>The first part of every code of the unit's dossiers: checked by the same rule as a code's (<see cref="DossierCode.AgencyIdProblem"/>).</summary>
    [BindProperty, Required(ErrorMessage = "Nhập mã định danh điện tử.")]
    public string Id { get; set; } = "";
    [BindProperty, Required(ErrorMessage = "Nhập tên đơn vị."), StringLength(300)] public string Name { get; set; } = "";
    [BindProperty] public UnitKind Kind { get; set; } = UnitKind.Agency;
    /// <summary>The place the unit dates its documents with ("Vĩnh An, ngày …").</summary>
    [BindProperty, StringLength(100, ErrorMessage = "Địa danh không quá 100 ký tự.")] public string? Place { get; set; }
    [TempData] public string? Done { get; set; }

    public async Task OnGetAsync()
    {
        Units = await db.Units.OrderBy(u => u.Kind).ThenBy(u => u.Name).ToListAsync();
        OfficerCounts = await db.Users.GroupBy(o => o.UnitId).ToDictionaryAsync(g => g.Key, g => g.Count());
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
}
