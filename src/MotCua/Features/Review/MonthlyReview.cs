using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Catalog;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Time;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Review;

/// <summary>A list of exceptions as shown: its first rows, and how many there are in all.</summary>
public sealed record Capped<T>(IReadOnlyList<T> Shown, int Total);

public sealed record ChannelFigures(Channel Channel, int Received, int RefusedAtCounter, int CompletionSlips, int NotReceived);

/// <summary>A supplement request, completion slip or refusal whose written notice was never issued and attached (R56).</summary>
public sealed record MissingNotice(DossierCode Code, string Procedure, DossierAction Action, DateTimeOffset At, string By);

/// <summary>A supplement request or completion slip that asked for items the procedure does not publish (R4, R36).</summary>
public sealed record OutsideDemand(DossierCode Code, string Procedure, DossierAction Action, DateTimeOffset At, string By, IReadOnlyList<string> Items);

public sealed record OverdueDossier(DossierCode Code, string Procedure, string AgencyId, DateTimeOffset? Due, DossierState State,
    string? Explanation, string? ExplainedBy, DateTimeOffset? ExplainedAt);

/// <summary>An approved apology and new date (R18), with the number of its letter (Mẫu 04) once issued.</summary>
public sealed record ExtensionGranted(DossierCode Code, string Procedure, DateTimeOffset At, string By, string? Reason,
    DateTimeOffset? PreviousDue, DateTimeOffset? NewDue, string? LetterNumber);

/// <summary>
/// The Center's monthly review (R36, Bắc Ninh Art. 4.2.a) of the dossiers it received: reception, processing and return
/// figures, the notices not attached (R56), demands outside the published components, the overdue dossiers and their
/// explanations (R35), the extensions and their apology letters (R18). The month is counted in the locality's days;
/// "still in progress" and "overdue" are as at the end of the month, or now while the month runs.
/// </summary>
public sealed record MonthlyReview(
    DateOnly Month,
    DateTimeOffset End,
    DateTimeOffset AsAt,
    IReadOnlyList<ChannelFigures> Reception,
    int Early,
    int OnTime,
    int Late,
    int Refused,
    int StoppedOrClosed,
    int Returned,
    int InProgress,
    int InProgressOverdue,
    int Supplements,
    int Refusals,
    Capped<MissingNotice> MissingNotices,
    Capped<OutsideDemand> OutsideDemands,
    Capped<OverdueDossier> Overdue,
    int OverdueExplained,
    Capped<ExtensionGranted> Extensions,
    int ApologiesAwaitingApproval)
{
    public const int Shown = 100;

    public int Received => Reception.Sum(c => c.Received);
    public int Finished => Early + OnTime + Late;
    public string MonthText => Month.ToString("MM/yyyy", CultureInfo.InvariantCulture);
    public string Iso => Month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>The first day of the month <paramref name="text"/> names ("2026-11"); the previous month when empty; otherwise why not, in Vietnamese.</summary>
    public static string? ParseMonth(string? text, DateOnly today, out DateOnly month)
    {
        var current = new DateOnly(today.Year, today.Month, 1);
        month = current.AddMonths(-1);
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (text.Trim() is not { Length: 7 } trimmed || !DateOnly.TryParseExact(trimmed + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out month))
        {
            month = current.AddMonths(-1);
            return "Tháng cần xem không hợp lệ. Xin chọn tháng theo dạng năm-tháng, ví dụ 2026-11.";
        }
        if (month.Year < WorkingCalendar.FirstYear)
            return $"Xin chọn một tháng từ năm {WorkingCalendar.FirstYear}.";
        if (month > current)
            return $"Tháng {month:MM/yyyy} chưa bắt đầu: chỉ đánh giá được tháng này hoặc các tháng trước.";
        return null;
    }

    // An on-the-spot result (R10) is returned by a Return row too: counting its decision as well would count it twice.
    static readonly DossierAction[] Returning = [DossierAction.Return];

    /// <summary>The actions whose written notice must be attached (R56): supplement requests and completion slips (Mẫu 02), refusals (Mẫu 03, R17).</summary>
    static readonly DossierAction[] Noticed =
        [DossierAction.RequestSupplement, DossierAction.IssueCompletionSlip, DossierAction.RefuseAtCounter, DossierAction.Refuse];

    static readonly DossierAction[] Demanding = [DossierAction.RequestSupplement, DossierAction.IssueCompletionSlip];

    /// <summary>Received and not finished: with the agency, or waiting for the applicant's supplement.</summary>
    static readonly DossierState[] Open =
        [DossierState.Received, DossierState.InProcessing, DossierState.Consulting, DossierState.SupplementRequested, DossierState.WaitingForApplicant];

    /// <summary>
    /// The review of <paramref name="month"/> for the officer's Center. Figures are grouped in the database on indexed
    /// columns (the dossiers' SubmittedAt for receptions and FinishedAt for what was finished, the history rows' action and time
    /// for the rest of what was done in the month);
    /// the lists keep their first <see cref="Shown"/> rows with their totals.
    /// </summary>
    public static async Task<MonthlyReview> LoadAsync(MotCuaDbContext db, CurrentOfficer officer, WorkingCalendar calendar, DateOnly month,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var start = calendar.AtLocal(month, TimeOnly.MinValue);
        var end = calendar.AtLocal(month.AddMonths(1), TimeOnly.MinValue);
        var asAt = end < now ? end : now;
        var visible = db.Dossiers.AsNoTracking().VisibleTo(officer);
        var history = db.History.AsNoTracking();

        // What was done in the month: history rows of some actions, each with its dossier in the officer's scope.
        IQueryable<HistoryRow> Acted(DossierAction[] actions, DateTimeOffset from, DateTimeOffset? until = null)
        {
            var rows = history.Where(h => actions.Contains(h.Action) && h.At >= from);
            if (until is { } before)
                rows = rows.Where(h => h.At < before);
            return from h in rows
                join d in visible on EF.Property<DossierCode>(h, "DossierCode") equals d.Code
                select new HistoryRow { History = h, Dossier = d };
        }

        var received = await visible.Where(d => d.SubmittedAt >= start && d.SubmittedAt < end)
            .GroupBy(d => new { d.ChannelIn, d.State })
            .Select(g => new { g.Key.ChannelIn, g.Key.State, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var reception = Enum.GetValues<Channel>().Select(channel =>
        {
            var of = received.Where(r => r.ChannelIn == channel).ToList();
            return new ChannelFigures(channel,
                of.Where(r => r.State.WasReceived()).Sum(r => r.Count),
                of.Where(r => r.State == DossierState.RefusedAtCounter).Sum(r => r.Count),
                of.Where(r => r.State == DossierState.CompletionRequested).Sum(r => r.Count),
                of.Where(r => r.State is DossierState.Submitted or DossierState.Withdrawn).Sum(r => r.Count));
        }).ToList();

        // Finished: a result or refusal, resolved at the counter, or closed without one; FinishedAt is set by each (its index reads the month).
        var finishedIn = visible.Where(d => d.FinishedAt >= start && d.FinishedAt < end);
        var finished = await finishedIn.GroupBy(d => new { d.State, d.Timeliness })
            .Select(g => new { g.Key.State, g.Key.Timeliness, Count = g.Count() })
            .ToListAsync(cancellationToken);
        int Finished(Timeliness t) => finished.Where(f => f.Timeliness == t).Sum(f => f.Count);
        var returned = await Acted(Returning, start, end).CountAsync(cancellationToken);

        // In progress at the end of the month: open now and received before it, or finished only after it.
        // Open means unfinished: said so, the unfinished dossiers' index serves it (ADR 17).
        var openNow = visible.Unfinished().Where(d => Open.Contains(d.State) && d.SubmittedAt < asAt);
        var finishedAfter = visible.Where(d => d.FinishedAt >= asAt && d.SubmittedAt < asAt);
        var inProgress = await openNow.CountAsync(cancellationToken) + await finishedAfter.CountAsync(cancellationToken);

        var noticed = await Acted(Noticed, start, end).GroupBy(a => a.History.Action).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var missing = Acted(Noticed, start, end)
            .Where(a => !db.IssuedForms.Any(f => f.DossierCode == a.Dossier.Code && f.HistorySequence == a.History.Sequence));
        var missingNotices = new Capped<MissingNotice>(
            await missing.OrderBy(a => a.History.At).Take(Shown)
                .Select(a => new MissingNotice(a.Dossier.Code, a.Dossier.Procedure.Name, a.History.Action, a.History.At, a.History.By.Name))
                .ToListAsync(cancellationToken),
            await missing.CountAsync(cancellationToken));

        // Overdue: finished late in the month, or still open past the due date at its end (the test of Dossier.IsOverdue).
        IQueryable<Dossier>[] overdueSets =
        [
            finishedIn.Where(d => d.Timeliness == Timeliness.Late),
            openNow.Where(d => d.Due < asAt),
            finishedAfter.Where(d => d.Due < asAt),
        ];
        var overdueShown = new List<OverdueDossier>();
        int overdueTotal = 0, overdueExplained = 0, openOverdue = 0;
        for (var i = 0; i < overdueSets.Length; i++)
        {
            var set = overdueSets[i];
            var count = await set.CountAsync(cancellationToken);
            overdueTotal += count;
            if (i > 0)
                openOverdue += count;
            overdueExplained += await set.CountAsync(d => d.History.Any(h => h.Action == DossierAction.ExplainOverdue), cancellationToken);
            overdueShown.AddRange(await set.OrderBy(d => d.Due).ThenBy(d => d.Code).Take(Shown).Select(d => new OverdueDossier(
                    d.Code, d.Procedure.Name, d.AgencyId, d.Due, d.State,
                    d.History.Where(h => h.Action == DossierAction.ExplainOverdue).OrderByDescending(h => h.Sequence).Select(h => h.Reason).FirstOrDefault(),
                    d.History.Where(h => h.Action == DossierAction.ExplainOverdue).OrderByDescending(h => h.Sequence).Select(h => h.By.Name).FirstOrDefault(),
                    d.History.Where(h => h.Action == DossierAction.ExplainOverdue).OrderByDescending(h => h.Sequence).Select(h => (DateTimeOffset?)h.At).FirstOrDefault()))
                .ToListAsync(cancellationToken));
        }

        var extensions = Acted([DossierAction.ApproveApology], start, end);
        var extensionRows = await extensions.OrderBy(a => a.History.At).Take(Shown)
            .Select(a => new
            {
                a.Dossier.Code,
                Procedure = a.Dossier.Procedure.Name,
                a.History.At,
                By = a.History.By.Name,
                a.History.Reason,
                a.Dossier.Clock!.Extension,
                Letter = db.IssuedForms.Where(f => f.DossierCode == a.Dossier.Code && f.HistorySequence == a.History.Sequence).Select(f => f.Number).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var awaiting = await Acted([DossierAction.ProposeApology], start, end).Where(a => a.Dossier.ApologyDraft != null)
            .Select(a => a.Dossier.Code).Distinct().CountAsync(cancellationToken);

        return new MonthlyReview(month, end, asAt, reception,
            Finished(Timeliness.Early), Finished(Timeliness.OnTime), Finished(Timeliness.Late),
            noticed.Where(n => n.Key == DossierAction.Refuse).Sum(n => n.Count),
            finished.Where(f => f.State is DossierState.Stopped or DossierState.ClosedUnsupplemented).Sum(f => f.Count),
            returned, inProgress, openOverdue,
            noticed.Where(n => n.Key is DossierAction.RequestSupplement or DossierAction.IssueCompletionSlip).Sum(n => n.Count),
            noticed.Where(n => n.Key is DossierAction.RefuseAtCounter or DossierAction.Refuse).Sum(n => n.Count),
            missingNotices,
            await OutsideDemandsAsync(db, Acted(Demanding, start, end), cancellationToken),
            new Capped<OverdueDossier>(overdueShown.OrderBy(o => o.Due).ThenBy(o => o.Code.ToString(), StringComparer.Ordinal).Take(Shown).ToList(), overdueTotal),
            overdueExplained,
            new Capped<ExtensionGranted>(
                extensionRows.Select(e => new ExtensionGranted(e.Code, e.Procedure, e.At, e.By, e.Reason,
                    e.Extension?.PreviousDue, e.Extension?.NewDue, e.Letter)).ToList(),
                await extensions.CountAsync(cancellationToken)),
            awaiting);
    }

    /// <summary>
    /// The month's supplement requests and completion slips that name an item outside the components published in the
    /// dossier's procedure version. The items are free text and the components JSON, so the comparison is made here,
    /// over the month's requests only.
    /// </summary>
    static async Task<Capped<OutsideDemand>> OutsideDemandsAsync(MotCuaDbContext db, IQueryable<HistoryRow> demands, CancellationToken cancellationToken)
    {
        var rows = await demands.OrderBy(a => a.History.At)
            .Select(a => new
            {
                a.Dossier.Code,
                Procedure = a.Dossier.Procedure.Name,
                a.History.Action,
                a.History.At,
                By = a.History.By.Name,
                a.History.Documents,
                VersionId = EF.Property<int>(a.Dossier, "VersionId"),
            })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.VersionId).Distinct().ToList();
        var published = (await db.ProcedureVersions.AsNoTracking().Where(v => ids.Contains(EF.Property<int>(v, "Id")))
                .Select(v => new { Id = EF.Property<int>(v, "Id"), v.Components })
                .ToListAsync(cancellationToken))
            .ToDictionary(v => v.Id, v => v.Components.Select(c => c.Name.Trim()).ToHashSet(StringComparer.Ordinal));
        var outside = rows
            .Select(r => new OutsideDemand(r.Code, r.Procedure, r.Action, r.At, r.By,
                r.Documents.Where(item => !published.GetValueOrDefault(r.VersionId, []).Contains(item.Trim())).ToList()))
            .Where(o => o.Items.Count > 0)
            .ToList();
        return new Capped<OutsideDemand>(outside.Take(Shown).ToList(), outside.Count);
    }
}

/// <summary>A history row with its dossier, for queries that join them.</summary>
sealed class HistoryRow
{
    public required HistoryEntry History { get; init; }
    public required Dossier Dossier { get; init; }
}
