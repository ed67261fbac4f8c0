using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Platform;

namespace MotCua.Features.Shared;

/// <summary>The dossiers an officer may see and the way every desk loads and saves one.</summary>
public static class Dossiers
{
    /// <summary>
    /// Scoping: the Center's officers see the dossiers their Center received; an agency's officers
    /// those their agency decides; nobody else sees any.
    /// </summary>
    public static IQueryable<Dossier> VisibleTo(this IQueryable<Dossier> dossiers, CurrentOfficer officer) => officer.Role switch
    {
        Role.Reception or Role.CenterStaff or Role.CenterDirector => dossiers.Where(d => d.CenterId == officer.UnitId),
        Role.Processor or Role.AgencyLeader => dossiers.Where(d => d.AgencyId == officer.UnitId),
        _ => dossiers.Where(d => false),
    };

    /// <summary>One whole dossier (its procedure version and control slip) if the officer may see it; null otherwise.</summary>
    public static Task<Dossier?> LoadVisibleAsync(this MotCuaDbContext db, string code, CurrentOfficer officer, CancellationToken cancellationToken = default) =>
        db.Dossiers.VisibleTo(officer).Whole().SingleOrDefaultAsync(d => d.Code == code, cancellationToken);

    public static IQueryable<Dossier> Whole(this IQueryable<Dossier> dossiers) =>
        dossiers.Include(d => d.Procedure).Include(d => d.Version).Include(d => d.History);

    /// <summary>
    /// Saves an action; when another officer changed the dossier first, nothing of this action is
    /// saved and the officer gets the message to show (R13: nothing lost, nothing applied twice).
    /// </summary>
    public static async Task<string?> SaveActionAsync(this MotCuaDbContext db, CancellationToken cancellationToken = default)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return ConcurrentChange;
        }
    }

    public const string ConcurrentChange =
        "Hồ sơ vừa được cán bộ khác cập nhật nên thao tác của bạn chưa được lưu. Trang đã hiển thị tình trạng mới nhất; xin kiểm tra rồi thực hiện lại nếu vẫn cần.";

    /// <summary>The public sees an address only partly, as the phone (personal data, LAW §13).</summary>
    public static string MaskAddress(string address)
    {
        var parts = address.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length <= 1 ? "***" : "***, " + string.Join(", ", parts[1..]);
    }
}
