using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Feedback;
using MotCua.Domain.Ratings;
using MotCua.Features.Feedback;
using MotCua.Features.Register;
using MotCua.Platform;

namespace MotCua.Features.Ratings;

/// <summary>
/// A rating saved. <see cref="OpensFeedback"/> is the one hook of the feedback desk (issue 12, deliverable 4:
/// "a dissatisfied rating opens a feedback item"): true when this save made the dossier's rating
/// Không hài lòng, a first rating or a change from a satisfied one, so a rating changed back and forth opens
/// one item per turn to dissatisfied, never one per save.
/// </summary>
public sealed record RatingSaved(Rating Rating, bool First, bool OpensFeedback);

/// <summary>Figures of one agency or officer over the period.</summary>
public sealed record RatingRow(string Id, string Name, SatisfactionTally Tally);

public sealed record RatingSummary(DateOnly From, DateOnly To, string UnitName, SatisfactionTally Total, IReadOnlyList<RatingRow> Agencies, IReadOnlyList<RatingRow> Officers);

/// <summary>Whose ratings an officer may read: a Center's (its staff and director) or one agency's (its leader).</summary>
public sealed record RatingScope(string UnitId, bool IsCenter)
{
    /// <summary>Null for a role that reads only its own ratings (reception officers, processors).</summary>
    public static RatingScope? Of(CurrentOfficer officer) => officer.Role switch
    {
        Role.CenterStaff or Role.CenterDirector => new(officer.UnitId, IsCenter: true),
        Role.AgencyLeader => new(officer.UnitId, IsCenter: false),
        _ => null,
    };

    public IQueryable<Rating> Filter(IQueryable<Rating> ratings) =>
        IsCenter ? ratings.Where(r => r.CenterId == UnitId) : ratings.Where(r => r.AgencyId == UnitId);
}

/// <summary>
/// Records the applicant's rating of a dossier, whichever way it came (the portal, the receipt's QR, the counter's
/// tablet), and reads the figures. The caller has already proved who the applicant is (the code with the phone
/// digits, the QR token, or the officer's own Center).
/// </summary>
public sealed class RatingDesk(MotCuaDbContext db, LocalitySource localities, TimeProvider time, FeedbackDesk feedback)
{
    public async Task<Outcome<RatingSaved>> RateAsync(Dossier dossier, RatingChoice choice, RatingChannel channel, CancellationToken cancellationToken)
    {
        var locality = await localities.GetAsync(db, cancellationToken);
        var existing = await db.Ratings.SingleOrDefaultAsync(r => r.DossierCode == dossier.Code, cancellationToken);
        var wasDissatisfied = existing?.IsDissatisfied == true;
        var rated = Rating.Rate(existing, RatedDossier.From(dossier), choice, channel, time.GetUtcNow(),
            locality.Profile.RatingChangeWindow, locality.Calendar);
        if (rated.Broken is { } broken)
            return broken;
        var rating = rated.Value!;
        if (existing is null)
            db.Ratings.Add(rating);
        var opensFeedback = rating.IsDissatisfied && !wasDissatisfied;
        try
        {
            // Không hài lòng opens a feedback item for whoever handled the dossier, saved with the rating in one transaction.
            if (!opensFeedback || await feedback.ReceiveAsync((code, centerId, at, l) => Dissatisfied(code, centerId, dossier, choice, at, l), cancellationToken)
                    is not FeedbackActed.Done)
                await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (existing is null)
        {
            // The same dossier rated twice at the same moment (two tabs, the tablet and the QR): the other one is the rating.
            db.ChangeTracker.Clear();
            return RatingRules.AlreadyRated;
        }
        return new RatingSaved(rating, existing is null, opensFeedback);
    }

    /// <summary>The feedback item a dissatisfied rating opens: about the agency's handling when an agency holds the dossier, else the Center's.</summary>
    internal static Outcome<FeedbackItem> Dissatisfied(string code, string centerId, Dossier dossier, RatingChoice choice, DateTimeOffset at, Locality locality)
    {
        var a = dossier.Applicant;
        var sender = FeedbackSender.Create(a.Name, a.Phone, a.Email, a.Address).Value!;
        var criteria = choice.Criteria.Where(c => c.Level == SatisfactionLevel.Dissatisfied).Select(c => c.Criterion.Vietnamese()).ToList();
        var text = string.Join("\n", new[]
        {
            "Người nộp hồ sơ đánh giá Không hài lòng.",
            criteria.Count > 0 ? $"Không hài lòng về: {string.Join("; ", criteria)}." : null,
            string.IsNullOrWhiteSpace(choice.Comment) ? null : $"Ý kiến: {choice.Comment.Trim()}",
        }.OfType<string>());
        var agency = string.IsNullOrEmpty(dossier.AgencyId) ? null : dossier.AgencyId;
        return FeedbackItem.Receive(code, centerId, FeedbackChannel.Rating, agency is null ? FeedbackTopic.CenterCoordination : FeedbackTopic.AgencyHandling,
            sender, $"Đánh giá không hài lòng hồ sơ {dossier.Code}", text, dossier.Code, agency,
            new Actor("applicant", a.Name, Role.Applicant, ""), at, locality);
    }

    public Task<Rating?> FindAsync(Domain.Codes.DossierCode code, CancellationToken cancellationToken) =>
        db.Ratings.AsNoTracking().SingleOrDefaultAsync(r => r.DossierCode == code, cancellationToken);

    /// <summary>The period as local days: today's month so far when not given.</summary>
    public async Task<(DateOnly From, DateOnly To, string? Problem)> PeriodAsync(string? from, string? to, CancellationToken cancellationToken)
    {
        var calendar = (await localities.GetAsync(db, cancellationToken)).Calendar;
        var today = calendar.LocalDate(time.GetUtcNow());
        var fromProblem = LocalDays.Problem(from, "Từ ngày", new DateOnly(today.Year, today.Month, 1), out var first);
        var toProblem = LocalDays.Problem(to, "Đến ngày", today, out var last);
        var problem = fromProblem ?? toProblem ?? (last < first ? "\"Đến ngày\" phải sau hoặc bằng \"Từ ngày\"." : null);
        return (first, last, problem);
    }

    async Task<(DateTimeOffset Start, DateTimeOffset End)> SpanAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        LocalDays.Span((await localities.GetAsync(db, cancellationToken)).Calendar, from, to);

    /// <summary>
    /// Counts per level for the scope's agencies and for the officers who served at the counter (R63), over the ratings
    /// first given in the period. A rating counts once for each officer it names: the reception and the returning officer.
    /// </summary>
    public async Task<RatingSummary> SummaryAsync(RatingScope scope, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var (start, end) = await SpanAsync(from, to, cancellationToken);
        var ratings = scope.Filter(db.Ratings.AsNoTracking()).Where(r => r.RatedAt >= start && r.RatedAt < end);
        var byAgency = await ratings.GroupBy(r => new { r.AgencyId, r.Level })
            .Select(g => new { Id = g.Key.AgencyId, g.Key.Level, Count = g.Count() }).ToListAsync(cancellationToken);
        var byReception = await ratings.Where(r => r.ReceptionOfficerId != null).GroupBy(r => new { r.ReceptionOfficerId, r.Level })
            .Select(g => new { Id = g.Key.ReceptionOfficerId!, g.Key.Level, Count = g.Count() }).ToListAsync(cancellationToken);
        var byReturn = await ratings.Where(r => r.ReturnOfficerId != null && r.ReturnOfficerId != r.ReceptionOfficerId)
            .GroupBy(r => new { r.ReturnOfficerId, r.Level })
            .Select(g => new { Id = g.Key.ReturnOfficerId!, g.Key.Level, Count = g.Count() }).ToListAsync(cancellationToken);

        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var officerIds = byReception.Concat(byReturn).Select(r => r.Id).Distinct().ToList();
        var officers = await db.Users.AsNoTracking().Where(u => officerIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, cancellationToken);

        static List<RatingRow> Rows(IEnumerable<(string Id, SatisfactionLevel Level, int Count)> counts, IReadOnlyDictionary<string, string> names) =>
            counts.GroupBy(c => c.Id)
                .Select(g => new RatingRow(g.Key, names.GetValueOrDefault(g.Key, g.Key), g.Aggregate(SatisfactionTally.Empty, (t, c) => t.Add(c.Level, c.Count))))
                .OrderBy(r => r.Tally.SatisfiedPercent).ThenBy(r => r.Name, StringComparer.Ordinal)
                .ToList();
        var agencyRows = Rows(byAgency.Select(a => (a.Id, a.Level, a.Count)), units);
        return new RatingSummary(from, to, units.GetValueOrDefault(scope.UnitId, scope.UnitId),
            byAgency.Aggregate(SatisfactionTally.Empty, (t, a) => t.Add(a.Level, a.Count)),
            agencyRows,
            Rows(byReception.Concat(byReturn).Select(o => (o.Id, o.Level, o.Count)), officers));
    }

    /// <summary>The ratings that name the officer (R63), latest first, over the period.</summary>
    public async Task<IReadOnlyList<Rating>> OfficerAsync(string officerId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var (start, end) = await SpanAsync(from, to, cancellationToken);
        return await db.Ratings.AsNoTracking()
            .Where(r => (r.ReceptionOfficerId == officerId || r.ReturnOfficerId == officerId) && r.RatedAt >= start && r.RatedAt < end)
            .OrderByDescending(r => r.RatedAt).Take(500).ToListAsync(cancellationToken);
    }
}
