using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Staffing;

namespace MotCua.Features.Staffing;

/// <summary>
/// Seconded officers' records (R69, R70) for pages and endpoints, acting through <see cref="StaffingDesk"/>. In scope: the Center's
/// director, staff and administrator see their Center's records, an agency's leader those of the agency's officers, a seconded
/// officer their own (to confirm taking an asset over), anyone else none.
/// </summary>
public sealed class RecordsDesk(MotCuaDbContext db, StaffingDesk staffing)
{
    /// <summary>Who reads officers' records in the API: the Center, agencies' leaders, and counters' officers for their own; agencies' specialists do not.</summary>
    public static bool Sees(Actor by) => StaffingDesk.Sees(by) || by.Role == Role.Reception;

    public StaffingDesk Staffing => staffing;

    public IQueryable<AssetHandover> Handovers(Actor by) => Scope(db.AssetHandovers, by);

    public IQueryable<UniformIssue> Uniforms(Actor by) => Scope(db.UniformIssues, by);

    public IQueryable<TrainingRecord> Trainings(Actor by) => Scope(db.TrainingRecords, by);

    public IQueryable<AwardRecord> Awards(Actor by) => Scope(db.AwardRecords, by);

    static IQueryable<T> Scope<T>(IQueryable<T> records, Actor by) where T : class => by.Role switch
    {
        _ when StaffingDesk.IsCenter(by) => records.Where(r => EF.Property<string>(r, "CenterId") == by.UnitId),
        Role.AgencyLeader => records.Where(r => EF.Property<string>(r, "AgencyId") == by.UnitId),
        // A counter's officer, or an agency's specialist seconded as a backup, holds their own records.
        Role.Reception or Role.Processor => records.Where(r => EF.Property<string>(r, "OfficerId") == by.Id),
        _ => records.Where(r => false),
    };

    /// <summary>The id the database gave a record just added.</summary>
    public int Id(object record) => (int)db.Entry(record).Property("Id").CurrentValue!;

    /// <summary>The seconded officer the records are about, in the actor's scope.</summary>
    public Task<Secondment?> OfficerAsync(int secondmentId, Actor by, CancellationToken cancellationToken) =>
        staffing.Secondments(by).FirstOrDefaultAsync(s => s.Id == secondmentId, cancellationToken);

    /// <summary>The profile and calendar, and today's date in the locality.</summary>
    public async Task<(Locality Locality, DateOnly Today)> TodayAsync(CancellationToken cancellationToken)
    {
        var locality = await staffing.LocalityAsync(cancellationToken);
        return (locality, locality.Calendar.LocalDate(staffing.Now));
    }

    public async Task<StaffingActed> HandAsync(Secondment officer, AssetKind kind, string itemName, string assetCode, string condition, Actor by, CancellationToken cancellationToken)
    {
        var code = assetCode.ToUpper();
        var outstanding = await db.AssetHandovers
            .Where(h => h.CenterId == officer.CenterId && h.ReturnedAt == null && h.AssetCode.ToUpper() == code)
            .ToListAsync(cancellationToken);
        return await staffing.AddAsync(AssetHandover.Hand(officer, kind, itemName, assetCode, condition, outstanding, by, staffing.Now), cancellationToken);
    }

    public async Task<StaffingActed> UniformAsync(Secondment officer, UniformAction action, string items, DateOnly on, Actor by, CancellationToken cancellationToken)
    {
        var (locality, today) = await TodayAsync(cancellationToken);
        var earlier = await db.UniformIssues.Where(u => u.SecondmentId == officer.Id).ToListAsync(cancellationToken);
        return await staffing.AddAsync(UniformIssue.Record(officer, action, items, on, today, earlier, locality.Profile.OfficerSupport.Uniforms, by, staffing.Now),
            cancellationToken);
    }

    public async Task<StaffingActed> TrainingAsync(Secondment officer, string course, TrainingArrangement arrangement, string organiser, DateOnly from, DateOnly to,
        Actor by, CancellationToken cancellationToken)
    {
        var (locality, _) = await TodayAsync(cancellationToken);
        return await staffing.AddAsync(TrainingRecord.Record(officer, course, arrangement, organiser, from, to, locality.Profile.OfficerSupport.Training, by, staffing.Now),
            cancellationToken);
    }

    public async Task<StaffingActed> AwardAsync(Secondment officer, AwardState state, string title, string reason, string reference, DateOnly on,
        Actor by, CancellationToken cancellationToken)
    {
        var (_, today) = await TodayAsync(cancellationToken);
        return await staffing.AddAsync(state == AwardState.Proposed
            ? AwardRecord.Propose(officer, title, reason, reference, on, today, by, staffing.Now)
            : AwardRecord.Given(officer, title, reason, reference, on, today, by, staffing.Now), cancellationToken);
    }

    /// <summary>Where the Center issues uniforms yearly, its officers serving today without this year's issue (R69); elsewhere none.</summary>
    public async Task<IReadOnlyList<Secondment>> WithoutUniformAsync(Actor by, CancellationToken cancellationToken)
    {
        var (locality, today) = await TodayAsync(cancellationToken);
        if (locality.Profile.OfficerSupport.Uniforms != Domain.Profiles.UniformSupply.CenterYearly)
            return [];
        var officers = await staffing.Secondments(by).AsNoTracking().Where(s => s.State == SecondmentState.Approved).ToListAsync(cancellationToken);
        var first = new DateOnly(today.Year, 1, 1);
        var issues = await Uniforms(by).AsNoTracking().Where(u => u.On >= first).ToListAsync(cancellationToken);
        return UniformIssue.WithoutIssueThisYear(officers, issues, today, locality.Profile.OfficerSupport.Uniforms);
    }
}
