using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Notifications;

/// <summary>The latest deadline alerts on dossiers the officer may see (monitor and agency inbox).</summary>
public sealed class AlertsViewComponent(MotCuaDbContext db, CurrentOfficer officer) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var visible = db.Dossiers.VisibleTo(officer).Select(d => d.Code);
        var alerts = await db.DeadlineAlerts.Where(a => visible.Contains(a.DossierCode))
            .OrderByDescending(a => a.RaisedAt).ThenBy(a => a.Key).Take(30).ToListAsync();
        return View("/Features/Notifications/_Alerts.cshtml", alerts);
    }
}
