using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Codes;
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

    /// <summary>The state counts of the dossiers the officer may see (one Center per installation: the Center's roles see them all).</summary>
    public static IQueryable<DossierStateCount> VisibleTo(this IQueryable<DossierStateCount> counts, CurrentOfficer officer) => officer.Role switch
    {
        Role.Reception or Role.CenterStaff or Role.CenterDirector => counts,
        Role.Processor or Role.AgencyLeader => counts.Where(c => c.AgencyId == officer.UnitId),
        _ => counts.Where(c => false),
    };

    /// <summary>
    /// The dossiers someone complained about: named by a feedback item or rated Không hài lòng (LAW §9.4 5.4). Asked from the
    /// complaints' side (few) into the dossiers (many), so a long period costs what its complaints cost, not what its dossiers do.
    /// </summary>
    public static IQueryable<Dossier> Complained(this IQueryable<Dossier> dossiers, MotCuaDbContext db)
    {
        var codes = db.FeedbackItems.Where(f => f.DossierCode != null).Select(f => f.DossierCode!)
            .Union(db.Ratings.Where(r => r.Level == Domain.Ratings.SatisfactionLevel.Dissatisfied).Select(r => r.DossierCode));
        return dossiers.Where(d => codes.Contains(d.Code));
    }

    /// <summary>One whole dossier (its procedure version and control slip) if the officer may see it; null otherwise.</summary>
    public static Task<Dossier?> LoadVisibleAsync(this MotCuaDbContext db, DossierCode code, CurrentOfficer officer, CancellationToken cancellationToken = default) =>
        db.Dossiers.VisibleTo(officer).Whole().SingleOrDefaultAsync(d => d.Code == code, cancellationToken);

    /// <summary>The dossiers the officer's agency was consulted on: it sees them only to answer (R19).</summary>
    public static IQueryable<Dossier> ConsultedWith(this IQueryable<Dossier> dossiers, CurrentOfficer officer) =>
        officer.Role is Role.Processor or Role.AgencyLeader
            ? dossiers.Where(d => d.ConsultedAgencyIds.Contains(officer.UnitId))
            : dossiers.Where(d => false);

    public static Task<Dossier?> LoadConsultedAsync(this MotCuaDbContext db, DossierCode code, CurrentOfficer officer, CancellationToken cancellationToken = default) =>
        db.Dossiers.ConsultedWith(officer).Whole().SingleOrDefaultAsync(d => d.Code == code, cancellationToken);

    public static IQueryable<Dossier> Whole(this IQueryable<Dossier> dossiers) =>
        dossiers.Include(d => d.Procedure).Include(d => d.Version).Include(d => d.History);

    /// <summary>
    /// Saves an action; false when another officer changed the dossier first, and then nothing of
    /// this action is saved (R13: nothing lost, nothing applied twice).
    /// </summary>
    public static async Task<bool> SaveActionAsync(this MotCuaDbContext db, CancellationToken cancellationToken = default)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }

    /// <summary>The public sees an address only partly, as the phone (personal data, LAW §13).</summary>
    public static string MaskAddress(string address)
    {
        var parts = address.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length <= 1 ? "***" : "***, " + string.Join(", ", parts[1..]);
    }
}
