using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Data.Notifications;
using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Feedback;
using MotCua.Features.Shared;

namespace MotCua.Features.Feedback;

/// <summary>
/// Feedback deadlines for the deadline watch (which runs it under its lease, in working hours, as it does the fee watch):
/// an item not forwarded within the profile's limit (R34, Cẩm Phả: 3 working days), unanswered past its handling deadline,
/// or answered but unpublished past its publication deadline. The unit that must act is warned on the last working day and
/// again once late; a late item is escalated to the Center's director. Each notice has a key per item and kind, so it is sent once.
/// </summary>
public static class FeedbackWatch
{
    public static async Task<IReadOnlyList<OfficerNotification>> NoticesAsync(MotCuaDbContext db, Locality locality, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var soon = DueBadge.DueSoonUntil(now, locality.Calendar);
        // Late items, and those whose next deadline falls within the due-soon window: read through the state in each index.
        var watched = await db.FeedbackItems.AsNoTracking()
            .Where(FeedbackDue.DueBefore(soon))
            .ToListAsync(cancellationToken);
        var notices = new List<OfficerNotification>();
        foreach (var item in watched)
        {
            var (kind, unit, what) = item.State switch
            {
                FeedbackState.Received when item.ForwardBy is not null && item.ForwardedAt is null => ("chuyen", item.CenterId, "chuyển cơ quan giải quyết"),
                FeedbackState.Answered => ("cong-khai", item.CenterId, "công khai kết quả trả lời"),
                _ => ("xu-ly", item.AnsweringUnitId, "trả lời"),
            };
            var due = item.NextDeadline!.Value;
            var when = VietnameseFormat.DateTime(due);
            if (now <= due)
            {
                notices.Add(Notice($"pakn/{item.Code}/{kind}/sap-han", unit, null, $"Phản ánh, kiến nghị {item.Code} sắp đến hạn {what} ({when}).", now));
                continue;
            }
            var text = $"Phản ánh, kiến nghị {item.Code} đã quá hạn {what} ({when}).";
            notices.Add(Notice($"pakn/{item.Code}/{kind}/qua-han", unit, null, text, now));
            notices.Add(Notice($"pakn/{item.Code}/{kind}/qua-han/giam-doc", item.CenterId, Role.CenterDirector, text, now));
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
