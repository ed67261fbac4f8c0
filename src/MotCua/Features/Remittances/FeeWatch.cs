using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Data.Notifications;
using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Fees;

namespace MotCua.Features.Remittances;

/// <summary>
/// What the deadline watch says about fees (R29, R60): to a collector, money due for remittance on its
/// last working day or late; to an agency's leader and its collector, last month's reconciliation not
/// confirmed as the profile's papers deadline approaches or after it. Each notice's key holds its date,
/// so it is raised once per deadline.
/// </summary>
public static class FeeWatch
{
    public static async Task<IReadOnlyList<OfficerNotification>> NoticesAsync(MotCuaDbContext db, FeeLedger ledger, Locality locality, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var calendar = locality.Calendar;
        var today = calendar.LocalDate(now);
        var notices = new List<OfficerNotification>();
        foreach (var held in await ledger.HeldAsync(null, cancellationToken))
        {
            if (held.RemitBy is not { } by || held.Amount <= 0 || (today < by && calendar.WorkingDaysBetween(today, by) > 1))
                continue;
            var late = today > by;
            var kind = held.Cash ? "tiền mặt" : "chuyển khoản";
            var text = late
                ? $"Quá hạn nộp tiền phí, lệ phí ({kind}) của {held.AgencyName}: hạn {VietnameseFormat.Date(by)}, đang giữ {VietnameseFormat.Money(held.Amount)}."
                : $"Hôm nay ({VietnameseFormat.Date(by)}) là hạn nộp tiền phí, lệ phí ({kind}) của {held.AgencyName}: đang giữ {VietnameseFormat.Money(held.Amount)}.";
            notices.Add(Notice($"phi/nop/{held.CollectorUnitId}/{held.AgencyId}/{(held.Cash ? "tm" : "ck")}/{by:yyyyMMdd}/{(late ? "qua-han" : "den-han")}",
                held.CollectorUnitId, null, text, now));
        }

        var month = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        if (RemittanceSchedule.PapersDeadline(locality.Profile.FeeRemittance, month.Year, month.Month) is { } deadline)
        {
            var (start, end) = FeeLedger.MonthSpan(calendar, month.Year, month.Month);
            var pairs = await db.Receipts.AsNoTracking().Where(r => r.CollectedAt >= start && r.CollectedAt < end)
                .Select(r => new { r.AgencyId, r.CollectorUnitId }).Distinct().ToListAsync(cancellationToken);
            var confirmed = (await db.Reconciliations.AsNoTracking().Where(r => r.Year == month.Year && r.Month == month.Month)
                .Select(r => new { r.AgencyId, r.CollectorUnitId }).ToListAsync(cancellationToken)).ToHashSet();
            foreach (var pair in pairs)
            {
                if (!RemittanceSchedule.WarnPapers(locality.Profile.FeeRemittance, month.Year, month.Month, today, confirmed.Contains(pair), calendar))
                    continue;
                var late = today > deadline;
                var text = late
                    ? $"Đối chiếu phí, lệ phí tháng {month:MM/yyyy} chưa được xác nhận, đã quá hạn {VietnameseFormat.Date(deadline)}."
                    : $"Đối chiếu phí, lệ phí tháng {month:MM/yyyy} chưa được xác nhận; hạn {VietnameseFormat.Date(deadline)}.";
                var key = $"phi/doi-soat/{pair.AgencyId}/{pair.CollectorUnitId}/{month:yyyy-MM}/{(late ? "qua-han" : "sap-han")}";
                notices.Add(Notice(key + "/co-quan", pair.AgencyId, Role.AgencyLeader, text, now));
                if (pair.CollectorUnitId != pair.AgencyId)
                    notices.Add(Notice(key + "/don-vi-thu", pair.CollectorUnitId, null, text, now));
            }
        }
        return notices;
    }

    static OfficerNotification Notice(string key, string unitId, Role? role, string text, DateTimeOffset now) =>
        new() { Key = key, UnitId = unitId, Role = role?.ToString(), Text = text, CreatedAt = now };
}
