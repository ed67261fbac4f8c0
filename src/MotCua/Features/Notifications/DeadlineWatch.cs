using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Data;
using MotCua.Data.Notifications;
using MotCua.Domain;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Time;
using MotCua.Platform;

namespace MotCua.Features.Notifications;

/// <summary>
/// Watches open dossiers' and steps' due dates (ADR 0008): raises "due soon" at a share of the
/// working time, "apology window closing" on the working day before the legal due date (R46),
/// "overdue", and the escalation rules. Each alert has a key (dossier, step, kind, due date), so it
/// is raised once however many nodes or runs see it; on PostgreSQL a lease lets one node run at a time.
/// It also tells collectors and agencies about fees to remit and months to reconcile (<see cref="Remittances.FeeWatch"/>).
/// It runs only in working hours, because its alerts are messages to people.
/// </summary>
public sealed class DeadlineWatch(IServiceScopeFactory scopes, LocalitySource localities,
    IOptions<DeadlineWatchOptions> options, TimeProvider time, ILogger<DeadlineWatch> log) : PeriodicJob(scopes, time, log)
{
    readonly DeadlineWatchOptions _options = options.Value;

    static readonly DossierState[] Watched =
        [DossierState.Received, DossierState.InProcessing, DossierState.Consulting, DossierState.SupplementRequested];

    protected override string Name => "deadline-watch";
    protected override bool Enabled => _options.Enabled;
    protected override TimeSpan Interval => _options.Interval;
    protected override TimeSpan? Lease => _options.Lease;

    /// <summary>One pass; returns how many alerts it raised (0 outside working hours).</summary>
    protected override async Task<int> RunAsync(IServiceProvider services, MotCuaDbContext db, CancellationToken cancellationToken)
    {
        var locality = await localities.GetAsync(db, cancellationToken);
        var calendar = locality.Calendar;
        var now = Time.GetUtcNow().ToUniversalTime();
        if (!calendar.IsWorkingTime(now))
            return 0;
        var dossiers = (await db.Dossiers.AsNoTracking()
            .Where(d => Watched.Contains(d.State) && d.Due != null)
            .ToListAsync(cancellationToken))
            .Select(d => new Watch(d.Code, d.CenterId, d.AgencyId, d.State, d.Clock!.ReceivedAt, d.Due!.Value, d.Step, d.StepEnteredAt, d.StepDue,
                d.Consultations.Where(c => c.IsOpen && c.IsLate(now)).ToList()))
            .ToList();
        var known = (await db.DeadlineAlerts.Where(a => dossiers.Select(d => d.Code).Contains(a.DossierCode)).Select(a => a.Key).ToListAsync(cancellationToken)).ToHashSet();
        var raised = 0;
        foreach (var dossier in dossiers)
            foreach (var (alert, notice) in AlertsFor(dossier, now, calendar))
                if (known.Add(alert.Key))
                {
                    db.DeadlineAlerts.Add(alert);
                    if (notice is not null)
                        db.OfficerNotifications.Add(notice);
                    raised++;
                }
        // Fees held past their remittance day, and last month's reconciliation not confirmed (R29, R60).
        var feeNotices = await Remittances.FeeWatch.NoticesAsync(db, services.GetRequiredService<Remittances.FeeLedger>(), locality, now, cancellationToken);
        // Feedback not forwarded, answered or published in time (R34).
        feeNotices = [.. feeNotices, .. await Feedback.FeedbackWatch.NoticesAsync(db, locality, now, cancellationToken)];
        // Officers' evaluations not sent to the agencies, the agencies' ratings not sent back, by the profile's dates (R31, R62).
        feeNotices = [.. feeNotices, .. await Staffing.EvaluationWatch.NoticesAsync(db, locality, now, cancellationToken)];
        var feeKeys = feeNotices.Select(n => n.Key).ToList();
        var sent = (await db.OfficerNotifications.Where(n => feeKeys.Contains(n.Key)).Select(n => n.Key).ToListAsync(cancellationToken)).ToHashSet();
        foreach (var notice in feeNotices.Where(n => sent.Add(n.Key)))
        {
            db.OfficerNotifications.Add(notice);
            raised++;
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e)
        {
            // The alert keys are unique: another node raised some of these first; its alerts stand.
            Log.LogInformation(e, "Theo dõi hạn xử lý: cảnh báo đã được nút khác ghi");
            return 0;
        }
        return raised;
    }

    /// <summary>What the watch reads of a dossier: its due dates and who holds it.</summary>
    sealed record Watch(DossierCode Code, string CenterId, string AgencyId, DossierState State, DateTimeOffset ReceivedAt, DateTimeOffset Due,
        int? Step, DateTimeOffset? StepEnteredAt, DateTimeOffset? StepDue, IReadOnlyList<Consultation> LateConsultations);

    IEnumerable<(DeadlineAlert, OfficerNotification?)> AlertsFor(Watch d, DateTimeOffset now, WorkingCalendar calendar)
    {
        var due = VietnameseFormat.DateTime(d.Due);
        if (now > d.Due)
        {
            yield return Alert(d, null, AlertKind.Overdue, null, $"Hồ sơ {d.Code} đã quá hạn giải quyết ({due}).", now, d.AgencyId, null);
            var overdueDays = calendar.WorkingTimeBetween(d.Due, now) / calendar.WorkingDayLength;
            foreach (var rule in _options.Escalations.Where(r => (r.State is null || r.State == d.State) && overdueDays >= r.OverdueWorkingDays))
            {
                var text = $"Hồ sơ {d.Code} quá hạn ({due}): {EscalationRule.Vietnamese(rule.Action).ToLowerInvariant()} theo quy tắc “{rule.Name}”.";
                yield return rule.Action switch
                {
                    EscalationAction.NotifyLeader => Alert(d, null, AlertKind.Escalated, rule.Name, text, now, d.AgencyId, Role.AgencyLeader),
                    EscalationAction.NotifyCenter => Alert(d, null, AlertKind.Escalated, rule.Name, text, now, d.CenterId, Role.CenterDirector),
                    _ => Alert(d, null, AlertKind.Escalated, rule.Name, text, now, null, null),
                };
            }
        }
        else
        {
            if (now >= calendar.StartOfWorkingDay(calendar.PreviousWorkingDayBefore(calendar.LocalDate(d.Due))))
                yield return Alert(d, null, AlertKind.ApologyWindowClosing, null,
                    $"Hồ sơ {d.Code} đến hạn {due}: hôm nay là ngày cuối cùng để lập thư xin lỗi và hẹn lại (nếu không kịp trả kết quả).", now, d.AgencyId, null);
            else if (UsedShare(calendar, d.ReceivedAt, d.Due, now) >= _options.DueSoonShare)
                yield return Alert(d, null, AlertKind.DueSoon, null, $"Hồ sơ {d.Code} sắp đến hạn giải quyết ({due}).", now, d.AgencyId, null);
        }
        // R19: an unanswered consultation past its reply deadline is flagged to the lead agency and to the Center, once per deadline.
        foreach (var c in d.LateConsultations)
        {
            var text = $"Hồ sơ {d.Code}: cơ quan được xin ý kiến ({c.AgencyId}) chưa trả lời, đã quá hạn {VietnameseFormat.DateTime(c.ReplyBy)}.";
            yield return Alert(d, null, AlertKind.ConsultationLate, $"y-kien-{c.AgencyId}-co-quan-chu-tri", text, now, d.AgencyId, null, c.ReplyBy);
            yield return Alert(d, null, AlertKind.ConsultationLate, $"y-kien-{c.AgencyId}-trung-tam", text, now, d.CenterId, Role.CenterStaff, c.ReplyBy);
        }
        if (d is { Step: { } step, StepEnteredAt: { } entered, StepDue: { } stepDue } && now <= d.Due)
        {
            if (now > stepDue)
                yield return Alert(d, step, AlertKind.Overdue, null, $"Hồ sơ {d.Code}: bước {step + 1} đã quá hạn ({VietnameseFormat.DateTime(stepDue)}).", now, d.AgencyId, null);
            else if (UsedShare(calendar, entered, stepDue, now) >= _options.DueSoonShare)
                yield return Alert(d, step, AlertKind.DueSoon, null, $"Hồ sơ {d.Code}: bước {step + 1} sắp đến hạn ({VietnameseFormat.DateTime(stepDue)}).", now, d.AgencyId, null);
        }
    }

    static double UsedShare(WorkingCalendar calendar, DateTimeOffset from, DateTimeOffset due, DateTimeOffset now)
    {
        var budget = calendar.WorkingTimeBetween(from, due);
        return budget <= TimeSpan.Zero ? 1 : calendar.WorkingTimeBetween(from, now) / budget;
    }

    static (DeadlineAlert, OfficerNotification?) Alert(Watch d, int? step, AlertKind kind, string? rule, string text, DateTimeOffset now, string? unitId, Role? role,
        DateTimeOffset? deadline = null)
    {
        // The due date is part of the key: after an extension or a new step, the new date earns its own alerts.
        var dueKey = (deadline ?? (step is null ? d.Due : d.StepDue!.Value)).UtcTicks;
        var key = $"{d.Code}/{(step is { } s ? $"b{s}" : "hs")}/{kind}/{rule}/{dueKey}";
        var alert = new DeadlineAlert { Key = key, DossierCode = d.Code, Step = step, Kind = kind, Rule = rule, Text = text, RaisedAt = now };
        var notice = unitId is null ? null : new OfficerNotification
        {
            Key = $"canh-bao/{key}",
            UnitId = unitId,
            Role = role?.ToString(),
            DossierCode = d.Code,
            Text = text,
            CreatedAt = now,
        };
        return (alert, notice);
    }
}
