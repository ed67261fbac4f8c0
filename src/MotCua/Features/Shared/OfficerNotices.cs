using MotCua.Data;
using MotCua.Data.Notifications;
using MotCua.Platform;

namespace MotCua.Features.Shared;

/// <summary>The officer's notices: those of their unit, addressed to everyone there or to their role.</summary>
public static class OfficerNotices
{
    public static IQueryable<OfficerNotification> For(this IQueryable<OfficerNotification> notices, CurrentOfficer officer)
    {
        var role = officer.Role.ToString();
        return notices.Where(n => n.UnitId == officer.UnitId && (n.Role == null || n.Role == role));
    }

    public static int Unread(MotCuaDbContext db, CurrentOfficer officer) =>
        officer.IsSignedIn ? db.OfficerNotifications.For(officer).Count(n => n.ReadAt == null) : 0;
}
