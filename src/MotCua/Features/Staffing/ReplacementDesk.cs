using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Data.Notifications;
using MotCua.Domain;
using MotCua.Domain.Ratings;
using MotCua.Domain.Staffing;
using MotCua.Features.Register;

namespace MotCua.Features.Staffing;

/// <summary>What the agency's leader names when it accepts a replacement: the new officer (one of its accounts), the post, the term.</summary>
public sealed record ReplacementAnswer(string OfficerId, SecondmentRole Role, OfficerPosition Position, bool DelegatedApproval, DateOnly From, DateOnly? Until);

/// <summary>
/// Replacement proposals (R32) and opinion requests (R62) through <see cref="StaffingDesk"/>: loaded in scope — the Center's staff
/// and director see their Center's, an agency's leader those sent to the agency (never the Center's drafts) — acted on with the row
/// version seen, and each step that the other side must act on leaves an in-app notice in the same save.
/// </summary>
public sealed class ReplacementDesk(MotCuaDbContext db, StaffingDesk staffing)
{
    /// <summary>How far back the satisfaction figure shown beside an officer reaches.</summary>
    public const int SatisfactionMonths = 12;

    public StaffingDesk Staffing => staffing;

    public IQueryable<ReplacementProposal> Proposals(Actor by) => by.Role switch
    {
        _ when StaffingDesk.IsCenter(by) => db.ReplacementProposals.Where(p => p.CenterId == by.UnitId),
        Role.AgencyLeader => db.ReplacementProposals.Where(p => p.AgencyId == by.UnitId && p.State != ReplacementState.Draft),
        _ => db.ReplacementProposals.Where(p => false),
    };

    public IQueryable<OpinionRequest> Opinions(Actor by) => by.Role switch
    {
        _ when StaffingDesk.IsCenter(by) => db.OpinionRequests.Where(o => o.CenterId == by.UnitId),
        Role.AgencyLeader => db.OpinionRequests.Where(o => o.AgencyId == by.UnitId),
        _ => db.OpinionRequests.Where(o => false),
    };

    /// <summary>The officers serving at the Center in the actor's scope, those a proposal or a request can be about.</summary>
    public IQueryable<Secondment> Serving(Actor by) =>
        staffing.Secondments(by).Where(s => s.State == SecondmentState.Approved).OrderBy(s => s.AgencyId).ThenBy(s => s.OfficerName);

    public Task<ReplacementProposal?> FindProposalAsync(int id, Actor by, CancellationToken cancellationToken = default) =>
        Proposals(by).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);

    public Task<OpinionRequest?> FindOpinionAsync(int id, Actor by, CancellationToken cancellationToken = default) =>
        Opinions(by).SingleOrDefaultAsync(o => o.Id == id, cancellationToken);

    /// <summary>The agency's officer accounts, one of whom replaces the officer.</summary>
    public Task<List<Officer>> AgencyOfficersAsync(string agencyId, CancellationToken cancellationToken = default) =>
        db.Users.AsNoTracking().Where(u => u.UnitId == agencyId).OrderBy(u => u.FullName).ToListAsync(cancellationToken);

    public async Task<StaffingActed> DraftAsync(int secondmentId, ReplacementGround ground, string? grounds, Actor by, CancellationToken cancellationToken = default)
    {
        if (await staffing.Secondments(by).SingleOrDefaultAsync(s => s.Id == secondmentId, cancellationToken) is not { } officer)
            return new StaffingActed.NotFound();
        var proposals = await db.ReplacementProposals.AsNoTracking().Where(p => p.SecondmentId == secondmentId).ToListAsync(cancellationToken);
        return await staffing.AddAsync(ReplacementProposal.Draft(officer, ground, grounds, proposals, by, staffing.Now), cancellationToken);
    }

    public Task<StaffingActed> EditAsync(ReplacementProposal proposal, int? seen, ReplacementGround ground, string? grounds, Actor by, CancellationToken cancellationToken = default) =>
        staffing.ActAsync(proposal, seen, (p, _) => p.Edit(ground, grounds, by), cancellationToken);

    /// <summary>Sent: the agency's leaders are told.</summary>
    public Task<StaffingActed> SendAsync(ReplacementProposal proposal, int? seen, Actor by, CancellationToken cancellationToken = default) =>
        staffing.ActAsync(proposal, seen, (p, at) => Then(p.Send(by, at), () => Notify($"thay-the/{p.Id}/gui", p.AgencyId, Role.AgencyLeader,
            $"Trung tâm đề nghị thay thế cán bộ {p.OfficerName} ({p.Ground.Vietnamese().ToLowerInvariant()}): xem đề nghị số {p.Id}.", at)), cancellationToken);

    /// <summary>
    /// The agency names the new officer: the new secondment is saved in the same transaction as the answer and the old officer's end,
    /// and the Center is told. An account outside the agency is refused before the aggregate is asked.
    /// </summary>
    public async Task<StaffingActed> AcceptAsync(ReplacementProposal proposal, int? seen, ReplacementAnswer answer, Actor by, CancellationToken cancellationToken = default)
    {
        var officer = await db.Secondments.SingleAsync(s => s.Id == proposal.SecondmentId, cancellationToken);
        if (await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == answer.OfficerId && u.UnitId == proposal.AgencyId, cancellationToken) is not { } named)
            return new StaffingActed.Refused(ReplacementRules.NotAgencyOfficer);
        var others = await db.Secondments.AsNoTracking().Where(s => s.OfficerId == named.Id).ToListAsync(cancellationToken);
        var agency = await db.Units.AsNoTracking().Where(u => u.Id == proposal.AgencyId).Select(u => u.Name).SingleAsync(cancellationToken);
        var rules = (await staffing.LocalityAsync(cancellationToken)).Profile.OfficerRules;
        return await staffing.ActAsync(proposal, seen, (p, at) =>
        {
            var made = p.Accept(officer, agency, named.Id, named.FullName, answer.Role, answer.Position, answer.DelegatedApproval, answer.From, answer.Until,
                others, rules, by, at);
            return Then(new Outcome(made.Broken), () => NotifyCenter($"thay-the/{p.Id}/tra-loi", p.CenterId,
                $"{agency} đồng ý thay thế cán bộ {p.OfficerName} bằng {named.FullName} từ ngày {VietnameseFormat.Date(answer.From)}: chờ Trung tâm ghi nhận phê duyệt.", at));
        }, cancellationToken);
    }

    public Task<StaffingActed> DeclineAsync(ReplacementProposal proposal, int? seen, string? reason, Actor by, CancellationToken cancellationToken = default) =>
        staffing.ActAsync(proposal, seen, (p, at) => Then(p.Decline(reason, by, at), () => NotifyCenter($"thay-the/{p.Id}/tra-loi", p.CenterId,
            $"Cơ quan không thay thế cán bộ {p.OfficerName} (đề nghị số {p.Id}): {p.DeclineReason}", at)), cancellationToken);

    /// <summary>The agency's leader asks the Center's opinion; the Center is told.</summary>
    public async Task<StaffingActed> RequestOpinionAsync(int secondmentId, OpinionMatter matter, string? details, Actor by, CancellationToken cancellationToken = default)
    {
        if (await staffing.Secondments(by).AsNoTracking().SingleOrDefaultAsync(s => s.Id == secondmentId, cancellationToken) is not { } officer)
            return new StaffingActed.NotFound();
        var now = staffing.Now;
        var made = OpinionRequest.Request(officer, matter, details, by, now);
        if (made.Value is { } request)
            // Keyed by the instant: the id is not known before the save, and one leader does not ask twice in the same tick.
            NotifyCenter($"y-kien/{officer.Id}/{now.UtcTicks}", officer.CenterId,
                $"Cơ quan đề nghị Trung tâm cho ý kiến về việc {request.Matter.Vietnamese().ToLowerInvariant()} đối với cán bộ {officer.OfficerName}.", now);
        return await staffing.AddAsync(made, cancellationToken);
    }

    /// <summary>The Center gives its opinion; the agency's leaders are told.</summary>
    public Task<StaffingActed> GiveOpinionAsync(OpinionRequest request, int? seen, bool agrees, string? opinion, Actor by, CancellationToken cancellationToken = default) =>
        staffing.ActAsync(request, seen, (r, at) => Then(r.Give(agrees, opinion, by, at), () => Notify($"y-kien/{r.Id}/tra-loi", r.AgencyId, Role.AgencyLeader,
            $"Trung tâm {(agrees ? "đồng ý" : "không đồng ý")} việc {r.Matter.Vietnamese().ToLowerInvariant()} đối với cán bộ {r.OfficerName}: xem ý kiến số {r.Id}.", at)), cancellationToken);

    /// <summary>
    /// Each officer's ratings over the last <see cref="SatisfactionMonths"/> months at the actor's Center (R63): what a proposal on low
    /// satisfaction rests on. A rating counts once for each officer it names.
    /// </summary>
    public async Task<(IReadOnlyDictionary<string, SatisfactionTally> Tallies, DateOnly From, DateOnly To)> SatisfactionAsync(IReadOnlyCollection<string> officerIds,
        Actor by, CancellationToken cancellationToken = default)
    {
        var calendar = (await staffing.LocalityAsync(cancellationToken)).Calendar;
        var to = calendar.LocalDate(staffing.Now);
        var from = to.AddMonths(-SatisfactionMonths).AddDays(1);
        var (start, end) = LocalDays.Span(calendar, from, to);
        var ids = officerIds.ToList();
        var centerId = await staffing.CenterIdAsync(by, cancellationToken);
        var ratings = await db.Ratings.AsNoTracking()
            .Where(r => r.CenterId == centerId && r.RatedAt >= start && r.RatedAt < end
                && ((r.ReceptionOfficerId != null && ids.Contains(r.ReceptionOfficerId)) || (r.ReturnOfficerId != null && ids.Contains(r.ReturnOfficerId))))
            .Select(r => new { r.ReceptionOfficerId, r.ReturnOfficerId, r.Level })
            .ToListAsync(cancellationToken);
        var tallies = ids.ToDictionary(id => id, id => SatisfactionTally.Of(ratings
            .Where(r => r.ReceptionOfficerId == id || r.ReturnOfficerId == id).Select(r => r.Level)));
        return (tallies, from, to);
    }

    /// <summary>"12 lượt đánh giá, 5 không hài lòng (58,3% hài lòng)", or that none was given.</summary>
    public static string Hint(SatisfactionTally tally) =>
        tally.Total == 0
            ? "chưa có lượt đánh giá"
            : $"{tally.Total} lượt đánh giá, {tally.Dissatisfied} không hài lòng ({tally.SatisfiedPercent!.Value.ToString("0.#", VietnameseFormat.Culture)}% hài lòng)";

    static Outcome Then(Outcome outcome, Action done)
    {
        if (outcome.Succeeded)
            done();
        return outcome;
    }

    /// <summary>The Center's staff and director: not its whole unit, whose counter officers need not read about a colleague's replacement.</summary>
    void NotifyCenter(string key, string centerId, string text, DateTimeOffset at)
    {
        Notify($"{key}/can-bo", centerId, Role.CenterStaff, text, at);
        Notify($"{key}/giam-doc", centerId, Role.CenterDirector, text, at);
    }

    void Notify(string key, string unitId, Role role, string text, DateTimeOffset at) =>
        db.OfficerNotifications.Add(new OfficerNotification { Key = key, UnitId = unitId, Role = role.ToString(), Text = text, CreatedAt = at });
}
