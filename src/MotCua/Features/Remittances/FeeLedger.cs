using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Data.Fees;
using MotCua.Domain;
using MotCua.Domain.Fees;
using MotCua.Domain.Time;
using MotCua.Platform;

namespace MotCua.Features.Remittances;

/// <summary>Money a collector still holds for one agency, of one kind (cash, or money already in an account), and when it must leave (R29).</summary>
public sealed record Held(string CollectorUnitId, string AgencyId, string AgencyName, bool Cash, int Receipts, long Amount, DateTimeOffset Oldest, DateOnly? RemitBy, bool Late);

/// <summary>One procedure's line of a month's reconciliation.</summary>
public sealed record ProcedureFigures(string ProcedureCode, string ProcedureName, int Receipts, long Collected, long Cancelled, long Refunded)
{
    public long Net => Collected - Cancelled - Refunded;
}

/// <summary>
/// One agency's fees taken by one collector in one local month (R60): every receipt issued is collected,
/// a cancelled one's total is taken back out, refunds too; what is left (net) is either remitted or still held.
/// </summary>
public sealed record MonthFigures(string AgencyId, string AgencyName, string CollectorUnitId, string CollectorName, int Year, int Month,
    IReadOnlyList<ProcedureFigures> Procedures, long Remitted, long Outstanding, DateOnly? PapersDeadline, Reconciliation? Confirmed)
{
    public int Receipts => Procedures.Sum(p => p.Receipts);
    public long Collected => Procedures.Sum(p => p.Collected);
    public long Cancelled => Procedures.Sum(p => p.Cancelled);
    public long Refunded => Procedures.Sum(p => p.Refunded);
    public long Net => Collected - Cancelled - Refunded;
    /// <summary>Net less the remittances recorded in the month: money of the month still held, or an earlier month's remitted now.</summary>
    public long Difference => Net - Remitted;
    public string MonthText => $"{Month:00}/{Year}";

    public BrokenRule? RefusalToConfirm(Actor by) => MonthReconciliation.RefusalToConfirm(by, AgencyId, Confirmed is not null);
}

/// <summary>What a collector types to record money remitted (R29).</summary>
public sealed record RemittanceRequest(string AgencyId, PaymentMethod Method, long Amount, string Reference, DateTimeOffset RemittedAt);

/// <summary>
/// The collectors' remittances and the agencies' monthly reconciliation (R29, R60), for the pages, the
/// officers' API and the deadline watch. Every figure is summed by the database over the
/// (AgencyId, CollectedAt) and (CollectorUnitId, AgencyId, RemittanceId) indexes and the held receipts'
/// partial index; no receipt is loaded.
/// </summary>
public sealed class FeeLedger(MotCuaDbContext db, LocalitySource localities, TimeProvider time)
{
    public static readonly PaymentMethod[] RemittanceMethods = [PaymentMethod.Cash, PaymentMethod.BankTransfer];

    /// <summary>What <paramref name="collectorUnitId"/> holds per agency and kind, oldest first, with the day it must be remitted by.</summary>
    public async Task<IReadOnlyList<Held>> HeldAsync(string? collectorUnitId, CancellationToken cancellationToken = default)
    {
        var locality = await localities.GetAsync(db, cancellationToken);
        var rows = await db.Receipts.AsNoTracking()
            .Where(r => (collectorUnitId == null || r.CollectorUnitId == collectorUnitId) && r.RemittanceId == null && r.CancelledAt == null)
            .GroupBy(r => new { r.CollectorUnitId, r.AgencyId, Cash = r.Method == PaymentMethod.Cash })
            .Select(g => new { g.Key.CollectorUnitId, g.Key.AgencyId, g.Key.Cash, Count = g.Count(), Amount = g.Sum(r => r.Total - r.Refunded), Oldest = g.Min(r => r.CollectedAt) })
            .ToListAsync(cancellationToken);
        var corrections = await CorrectionsAsync(collectorUnitId, null, cancellationToken);
        var now = time.GetUtcNow();
        // A refund or a cancellation after a remittance, with nothing new held, is still held money: below zero (ADR 13).
        var all = rows.Select(r => (r.CollectorUnitId, r.AgencyId, r.Cash, r.Count, Amount: r.Amount + corrections.GetValueOrDefault((r.CollectorUnitId, r.AgencyId, r.Cash)), Oldest: (DateTimeOffset?)r.Oldest))
            .Concat(corrections.Where(c => c.Value != 0 && !rows.Any(r => (r.CollectorUnitId, r.AgencyId, r.Cash) == c.Key))
                .Select(c => (c.Key.CollectorUnitId, c.Key.AgencyId, c.Key.Cash, Count: 0, Amount: c.Value, Oldest: (DateTimeOffset?)null)))
            .ToList();
        var names = await NamesAsync(all.Select(r => r.AgencyId), cancellationToken);
        var today = locality.Calendar.LocalDate(now);
        return all.Select(r =>
            {
                var due = r.Oldest is { } oldest
                    ? RemittanceSchedule.RemitBy(RemittanceSchedule.CadenceFor(locality.Profile.FeeRemittance, r.Cash ? PaymentMethod.Cash : PaymentMethod.BankTransfer),
                        locality.Calendar.LocalDate(oldest), locality.Calendar)
                    : null;
                return new Held(r.CollectorUnitId, r.AgencyId, names.GetValueOrDefault(r.AgencyId, r.AgencyId), r.Cash, r.Count, r.Amount, r.Oldest ?? now, due, due is { } d && today > d);
            })
            .OrderBy(h => h.Oldest).ToList();
    }

    /// <summary>
    /// Per collector, agency and kind: the money given back after its remittance, not yet taken off a later one
    /// (<see cref="Receipt.Correction"/>). Read through the partial index on the few receipts that have one.
    /// </summary>
    async Task<Dictionary<(string CollectorUnitId, string AgencyId, bool Cash), long>> CorrectionsAsync(string? collectorUnitId, string? agencyId, CancellationToken cancellationToken)
    {
        var rows = await db.Receipts.AsNoTracking()
            .Where(r => r.Correction != 0 && (collectorUnitId == null || r.CollectorUnitId == collectorUnitId) && (agencyId == null || r.AgencyId == agencyId))
            .GroupBy(r => new { r.CollectorUnitId, r.AgencyId, Cash = r.Method == PaymentMethod.Cash })
            .Select(g => new { g.Key.CollectorUnitId, g.Key.AgencyId, g.Key.Cash, Amount = g.Sum(r => r.Correction) })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => (r.CollectorUnitId, r.AgencyId, r.Cash), r => r.Amount);
    }

    /// <summary>
    /// Records a remittance and links to it every receipt of that agency and kind the collector held up to
    /// its time. The amount must be exactly what those receipts leave, less what earlier remitted receipts lost
    /// since (a refund, a cancellation): otherwise nothing is saved and the answer says the difference.
    /// </summary>
    public async Task<(Remittance? Recorded, string? Problem)> RecordAsync(string collectorUnitId, Actor by, RemittanceRequest request, CancellationToken cancellationToken = default)
    {
        if (!RemittanceMethods.Contains(request.Method))
            return (null, "Hình thức nộp phải là tiền mặt hoặc chuyển khoản.");
        if (request.Amount <= 0)
            return (null, "Số tiền nộp phải lớn hơn 0.");
        if (string.IsNullOrWhiteSpace(request.Reference) || request.Reference.Trim().Length > Remittance.MaxReferenceLength)
            return (null, $"Nhập số chứng từ (giấy nộp tiền, lệnh chuyển khoản), không quá {Remittance.MaxReferenceLength} ký tự.");
        var now = time.GetUtcNow();
        if (request.RemittedAt > now)
            return (null, "Thời điểm nộp không được sau thời điểm hiện tại.");
        var cash = request.Method == PaymentMethod.Cash;
        var id = Guid.NewGuid();
        var remittedAt = request.RemittedAt.ToUniversalTime();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // What was cancelled or refunded after an earlier remittance is taken off this one (a few rows, through the partial index).
        var corrections = await db.Receipts.AsNoTracking()
            .Where(r => r.Correction != 0 && r.CollectorUnitId == collectorUnitId && r.AgencyId == request.AgencyId && (r.Method == PaymentMethod.Cash) == cash)
            .Select(r => new { r.Id, r.Correction })
            .ToListAsync(cancellationToken);
        var correction = corrections.Sum(c => c.Correction);
        // Link first, then sum what was linked: the check and the link see the same rows.
        var linked = await db.Receipts
            .Where(r => r.CollectorUnitId == collectorUnitId && r.AgencyId == request.AgencyId && r.RemittanceId == null && r.CancelledAt == null
                && (r.Method == PaymentMethod.Cash) == cash && r.CollectedAt <= remittedAt)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.RemittanceId, id), cancellationToken);
        var held = linked == 0 ? 0 : correction + await db.Receipts.Where(r => r.CollectorUnitId == collectorUnitId && r.AgencyId == request.AgencyId && r.RemittanceId == id).SumAsync(r => r.Total - r.Refunded, cancellationToken);
        if (linked == 0 || held != request.Amount)
        {
            await transaction.RollbackAsync(cancellationToken);
            var kind = cash ? "tiền mặt" : "chuyển khoản, thẻ, trực tuyến";
            return (null, linked == 0
                ? $"Không có khoản thu ({kind}) nào đang giữ của cơ quan này đến thời điểm nộp."
                : $"Số tiền nộp {VietnameseFormat.Money(request.Amount)} khác số đang giữ ({kind}) đến thời điểm nộp là {VietnameseFormat.Money(held)}: "
                  + $"chênh lệch {VietnameseFormat.Money(request.Amount - held)}. Hãy nộp đúng số đang giữ.");
        }
        // Settled by this remittance; a receipt refunded or cancelled meanwhile changed its correction, and the collector must look again.
        foreach (var c in corrections)
            if (await db.Receipts.Where(r => r.Id == c.Id && r.Correction == c.Correction).ExecuteUpdateAsync(s => s.SetProperty(r => r.Correction, 0L), cancellationToken) == 0)
            {
                await transaction.RollbackAsync(cancellationToken);
                return (null, "Một biên lai vừa được hủy hoặc hoàn trả trong lúc ghi nhận khoản nộp: hãy xem lại số đang giữ rồi ghi nhận lại.");
            }
        var remittance = new Remittance
        {
            Id = id,
            CollectorUnitId = collectorUnitId,
            AgencyId = request.AgencyId,
            Method = request.Method,
            Amount = request.Amount,
            Reference = request.Reference.Trim(),
            RemittedAt = remittedAt,
            RecordedAt = now,
            RecordedById = by.Id,
            RecordedByName = by.Name,
        };
        db.Remittances.Add(remittance);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (remittance, null);
    }

    /// <summary>
    /// The collector an agency reconciles with for a month: the one whose receipts it has that month, or the
    /// one the profile and the agency's choice name (the Center, or the agency itself).
    /// </summary>
    public async Task<string> CollectorOfAsync(string agencyId, int year, int month, CancellationToken cancellationToken = default)
    {
        var locality = await localities.GetAsync(db, cancellationToken);
        var (start, end) = MonthSpan(locality.Calendar, year, month);
        var found = await db.Receipts.AsNoTracking().Where(r => r.AgencyId == agencyId && r.CollectedAt >= start && r.CollectedAt < end)
            .Select(r => r.CollectorUnitId).Distinct().OrderBy(c => c).FirstOrDefaultAsync(cancellationToken);
        if (found is not null)
            return found;
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == agencyId, cancellationToken);
        if ((unit?.FeeCollector ?? locality.FeeCollectorFor(agencyId)) == FeeCollector.Agency && !locality.Profile.SoleFeeCollectorAndReturnPoint)
            return agencyId;
        return await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.Center).Select(u => u.Id).FirstOrDefaultAsync(cancellationToken) ?? agencyId;
    }

    /// <summary>
    /// The collector whose month with <paramref name="agencyId"/> the officer may see: their own unit when it
    /// collects, the agency's collector when they are the agency's; null when the agency is outside their reach.
    /// </summary>
    public async Task<string?> CollectorInScopeAsync(Actor by, string agencyId, int year, int month, CancellationToken cancellationToken = default)
    {
        var collector = by.Role is Role.Processor or Role.AgencyLeader ? await CollectorOfAsync(agencyId, year, month, cancellationToken) : by.UnitId;
        return by.UnitId == agencyId || by.UnitId == collector ? collector : null;
    }

    public async Task<MonthFigures> MonthAsync(string agencyId, string collectorUnitId, int year, int month, CancellationToken cancellationToken = default)
    {
        var locality = await localities.GetAsync(db, cancellationToken);
        var (start, end) = MonthSpan(locality.Calendar, year, month);
        var lines = await db.Receipts.AsNoTracking()
            .Where(r => r.AgencyId == agencyId && r.CollectedAt >= start && r.CollectedAt < end && r.CollectorUnitId == collectorUnitId)
            .GroupBy(r => r.ProcedureCode)
            .Select(g => new
            {
                Code = g.Key,
                Count = g.Count(),
                Collected = g.Sum(r => r.Total),
                Cancelled = g.Sum(r => r.CancelledAt != null ? r.Total : 0),
                Refunded = g.Sum(r => r.CancelledAt == null ? r.Refunded : 0),
                Outstanding = g.Sum(r => r.CancelledAt == null && r.RemittanceId == null ? r.Total - r.Refunded : 0),
            })
            .ToListAsync(cancellationToken);
        var remitted = await db.Remittances.AsNoTracking()
            .Where(r => r.AgencyId == agencyId && r.RemittedAt >= start && r.RemittedAt < end && r.CollectorUnitId == collectorUnitId)
            .SumAsync(r => r.Amount, cancellationToken);
        var codes = lines.Select(l => l.Code).ToList();
        var procedures = (await db.Procedures.AsNoTracking().Where(p => codes.Contains(p.Code)).Select(p => new { p.Code, p.Name }).ToListAsync(cancellationToken))
            .DistinctBy(p => p.Code).ToDictionary(p => p.Code, p => p.Name);
        var names = await NamesAsync([agencyId, collectorUnitId], cancellationToken);
        var confirmed = await db.Reconciliations.AsNoTracking()
            .SingleOrDefaultAsync(r => r.AgencyId == agencyId && r.CollectorUnitId == collectorUnitId && r.Year == year && r.Month == month, cancellationToken);
        return new MonthFigures(agencyId, names.GetValueOrDefault(agencyId, agencyId), collectorUnitId, names.GetValueOrDefault(collectorUnitId, collectorUnitId), year, month,
            lines.OrderBy(l => l.Code, StringComparer.Ordinal)
                .Select(l => new ProcedureFigures(l.Code, procedures.GetValueOrDefault(l.Code, l.Code), l.Count, l.Collected, l.Cancelled, l.Refunded)).ToList(),
            remitted, lines.Sum(l => l.Outstanding), RemittanceSchedule.PapersDeadline(locality.Profile.FeeRemittance, year, month), confirmed);
    }

    /// <summary>
    /// The agency's leader confirms the month with the figures as they stand (R60), once per agency, collector
    /// and month; otherwise the rule that refuses, an earlier confirmation saying who and when.
    /// </summary>
    public async Task<(Reconciliation? Confirmed, BrokenRule? Refused)> ConfirmAsync(MonthFigures figures, Actor by, string? note, CancellationToken cancellationToken = default)
    {
        if (figures.RefusalToConfirm(by) is { } refused)
            return (null, figures.Confirmed is { } already && refused == MonthReconciliation.AlreadyConfirmed ? Already(already) : refused);
        var reconciliation = new Reconciliation
        {
            AgencyId = figures.AgencyId,
            CollectorUnitId = figures.CollectorUnitId,
            Year = figures.Year,
            Month = figures.Month,
            Receipts = figures.Receipts,
            Collected = figures.Collected,
            Cancelled = figures.Cancelled,
            Refunded = figures.Refunded,
            Remitted = figures.Remitted,
            ConfirmedAt = time.GetUtcNow(),
            ConfirmedById = by.Id,
            ConfirmedByName = by.Name,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
        };
        db.Reconciliations.Add(reconciliation);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique index: another confirmation of the same month was saved first; it stands.
            db.ChangeTracker.Clear();
            var first = await db.Reconciliations.AsNoTracking().SingleAsync(r => r.AgencyId == figures.AgencyId && r.CollectorUnitId == figures.CollectorUnitId
                && r.Year == figures.Year && r.Month == figures.Month, cancellationToken);
            return (null, Already(first));
        }
        return (reconciliation, null);
    }

    static BrokenRule Already(Reconciliation r) => MonthReconciliation.AlreadyConfirmed with { Message =
        $"Đối chiếu tháng {r.Month:00}/{r.Year} đã được {r.ConfirmedByName} xác nhận lúc {VietnameseFormat.DateTime(r.ConfirmedAt)}." };

    /// <summary>The instants that bound a local month, so the index on CollectedAt is used as a range.</summary>
    public static (DateTimeOffset Start, DateTimeOffset End) MonthSpan(WorkingCalendar calendar, int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return (calendar.AtLocal(first, TimeOnly.MinValue).ToUniversalTime(), calendar.AtLocal(first.AddMonths(1), TimeOnly.MinValue).ToUniversalTime());
    }

    async Task<Dictionary<string, string>> NamesAsync(IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var list = ids.Distinct().ToList();
        return await db.Units.AsNoTracking().Where(u => list.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
    }
}
