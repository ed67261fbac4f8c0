using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MotCua.Data.Notifications;
using MotCua.Data;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Notifications;

[Authorize(Policy = Policies.Officer)]
public sealed class InboxModel(MotCuaDbContext db, CurrentOfficer officer, TimeProvider time) : PageModel
{
    public IReadOnlyList<OfficerNotification> Notices { get; private set; } = [];

    public async Task OnGetAsync() =>
        Notices = await db.OfficerNotifications.For(officer).OrderByDescending(n => n.Id).Take(200).ToListAsync();

    /// <summary>Marks every notice of the officer's unit and role as read.</summary>
    public async Task<IActionResult> OnPostReadAsync()
    {
        var now = time.GetUtcNow();
        foreach (var notice in await db.OfficerNotifications.For(officer).Where(n => n.ReadAt == null).ToListAsync())
            notice.ReadAt = now;
        await db.SaveChangesAsync();
        return RedirectToPage();
    }
}
