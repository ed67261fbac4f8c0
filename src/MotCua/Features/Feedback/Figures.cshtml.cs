using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Feedback;
using MotCua.Platform;

namespace MotCua.Features.Feedback;

/// <summary>
/// Feedback figures for a period of reception (R34; LAW §9.4 group 5): counts by topic and by channel, the on-time rate of
/// those handled (5.2), the late open items, and the feedback satisfaction of the national index (5.3). Grouped by the database.
/// </summary>
[Authorize(Policy = Policies.Officer)]
public sealed class FiguresModel(MotCuaDbContext db, FeedbackDesk desk, CurrentOfficer officer, LocalitySource localities, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "tu")] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true, Name = "den")] public DateOnly? To { get; set; }

    public IReadOnlyDictionary<FeedbackTopic, int> ByTopic { get; private set; } = new Dictionary<FeedbackTopic, int>();
    public IReadOnlyDictionary<FeedbackChannel, int> ByChannel { get; private set; } = new Dictionary<FeedbackChannel, int>();
    public Totals Sums { get; private set; } = new(0, 0, 0, 0, 0, 0, 0);
    public string? Problem { get; private set; }
    /// <summary>The body the profile names for feedback reports (R64).</summary>
    public string ReportsTo { get; private set; } = "";

    /// <summary>Items received; handled (answered or refused) and of those on time; open past the handling deadline; disliked; overdue (handled late or open late); re-complained.</summary>
    public sealed record Totals(int Items, int Handled, int HandledOnTime, int LateOpen, int Disliked, int Overdue, int ReComplained)
    {
        /// <summary>LAW §9.4 5.2, in percent rounded to 2 decimals; null with nothing handled.</summary>
        public decimal? OnTimeRate => Handled == 0 ? null : Math.Round(100m * HandledOnTime / Handled, 2);

        /// <summary>LAW §9.4 5.3: (items − disliked − overdue − re-complained) / items, in percent; null with no items.</summary>
        public decimal? Satisfaction => Items == 0 ? null : Math.Round(100m * Math.Max(0, Items - Disliked - Overdue - ReComplained) / Items, 2);
    }

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
        var open = new[] { FeedbackState.Received, FeedbackState.Forwarded, FeedbackState.AwaitingSender };
        // FeedbackItem.HandledOnTime and HandlingIsLate, as conditions the database counts.
        Sums = await items.GroupBy(f => 1).Select(g => new Totals(
                g.Count(),
                g.Count(f => f.AnsweredAt != null || f.RefusedAt != null),
                g.Count(f => f.AnsweredAt != null ? f.AnsweredAt <= f.HandleBy : f.RefusedAt != null && f.RefusedAt <= f.HandleBy),
                g.Count(f => open.Contains(f.State) && f.HandleBy < now),
                g.Count(f => f.Verdict == AnswerVerdict.Dislike),
                g.Count(f => (f.AnsweredAt != null ? f.AnsweredAt > f.HandleBy : f.RefusedAt != null && f.RefusedAt > f.HandleBy) || (open.Contains(f.State) && f.HandleBy < now)),
                g.Count(f => f.ReComplaint != null)))
            .SingleOrDefaultAsync(cancellationToken) ?? Sums;
    }

    public static string Percent(decimal? rate) => rate is { } r ? r.ToString("0.##", Domain.VietnameseFormat.Culture) + "%" : "Chưa có số liệu";
}
