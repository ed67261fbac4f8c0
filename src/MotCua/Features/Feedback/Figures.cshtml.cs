using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Feedback;
using MotCua.Domain.Ratings;
using MotCua.Features.Monitoring;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Feedback;

/// <summary>
/// The satisfaction group of the national index for a period (R34; LAW §9.4 group 5): feedback by class (5.1) and by
/// channel, the on-time rate of those handled (5.2), the feedback satisfaction (5.3), and the satisfaction with the
/// reception and handling of dossiers (5.4); in total and per answering unit, each officer within their scope.
/// Grouped by the database, over the date indexes of feedback items and dossiers.
/// </summary>
[Authorize(Policy = Policies.Officer)]
public sealed class FiguresModel(MotCuaDbContext db, FeedbackDesk desk, CurrentOfficer officer, LocalitySource localities, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "tu")] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true, Name = "den")] public DateOnly? To { get; set; }

    public IReadOnlyDictionary<FeedbackTopic, int> ByTopic { get; private set; } = new Dictionary<FeedbackTopic, int>();
    public IReadOnlyDictionary<FeedbackChannel, int> ByChannel { get; private set; } = new Dictionary<FeedbackChannel, int>();
    public Totals Sums { get; private set; } = Totals.Empty;
    public DossierSatisfaction Dossiers { get; private set; } = DossierSatisfaction.Empty;
    public IReadOnlyList<UnitRow> Units { get; private set; } = [];
    public string? Problem { get; private set; }
    /// <summary>The body the profile names for feedback reports (R64).</summary>
    public string ReportsTo { get; private set; } = "";

    /// <summary>Items received; handled (answered or refused) and of those on time; open past the handling deadline; disliked; overdue (handled late or open late); re-complained.</summary>
    public sealed record Totals(int Items, int Handled, int HandledOnTime, int LateOpen, int Disliked, int Overdue, int ReComplained)
    {
        public static Totals Empty { get; } = new(0, 0, 0, 0, 0, 0, 0);

        public Totals Add(Totals o) => new(Items + o.Items, Handled + o.Handled, HandledOnTime + o.HandledOnTime, LateOpen + o.LateOpen,
            Disliked + o.Disliked, Overdue + o.Overdue, ReComplained + o.ReComplained);

        /// <summary>LAW §9.4 5.2, in percent rounded to 2 decimals; null with nothing handled.</summary>
        public decimal? OnTimeRate => Handled == 0 ? null : Math.Round(100m * HandledOnTime / Handled, 2);

        /// <summary>LAW §9.4 5.3: (items − disliked − overdue − re-complained) / items, in percent; null with no items.</summary>
        public decimal? Satisfaction => Items == 0 ? null : Math.Round(100m * Math.Max(0, Items - Disliked - Overdue - ReComplained) / Items, 2);
    }

    /// <summary>One unit's figures: the feedback it must answer, and the dossiers it decides (none for the Center).</summary>
    public sealed record UnitRow(string UnitId, string Name, Totals Feedback, DossierSatisfaction Dossiers);

    /// <summary>
    /// LAW §9.4 5.1: feedback on regulations, policies and procedures, or on how officers and bodies act in handling them; an
    /// officer's feedback on the Center's management is about how the Center acts, so it falls in the second class.
    /// </summary>
    public static bool IsAboutRegulation(FeedbackTopic topic) => topic == FeedbackTopic.Regulation;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var locality = await localities.GetAsync(db, cancellationToken);
        ReportsTo = locality.Profile.FeedbackReportsTo;
        var calendar = locality.Calendar;
        var now = time.GetUtcNow();
        var today = calendar.LocalDate(now);
        From ??= new DateOnly(today.Year, today.Month, 1);
        To ??= From.Value.AddMonths(1).AddDays(-1);
        if (To < From)
        {
            Problem = "Ngày kết thúc phải từ ngày bắt đầu trở đi.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        var start = calendar.AtLocal(From.Value, TimeOnly.MinValue);
        var end = calendar.AtLocal(To.Value.AddDays(1), TimeOnly.MinValue);
        var items = desk.InScope(officer.Actor).Where(f => f.ReceivedAt >= start && f.ReceivedAt < end);
        ByTopic = await items.GroupBy(f => f.Topic).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        ByChannel = await items.GroupBy(f => f.Channel).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var feedback = await FeedbackTotalsAsync(items, now, cancellationToken);
        var dossiers = await DossiersAsync(start, end, now, calendar, cancellationToken);

        var names = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => (u.Name, u.Kind), cancellationToken);
        Units = feedback.Keys.Union(dossiers.Keys)
            .Select(id => new UnitRow(id, names.GetValueOrDefault(id).Name ?? id, feedback.GetValueOrDefault(id, Totals.Empty), dossiers.GetValueOrDefault(id, DossierSatisfaction.Empty)))
            .OrderBy(r => names.GetValueOrDefault(r.UnitId).Kind != UnitKind.Center).ThenBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
        Sums = Units.Aggregate(Totals.Empty, (t, r) => t.Add(r.Feedback));
        Dossiers = Units.Aggregate(DossierSatisfaction.Empty, (t, r) => t.Add(r.Dossiers));
    }

    /// <summary>The feedback items of <paramref name="items"/> per unit that must answer them (LAW §9.4 5.2, 5.3); the national index reads them too.</summary>
    public static Task<Dictionary<string, Totals>> FeedbackTotalsAsync(IQueryable<FeedbackItem> items, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var open = new[] { FeedbackState.Received, FeedbackState.Forwarded, FeedbackState.AwaitingSender };
        // FeedbackItem.HandledOnTime and HandlingIsLate, as conditions the database counts; per unit that must answer, so an agency's row is what its own officers see.
        return items.GroupBy(f => f.AnsweringUnitId).Select(g => new
            {
                UnitId = g.Key,
                Totals = new Totals(
                    g.Count(),
                    g.Count(f => f.AnsweredAt != null || f.RefusedAt != null),
                    g.Count(f => (f.AnsweredAt != null || f.RefusedAt != null) && !(f.RefusedAt > f.RefuseBy || f.AnsweredAt > f.HandleBy || f.PublishedAt > f.PublishBy)),
                    g.Count(f => open.Contains(f.State) && f.HandleBy < now),
                    g.Count(f => f.Verdict == AnswerVerdict.Dislike),
                    g.Count(f => f.RefusedAt > f.RefuseBy || f.AnsweredAt > f.HandleBy || f.PublishedAt > f.PublishBy || (open.Contains(f.State) && f.HandleBy < now)),
                    g.Count(f => f.ReComplaint != null)),
            })
            .ToDictionaryAsync(g => g.UnitId, g => g.Totals, cancellationToken);
    }

    /// <summary>
    /// LAW §9.4 5.4 per agency. The cohort is the dossiers received with a submission in the period, as the monitor counts them
    /// (its due statuses, through the (unit, submitted at) indexes), since the index's overdue share is of the dossiers received or
    /// handled in the period (§9.4 2.1) and no finishing date is kept as a column; "with feedback" is a dossier of that cohort named
    /// by a feedback item or rated Không hài lòng (the rating's own item may since have been answered, the rating changed back).
    /// </summary>
    async Task<Dictionary<string, DossierSatisfaction>> DossiersAsync(DateTimeOffset start, DateTimeOffset end, DateTimeOffset now,
        Domain.Time.WorkingCalendar calendar, CancellationToken cancellationToken)
    {
        var submitted = db.Dossiers.VisibleTo(officer).Where(d => d.SubmittedAt >= start && d.SubmittedAt < end);
        var due = await DueCounts.CountAsync(submitted, now, DueBadge.DueSoonUntil(now, calendar), cancellationToken);
        var complained = await submitted.Where(d => !DossierStates.NeverReceived.Contains(d.State)).Complained(db)
            .GroupBy(d => d.AgencyId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return due.Where(c => c.State.WasReceived()).GroupBy(c => c.AgencyId).ToDictionary(g => g.Key,
            g => new DossierSatisfaction(g.Sum(c => c.Count), g.Sum(c => c.PastDue), complained.GetValueOrDefault(g.Key)));
    }

    public static string Percent(decimal? rate) => rate is { } r ? r.ToString("0.##", Domain.VietnameseFormat.Culture) + "%" : "Chưa có số liệu";

    public static string Points(decimal? points) => points is { } p
        ? $"{p.ToString("0.##", Domain.VietnameseFormat.Culture)}/{DossierSatisfaction.MaxPoints.ToString("0.##", Domain.VietnameseFormat.Culture)} điểm"
        : "Chưa có số liệu";
}
