using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Staffing;
using MotCua.Platform;

namespace MotCua.Features.Staffing;

/// <summary>One line of the reception desk: an officer of an agency away today, and who stands in (R30).</summary>
public sealed record AbsentToday(string OfficerName, string AgencyName, AbsenceKind Kind, string? Substitute);

/// <summary>
/// The reception desk's word on today's absences at the officer's Center (R30): who is away and who stands in — the substitute the
/// agency named, else a backup of the agency serving today and not away. Reads today's absences of the one Center (its (CenterId, To)
/// index) and, only when one lacks a substitute, the agency's backups; <c>agencyId</c> narrows it to the agency of the procedure at hand.
/// </summary>
public sealed class AbsenceTodayViewComponent(MotCuaDbContext db, LocalitySource localities, TimeProvider time, CurrentOfficer officer) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string? agencyId = null)
    {
        var calendar = (await localities.GetAsync(db)).Calendar;
        var today = calendar.LocalDate(time.GetUtcNow());
        var (start, end) = (calendar.AtLocal(today, TimeOnly.MinValue), calendar.AtLocal(today.AddDays(1), TimeOnly.MinValue));
        var centerId = officer.UnitId;
        var query = db.Absences.AsNoTracking()
            .Where(a => a.CenterId == centerId && a.To > start && a.From < end && (a.State == AbsenceState.Noted || a.State == AbsenceState.Approved));
        if (agencyId is not null)
            query = query.Where(a => a.AgencyId == agencyId);
        var absences = await query.OrderBy(a => a.OfficerName).ToListAsync();
        if (absences.Count == 0)
            return Content("");

        var agencies = absences.Select(a => a.AgencyId).Distinct().ToList();
        var names = await db.Units.AsNoTracking().Where(u => agencies.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name);
        var uncovered = absences.Where(a => a.SubstituteName is null).Select(a => a.AgencyId).Distinct().ToList();
        var backups = uncovered.Count == 0 ? [] : await db.Secondments.AsNoTracking()
            .Where(s => uncovered.Contains(s.AgencyId) && s.Role == SecondmentRole.Backup && s.State == SecondmentState.Approved)
            .OrderBy(s => s.OfficerName).ToListAsync();
        var away = absences.Select(a => a.SecondmentId).ToHashSet();
        string? Cover(Absence a) => a.SubstituteName
            ?? backups.FirstOrDefault(s => s.AgencyId == a.AgencyId && s.ServesOn(today) && !away.Contains(s.Id))?.OfficerName;
        var lines = absences.Select(a => new AbsentToday(a.OfficerName, names.GetValueOrDefault(a.AgencyId, a.AgencyId), a.Kind, Cover(a))).ToList();
        return View("/Features/Staffing/AbsenceToday.cshtml", lines);
    }
}
