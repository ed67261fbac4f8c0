using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Feedback;

namespace MotCua.Features.Feedback;

/// <summary>One published answer as the public reads it: no sender, no original text, only what the Center published (R34).</summary>
public sealed record PublishedAnswer(string Code, string Subject, FeedbackTopic Topic, DateTimeOffset ReceivedAt, DateTimeOffset PublishedAt, string Answer, string? AnsweredByUnit);

/// <summary>The portal's page of answers to feedback, newest first, read page by page from the (State, PublishedAt) index.</summary>
public sealed class AnswersModel(MotCuaDbContext db) : PageModel
{
    public const int PageSize = 20;

    public IReadOnlyList<PublishedAnswer> Answers { get; private set; } = [];
    public int PageNumber { get; private set; } = 1;
    public bool HasMore { get; private set; }

    public async Task OnGetAsync(int? trang, CancellationToken cancellationToken)
    {
        PageNumber = Math.Clamp(trang ?? 1, 1, 10_000);
        var rows = await Published(db).Skip((PageNumber - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancellationToken);
        HasMore = rows.Count > PageSize;
        Answers = rows.Take(PageSize).ToList();
    }

    /// <summary>The published answers, newest first, with the name of the unit that answered.</summary>
    public static IQueryable<PublishedAnswer> Published(MotCuaDbContext db) =>
        from f in db.FeedbackItems.AsNoTracking()
        where f.State == FeedbackState.Published
        orderby f.PublishedAt descending, f.Code descending
        select new PublishedAnswer(f.Code, f.Subject, f.Topic, f.ReceivedAt, f.PublishedAt!.Value, f.PublicAnswer!,
            db.Units.Where(u => u.Id == f.AnsweringUnitId).Select(u => u.Name).FirstOrDefault());
}
