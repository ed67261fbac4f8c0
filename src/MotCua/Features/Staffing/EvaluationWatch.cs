using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Data.Notifications;
using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Staffing;

namespace MotCua.Features.Staffing;

/// <summary>
/// Evaluation deadlines for the deadline watch (R31, R62): the Center is reminded <see cref="EvaluationDefaults.ReminderWorkingDays"/>
/// working days before its evaluations of a period are due while some officer who served in it has no evaluation sent, and
/// told again (its director too) once the deadline passed; an agency is reminded likewise before its officers' ratings of the
/// year are due back. Each notice has a key per unit, period and kind, so it is sent once.
/// </summary>
public static class EvaluationWatch
{
    /// <summary>A deadline passed is told within a month of it: an installation does not report years before it was used.</summary>
    const int OverdueWatchedDays = 31;

    public static async Task<IReadOnlyList<OfficerNotification>> NoticesAsync(MotCuaDbContext db, Locality locality, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var profile = locality.Profile.OfficerEvaluation;
        var calendar = locality.Calendar;
        var today = calendar.LocalDate(now);
        var current = EvaluationPeriod.Containing(today, profile, calendar);
        var previous = current.Previous(profile, calendar);
        bool Watched(DateTimeOffset due) => now > due
            ? now - due <= TimeSpan.FromDays(OverdueWatchedDays)
            : calendar.WorkingDaysBetween(today, calendar.LocalDate(due)) <= EvaluationDefaults.ReminderWorkingDays;

        var centerPeriods = new[] { previous, current }.Where(p => Watched(p.CenterDue)).ToList();
        var years = new[] { previous, current }.Select(p => p.Year).Distinct()
            .Select(y => EvaluationPeriod.Containing(new DateOnly(y, 12, 31), profile, calendar)).Where(p => Watched(p.RatingsDue)).ToList();
        if (centerPeriods.Count == 0 && years.Count == 0)
            return [];
        var officers = await db.Secondments.AsNoTracking()
            .Where(s => s.State == SecondmentState.Approved || s.State == SecondmentState.Ended)
            .ToListAsync(cancellationToken);
        var notices = new List<OfficerNotification>();
        foreach (var period in centerPeriods)
        {
            var key = period.Key;
            var sent = (await db.OfficerAppraisals.AsNoTracking().Where(a => a.PeriodKey == key && a.State == AppraisalState.Sent)
                .Select(a => a.SecondmentId).ToListAsync(cancellationToken)).ToHashSet();
            foreach (var center in officers.Where(s => OfficerAppraisal.ServedDuring(s, period) && !sent.Contains(s.Id)).GroupBy(s => s.CenterId))
            {
                var what = $"Đánh giá cán bộ {period.Vietnamese}: còn {center.Count()} cán bộ chưa được gửi phiếu đánh giá đến cơ quan";
                var due = VietnameseFormat.Date(period.CenterDue);
                if (now <= period.CenterDue)
                {
                    notices.Add(Notice($"danh-gia/{center.Key}/{key}/sap-han", center.Key, null, $"{what}; hạn {due} (R31).", now));
                    continue;
                }
                var text = $"{what}, đã quá hạn {due} (R31).";
                notices.Add(Notice($"danh-gia/{center.Key}/{key}/qua-han", center.Key, null, text, now));
                notices.Add(Notice($"danh-gia/{center.Key}/{key}/qua-han/giam-doc", center.Key, Role.CenterDirector, text, now));
            }
        }
        foreach (var period in years)
        {
            var year = period.Year;
            var appraisals = await db.OfficerAppraisals.AsNoTracking().Where(a => a.Year == year && a.State == AppraisalState.Sent)
                .Select(a => new { a.AgencyId, a.SecondmentId, a.AgencyRating })
                .ToListAsync(cancellationToken);
            foreach (var agency in appraisals.GroupBy(a => a.AgencyId))
            {
                var unrated = agency.GroupBy(a => a.SecondmentId).Count(officer => officer.All(a => a.AgencyRating is null));
                if (unrated == 0)
                    continue;
                var what = $"Còn {unrated} cán bộ làm việc tại Trung tâm chưa được gửi lại kết quả đánh giá, xếp loại năm {year}";
                var due = VietnameseFormat.Date(period.RatingsDue);
                var late = now > period.RatingsDue;
                notices.Add(Notice($"danh-gia/{agency.Key}/{year}/xep-loai/{(late ? "qua-han" : "sap-han")}", agency.Key, Role.AgencyLeader,
                    late ? $"{what}, đã quá hạn {due} (R62)." : $"{what}; hạn {due} (R62).", now));
            }
        }
        return notices;
    }

    static OfficerNotification Notice(string key, string unitId, Role? role, string text, DateTimeOffset now) => new()
    {
        Key = key,
        UnitId = unitId,
        Role = role?.ToString(),
        Text = text,
        CreatedAt = now,
    };
}
