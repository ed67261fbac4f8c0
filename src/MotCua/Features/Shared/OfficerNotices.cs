using MotCua.Data;
using MotCua.Data.Notifications;
using MotCua.Platform;

namespace MotCua.Features.Shared;

/// <summary>The officer's notices: those of their unit, addressed to everyone there, to their role or to them by name.</summary>
public static class OfficerNotices
{
    public static IQueryable<OfficerNotification> For(this IQueryable<OfficerNotification> notices, CurrentOfficer officer)
    {
        var role = officer.Role.ToString();
        var id = officer.Id;
        return notices.Where(n => n.UnitId == officer.UnitId && (n.Role == null || n.Role == role) && (n.OfficerId == null || n.OfficerId == id));
    }

    public static int Unread(MotCuaDbContext db, CurrentOfficer officer) =>
        officer.IsSignedIn ? db.OfficerNotifications.For(officer).Count(n => n.ReadAt == null) : 0;
}
