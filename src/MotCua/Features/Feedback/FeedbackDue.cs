using System.Linq.Expressions;
using MotCua.Domain.Feedback;
using MotCua.Domain.Time;
using MotCua.Features.Shared;

namespace MotCua.Features.Feedback;

/// <summary>How an item stands against its deadlines, asked of one item (its own flags) or of the database (the same tests as expressions, so the desk filters and orders there).</summary>
public static class FeedbackDue
{
    /// <summary><see cref="FeedbackItem.NextDeadline"/> as the database computes it, for ordering the desk.</summary>
    public static readonly Expression<Func<FeedbackItem, DateTimeOffset?>> NextDeadline = f =>
        f.State == FeedbackState.Received && f.Topic == FeedbackTopic.AgencyHandling && f.ForwardBy != null ? f.ForwardBy
        : f.State == FeedbackState.Received || f.State == FeedbackState.Forwarded || f.State == FeedbackState.AwaitingSender ? (DateTimeOffset?)f.HandleBy
        : f.State == FeedbackState.Answered ? f.PublishBy
        : null;

    /// <summary>
    /// Late now: not forwarded in time (or forwarded late and still unanswered), unanswered past its handling deadline,
    /// unpublished past its publication deadline — <see cref="FeedbackItem.ForwardIsLate"/>, <see cref="FeedbackItem.HandlingIsLate"/>
    /// and <see cref="FeedbackItem.PublicationIsLate"/> of the open items, in the database.
    /// </summary>
    public static Expression<Func<FeedbackItem, bool>> Late(DateTimeOffset now) => f =>
        (f.State == FeedbackState.Received && f.ForwardBy != null && f.ForwardBy < now)
        || ((f.State == FeedbackState.Forwarded || f.State == FeedbackState.AwaitingSender) && f.ForwardBy != null && f.ForwardedAt > f.ForwardBy)
        || ((f.State == FeedbackState.Received || f.State == FeedbackState.Forwarded || f.State == FeedbackState.AwaitingSender) && f.HandleBy < now)
        || (f.State == FeedbackState.Answered && f.PublishBy < now);

    public static Expression<Func<FeedbackItem, bool>> NotLate(DateTimeOffset now)
    {
        var late = Late(now);
        return Expression.Lambda<Func<FeedbackItem, bool>>(Expression.Not(late.Body), late.Parameters);
    }

    /// <summary>Its next deadline falls before <paramref name="until"/> (no deadline: never).</summary>
    public static Expression<Func<FeedbackItem, bool>> DueBefore(DateTimeOffset until) =>
        Expression.Lambda<Func<FeedbackItem, bool>>(
            Expression.LessThan(NextDeadline.Body, Expression.Constant((DateTimeOffset?)until, typeof(DateTimeOffset?))), NextDeadline.Parameters);

    public static Expression<Func<FeedbackItem, bool>> NotDueBefore(DateTimeOffset until)
    {
        var before = DueBefore(until);
        return Expression.Lambda<Func<FeedbackItem, bool>>(Expression.Not(before.Body), before.Parameters);
    }

    /// <summary>No deadline at all (refused, published): last on the desk.</summary>
    public static readonly Expression<Func<FeedbackItem, bool>> NoDeadline =
        Expression.Lambda<Func<FeedbackItem, bool>>(Expression.Equal(NextDeadline.Body, Expression.Constant(null, typeof(DateTimeOffset?))), NextDeadline.Parameters);

    /// <summary>One item's status for its badge: late by any flag, due soon within the last working day (as dossiers), else on time.</summary>
    public static DueStatus Status(FeedbackItem item, DateTimeOffset now, WorkingCalendar calendar)
    {
        if (IsLate(item, now))
            return DueStatus.Overdue;
        return DueBadge.Status(item.NextDeadline, now, calendar);
    }

    public static bool IsLate(FeedbackItem item, DateTimeOffset now) =>
        (item.ForwardIsLate(now) && (item.State == FeedbackState.Received || item.State.IsOpen()))
        || item.HandlingIsLate(now) || item.PublicationIsLate(now);

    /// <summary>The late flags an officer reads beside an item.</summary>
    public static IEnumerable<string> Flags(FeedbackItem item, DateTimeOffset now)
    {
        if (item.ForwardIsLate(now))
            yield return item.ForwardedAt is null ? "Chưa chuyển cơ quan giải quyết, đã quá thời hạn chuyển" : "Chuyển cơ quan giải quyết quá thời hạn";
        if (item.HandlingIsLate(now))
            yield return "Quá hạn xử lý";
        if (item.PublicationIsLate(now))
            yield return "Quá hạn công khai kết quả";
        if (item.RefusedLate)
            yield return "Từ chối tiếp nhận sau thời hạn từ chối";
        if (item.AnsweredLate)
            yield return "Trả lời sau thời hạn xử lý";
        if (item.PublishedLate)
            yield return "Công khai sau thời hạn công khai";
    }
}

/// <summary>The desk's filters and order, shared by its page and the officers' API, all run by the database.</summary>
public static class FeedbackDeskQuery
{
    public const int PageSize = 50;

    /// <summary><paramref name="due"/>: tre (late), sap-den-han (due soon), trong-han (on time).</summary>
    public static IQueryable<FeedbackItem> Filter(IQueryable<FeedbackItem> items, FeedbackState? state, FeedbackChannel? channel, FeedbackTopic? topic,
        string? agencyId, string? due, DateTimeOffset now, WorkingCalendar calendar)
    {
        if (state is { } s)
            items = items.Where(f => f.State == s);
        if (channel is { } c)
            items = items.Where(f => f.Channel == c);
        if (topic is { } t)
            items = items.Where(f => f.Topic == t);
        if (!string.IsNullOrWhiteSpace(agencyId))
            items = items.Where(f => f.AgencyId == agencyId);
        var soon = DueBadge.DueSoonUntil(now, calendar);
        return due switch
        {
            "tre" => items.Where(FeedbackDue.Late(now)),
            "sap-den-han" => items.Where(FeedbackDue.NotLate(now)).Where(FeedbackDue.DueBefore(soon)),
            "trong-han" => items.Where(FeedbackDue.NotLate(now)).Where(FeedbackDue.NotDueBefore(soon)),
            _ => items,
        };
    }

    /// <summary>Soonest deadline first, those without one last, then the newest.</summary>
    public static IQueryable<FeedbackItem> Page(IQueryable<FeedbackItem> items, int page) =>
        items.OrderBy(FeedbackDue.NoDeadline).ThenBy(FeedbackDue.NextDeadline).ThenByDescending(f => f.ReceivedAt).ThenBy(f => f.Code)
            .Skip((page - 1) * PageSize).Take(PageSize);
}
