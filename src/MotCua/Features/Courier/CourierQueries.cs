using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Catalog;
using MotCua.Domain.Courier;
using MotCua.Domain.Dossiers;
using MotCua.Platform;

namespace MotCua.Features.Courier;

/// <summary>What the courier pages read: the rounds in the officer's scope, and the paper waiting to travel each way (R12).</summary>
public static class CourierQueries
{
    /// <summary>The roles that use the rounds: the Center's desk and staff, the agencies' officers, the couriers.</summary>
    public const string Roles = $"{nameof(Role.Reception)},{nameof(Role.CenterStaff)},{nameof(Role.CenterDirector)},{nameof(Role.Processor)},{nameof(Role.AgencyLeader)},{nameof(Role.Courier)}";

    /// <summary>An agency's officers see its rounds; the Center's officers and its couriers see the Center's.</summary>
    public static IQueryable<CourierRound> VisibleTo(this IQueryable<CourierRound> rounds, CurrentOfficer officer) => officer.Role switch
    {
        Role.Processor or Role.AgencyLeader => rounds.Where(r => r.AgencyId == officer.UnitId),
        Role.Reception or Role.CenterStaff or Role.CenterDirector or Role.Courier => rounds.Where(r => r.CenterId == officer.UnitId),
        _ => rounds.Where(r => false),
    };

    /// <summary>Which way the officer sends paper, if they send any: the desk sends dossiers, the agency and the courier send results.</summary>
    public static CourierDirection? Sends(Role role) => role switch
    {
        Role.Reception or Role.CenterStaff => CourierDirection.ToAgency,
        Role.Processor or Role.AgencyLeader or Role.Courier => CourierDirection.ToCenter,
        _ => null,
    };

    /// <summary>
    /// The paper waiting to travel one way between a Center and an agency: dossiers handed in on paper and transferred (R11),
    /// or paper results handed to the return desk (R23), that are in no round yet. A dossier a round left missing waits again.
    /// </summary>
    /// <param name="agencyId">One agency's, or null for every agency's.</param>
    public static IQueryable<Dossier> Waiting(this MotCuaDbContext db, string centerId, string? agencyId, CourierDirection direction)
    {
        // A plain join of rounds and items (a filter correlated inside SelectMany needs APPLY, which SQLite lacks).
        var travelling = db.CourierRounds.Where(r => r.Direction == direction)
            .SelectMany(r => r.Items, (r, i) => new { Open = r.Confirmation == null, i.Received, i.Code })
            .Where(x => x.Open || x.Received).Select(x => x.Code);
        var dossiers = db.Dossiers.Where(d => d.CenterId == centerId && (agencyId == null || d.AgencyId == agencyId) && !travelling.Contains(d.Code));
        return direction == CourierDirection.ToAgency
            ? dossiers.Where(d => d.ChannelIn != Channel.Online && (d.State == DossierState.InProcessing || d.State == DossierState.Consulting))
            : dossiers.Where(d => d.ResultChannel != Channel.Online && d.State == DossierState.AtReturnDesk);
    }

    /// <summary>The Center whose rounds the officer takes part in: their own unit, or for an agency's officer the installation's Center.</summary>
    public static async Task<string> CenterOfAsync(this MotCuaDbContext db, CurrentOfficer officer, CancellationToken cancellationToken) =>
        officer.Role is Role.Processor or Role.AgencyLeader
            ? await db.Units.Where(u => u.Kind == UnitKind.Center).OrderBy(u => u.Id).Select(u => u.Id).FirstOrDefaultAsync(cancellationToken) ?? ""
            : officer.UnitId;
}
