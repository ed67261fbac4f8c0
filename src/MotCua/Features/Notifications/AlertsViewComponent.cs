using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Data.Notifications;
using MotCua.Domain.Codes;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Notifications;

/// <summary>
/// The latest deadline alerts on dossiers the officer may see (monitor and agency inbox), one line per dossier, newest
/// first, in a panel closed by default so that the list of work stays on the first screen.
/// </summary>
public sealed class AlertsViewComponent(MotCuaDbContext db, CurrentOfficer officer) : ViewComponent
{
    /// <summary>The newest alerts read (by the RaisedAt index), and the dossiers named from them at most.</summary>
    const int Read = 300, Lines = 30;

    public sealed record Line(DossierCode Code, DateTimeOffset Newest, IReadOnlyList<DeadlineAlert> Alerts);

    public sealed record Panel(IReadOnlyList<Line> Lines)
    {
        /// <summary>How many of the dossiers have an alert of each kind, the gravest kind first.</summary>
        public IEnumerable<(AlertKind Kind, int Dossiers)> ByKind() =>
            Gravity.Select(k => (k, Lines.Count(l => l.Alerts.Any(a => a.Kind == k)))).Where(k => k.Item2 > 0);
    }

    static readonly AlertKind[] Gravity = [AlertKind.Overdue, AlertKind.Escalated, AlertKind.ConsultationLate, AlertKind.ApologyWindowClosing, AlertKind.DueSoon];

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var visible = db.Dossiers.VisibleTo(officer).Select(d => d.Code);
        var alerts = await db.DeadlineAlerts.Where(a => visible.Contains(a.DossierCode))
            .OrderByDescending(a => a.RaisedAt).ThenBy(a => a.Key).Take(Read).ToListAsync();
        var lines = alerts.GroupBy(a => a.DossierCode)
            .Select(g => new Line(g.Key, g.First().RaisedAt, g.ToList()))
            .Take(Lines).ToList();
        return View("/Features/Notifications/_Alerts.cshtml", new Panel(lines));
    }
}

public static class AlertKinds
{
    /// <summary>The kind as the panel's summary counts it ("3 quá hạn").</summary>
    public static string Vietnamese(this AlertKind kind) => kind switch
    {
        AlertKind.Overdue => "quá hạn",
        AlertKind.Escalated => "đã báo cấp trên",
        AlertKind.ConsultationLate => "chậm trả lời xin ý kiến",
        AlertKind.ApologyWindowClosing => "sắp hết hạn xin lỗi",
        _ => "sắp đến hạn",
    };
}
