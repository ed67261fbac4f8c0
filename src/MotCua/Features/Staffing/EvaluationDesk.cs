using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Staffing;

namespace MotCua.Features.Staffing;

/// <summary>
/// The one way pages and endpoints act on officers' evaluations (R31, R62), over <see cref="StaffingDesk"/>: the Center's
/// director and staff see their Center's evaluations, an agency's leader those sent about its officers, every other officer
/// only their own. Starting and recomputing fill the figures from the system's data; the first send stores the document (R52).
/// </summary>
public sealed class EvaluationDesk(MotCuaDbContext db, StaffingDesk staffing, EvaluationDocuments documents)
{
    public IQueryable<OfficerAppraisal> Appraisals(Actor by) => by.Role switch
    {
        Role.CenterStaff or Role.CenterDirector => db.OfficerAppraisals.Where(a => a.CenterId == by.UnitId),
        Role.AgencyLeader => db.OfficerAppraisals.Where(a => a.AgencyId == by.UnitId && a.State == AppraisalState.Sent),
        Role.Admin => db.OfficerAppraisals.Where(a => false),
        _ => db.OfficerAppraisals.Where(a => a.OfficerId == by.Id),
    };

    public Task<OfficerAppraisal?> FindAsync(int id, Actor by, CancellationToken cancellationToken = default) =>
        Appraisals(by).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);

    public StaffingDesk Staffing => staffing;

    public int RowVersion(OfficerAppraisal appraisal) => staffing.RowVersion(appraisal);

    /// <summary>The period a key names (null key: the one the Center works on now), under the active profile.</summary>
    public async Task<(EvaluationPeriod? Period, Domain.Dossiers.Locality Locality)> PeriodAsync(string? key, CancellationToken cancellationToken = default)
    {
        var locality = await staffing.LocalityAsync(cancellationToken);
        var profile = locality.Profile.OfficerEvaluation;
        var period = key is null ? EvaluationPeriod.Current(staffing.Now, profile, locality.Calendar) : EvaluationPeriod.Parse(key, profile, locality.Calendar);
        return (period, locality);
    }

    /// <summary>The Center starts an officer's evaluation of a period, its figures computed now.</summary>
    public async Task<StaffingActed> StartAsync(int secondmentId, EvaluationPeriod period, Actor by, CancellationToken cancellationToken = default)
    {
        if (await staffing.Secondments(by).SingleOrDefaultAsync(s => s.Id == secondmentId, cancellationToken) is not { } officer)
            return new StaffingActed.NotFound();
        var locality = await staffing.LocalityAsync(cancellationToken);
        var profile = locality.Profile.OfficerEvaluation;
        var existing = await db.OfficerAppraisals.AnyAsync(a => a.SecondmentId == secondmentId && a.PeriodKey == period.Key, cancellationToken);
        var figures = await EvaluationFigures.ComputeAsync(db, officer, period, profile.Bases, locality.Calendar, cancellationToken);
        var now = staffing.Now;
        var started = OfficerAppraisal.Start(officer, period, profile, figures, existing, locality.Calendar.LocalDate(now), by, now);
        try
        {
            return await staffing.AddAsync(started, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two officers started it at once: the unique index kept one.
            db.ChangeTracker.Clear();
            return new StaffingActed.Refused(AppraisalRules.AlreadyStarted(officer.OfficerName, period.Vietnamese));
        }
    }

    public async Task<StaffingActed> RecomputeAsync(OfficerAppraisal appraisal, int? seen, Actor by, CancellationToken cancellationToken = default)
    {
        var officer = await db.Secondments.AsNoTracking().SingleAsync(s => s.Id == appraisal.SecondmentId, cancellationToken);
        var locality = await staffing.LocalityAsync(cancellationToken);
        var period = Period(appraisal);
        var figures = await EvaluationFigures.ComputeAsync(db, officer, period, appraisal.Bases, locality.Calendar, cancellationToken);
        return await staffing.ActAsync(appraisal, seen, (a, at) => a.Recompute(figures, by, at), cancellationToken);
    }

    /// <summary>Sends the evaluation; the document is drawn and stored at once, so what the agency reads is what was sent (R52).</summary>
    public async Task<StaffingActed> SendAsync(OfficerAppraisal appraisal, int? seen, Actor by, CancellationToken cancellationToken = default)
    {
        var acted = await staffing.ActAsync(appraisal, seen, (a, at) => a.Send(by, at), cancellationToken);
        if (acted is StaffingActed.Done)
            await documents.GetAsync(appraisal, cancellationToken);
        return acted;
    }

    /// <summary>The agency's leader records the year's rating; under a monthly cadence once for the officer's year, on any of its sent evaluations.</summary>
    public async Task<StaffingActed> RateAsync(OfficerAppraisal appraisal, int? seen, AppraisalGrade grade, string? decision, DateOnly decidedOn, Actor by,
        CancellationToken cancellationToken = default)
    {
        var ratings = await db.OfficerAppraisals.AsNoTracking()
            .Where(a => a.AgencyId == appraisal.AgencyId && a.Year == appraisal.Year && a.SecondmentId == appraisal.SecondmentId && a.Id != appraisal.Id)
            .Select(a => a.AgencyRating)
            .ToListAsync(cancellationToken);
        var today = (await staffing.LocalityAsync(cancellationToken)).Calendar.LocalDate(staffing.Now);
        return await staffing.ActAsync(appraisal, seen, (a, at) => a.RecordAgencyRating(grade, decision, decidedOn, ratings.Any(r => r is not null), today, by, at),
            cancellationToken);
    }

    public Task<StaffingActed> ActAsync(OfficerAppraisal appraisal, int? seen, Func<OfficerAppraisal, DateTimeOffset, Outcome> act, CancellationToken cancellationToken = default) =>
        staffing.ActAsync(appraisal, seen, act, cancellationToken);

    /// <summary>The period an evaluation was made for, as it was recorded.</summary>
    public static EvaluationPeriod Period(OfficerAppraisal a) =>
        new(a.Cadence, a.Year, a.PeriodKey.Length > 4 ? a.PeriodFrom.Month : null, a.PeriodFrom, a.PeriodTo, a.CenterDue, a.RatingsDue);
}
