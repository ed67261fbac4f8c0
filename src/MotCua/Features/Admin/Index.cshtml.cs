using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Profiles;
using MotCua.Platform;

namespace MotCua.Features.Admin;

/// <summary>The administrator's home: what can be administered, and the locality profile in force.</summary>
public sealed class IndexModel(MotCuaDbContext db, LocalitySource localities) : PageModel
{
    public IReadOnlyList<LocalityProfile> Profiles => LocalityProfiles.All;
    public string ActiveProfileId { get; private set; } = LocalityProfiles.DefaultId;

    [BindProperty] public string ProfileId { get; set; } = "";
    [TempData] public string? Done { get; set; }
    public string? Problem { get; private set; }

    public async Task OnGetAsync() =>
        ActiveProfileId = (await db.Settings.SingleOrDefaultAsync())?.ActiveProfileId ?? LocalityProfiles.DefaultId;

    public async Task<IActionResult> OnPostProfileAsync()
    {
        var settings = await db.Settings.SingleOrDefaultAsync();
        if (settings is null || LocalityProfiles.All.All(p => p.Id != ProfileId))
        {
            Problem = "Chọn một quy chế địa phương trong danh sách.";
            await OnGetAsync();
            return Page();
        }
        settings.ActiveProfileId = ProfileId;
        await db.SaveChangesAsync();
        localities.Invalidate();
        Done = $"Đã áp dụng quy chế: {LocalityProfiles.Get(ProfileId).Name}.";
        return RedirectToPage();
    }
}
