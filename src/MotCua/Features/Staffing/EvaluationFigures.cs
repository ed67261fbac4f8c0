using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Feedback;
using MotCua.Domain.Ratings;
using MotCua.Domain.Staffing;
using MotCua.Domain.Time;
using MotCua.Features.Register;

namespace MotCua.Features.Staffing;

/// <summary>
/// The figures of each evaluation basis, counted from the system's own records of the period (R31): the control slips'
/// history rows the officer signed, the applicants' ratings naming the officer, feedback about the officer's conduct on a
/// dossier the officer served, the officer's absences. Each figure keeps the records it counted, so a page lists them.
/// Every query is bounded by the period and read through an index: history by (action, time), ratings by (officer, time),
/// feedback by (Center, time), absences by (secondment, start).
/// </summary>
public static class EvaluationFigures
{
    /// <summary>What the counter does: receive, ask to complete, refuse, return.</summary>
    static readonly DossierAction[] Counter =
        [DossierAction.Receive, DossierAction.IssueCompletionSlip, DossierAction.RefuseAtCounter, DossierAction.Return];

    /// <summary>Every step an officer takes on a dossier that moves its handling on.</summary>
    static readonly DossierAction[] Handling =
    [
        DossierAction.Receive, DossierAction.Transfer, DossierAction.Forward, DossierAction.RequestSupplement, DossierAction.Refuse,
        DossierAction.RecordResult, DossierAction.ResolveOnTheSpot, DossierAction.HandToReturnDesk, DossierAction.Return,
    ];

    public static async Task<IReadOnlyList<AppraisalFigure>> ComputeAsync(MotCuaDbContext db, Secondment officer, EvaluationPeriod period,
        IReadOnlyList<EvaluationBasis> bases, WorkingCalendar calendar, CancellationToken cancellationToken)
    {
        var (start, end) = LocalDays.Span(calendar, period.First, period.Last);
        var figures = new List<AppraisalFigure>();
        var wanted = bases.ToHashSet();
        var needsHistory = wanted.Overlaps([EvaluationBasis.ReceptionResults, EvaluationBasis.HandlingResults, EvaluationBasis.AssignedTasks]);
        var acts = needsHistory ? await ActsAsync(db, officer.OfficerId, Handling.Union(Counter).ToArray(), start, end, cancellationToken) : [];

        if (wanted.Contains(EvaluationBasis.ReceptionResults))
        {
            const EvaluationBasis basis = EvaluationBasis.ReceptionResults;
            figures.Add(Dossiers(basis, "received", "Hồ sơ cán bộ tiếp nhận", Of(acts, DossierAction.Receive)));
            figures.Add(Dossiers(basis, "completion-slips", "Hồ sơ cán bộ hướng dẫn bổ sung, hoàn thiện tại quầy (R7)", Of(acts, DossierAction.IssueCompletionSlip)));
            figures.Add(Dossiers(basis, "refused-at-counter", "Hồ sơ cán bộ từ chối tiếp nhận (R8)", Of(acts, DossierAction.RefuseAtCounter)));
            // Reception refuses a component outside the published list before anything is saved: no attempt is on record.
            figures.Add(new AppraisalFigure(basis, "r4-attempts", "Lần yêu cầu thành phần ngoài danh mục đã công bố (R4)", null, FigureSource.Dossier, [],
                "Chưa ghi nhận: hệ thống từ chối ngay khi nhập, không lưu lại lần yêu cầu."));
            figures.Add(Dossiers(basis, "returned", "Hồ sơ cán bộ trả kết quả", Of(acts, DossierAction.Return)));
        }
        if (wanted.Contains(EvaluationBasis.HandlingResults))
        {
            var codes = acts.Select(a => a.Code).Distinct().ToList();
            var handled = await db.Dossiers.AsNoTracking()
                .Where(d => codes.Contains(d.Code) && d.AgencyId == officer.AgencyId && d.Timeliness != null)
                .Select(d => new { d.Code, d.Timeliness })
                .ToListAsync(cancellationToken);
            foreach (var (timeliness, measure, label) in new[]
                     {
                         (Timeliness.Early, "early", "Hồ sơ của cơ quan cán bộ tham gia giải quyết, xong trước hạn"),
                         (Timeliness.OnTime, "on-time", "Hồ sơ của cơ quan cán bộ tham gia giải quyết, xong đúng hạn"),
                         (Timeliness.Late, "late", "Hồ sơ của cơ quan cán bộ tham gia giải quyết, xong quá hạn"),
                     })
                figures.Add(Dossiers(EvaluationBasis.HandlingResults, measure, label, handled.Where(d => d.Timeliness == timeliness).Select(d => d.Code.ToString())));
        }
        if (wanted.Contains(EvaluationBasis.AssignedTasks))
        {
            figures.Add(Dossiers(EvaluationBasis.AssignedTasks, "handled", "Hồ sơ cán bộ đã xử lý (tiếp nhận, chuyển, giải quyết, trả kết quả)", acts.Select(a => a.Code.ToString())));
            figures.Add(Dossiers(EvaluationBasis.AssignedTasks, "returned", "Hồ sơ cán bộ trả kết quả", Of(acts, DossierAction.Return)));
        }
        if (wanted.Contains(EvaluationBasis.ComplaintsAndRatings))
            figures.AddRange(await RatingsAsync(db, officer, start, end, cancellationToken));
        if (wanted.Contains(EvaluationBasis.RuleCompliance))
            figures.AddRange(await AbsencesAsync(db, officer, start, end, cancellationToken));
        return figures;
    }

    sealed record Act(DossierCode Code, DossierAction Action);

    static async Task<List<Act>> ActsAsync(MotCuaDbContext db, string officerId, DossierAction[] actions, DateTimeOffset start, DateTimeOffset end,
        CancellationToken cancellationToken) =>
        (await db.Set<HistoryEntry>().AsNoTracking()
            .Where(h => actions.Contains(h.Action) && h.At >= start && h.At < end && h.By.Id == officerId)
            .Select(h => new { Code = EF.Property<DossierCode>(h, "DossierCode"), h.Action })
            .ToListAsync(cancellationToken))
        .Select(h => new Act(h.Code, h.Action))
        .ToList();

    static IEnumerable<string> Of(IEnumerable<Act> acts, DossierAction action) => acts.Where(a => a.Action == action).Select(a => a.Code.ToString());

    static AppraisalFigure Dossiers(EvaluationBasis basis, string measure, string label, IEnumerable<string> codes)
    {
        var refs = codes.Distinct().Order(StringComparer.Ordinal).ToList();
        return new AppraisalFigure(basis, measure, label, refs.Count, FigureSource.Dossier, refs);
    }

    static async Task<IEnumerable<AppraisalFigure>> RatingsAsync(MotCuaDbContext db, Secondment officer, DateTimeOffset start, DateTimeOffset end,
        CancellationToken cancellationToken)
    {
        var id = officer.OfficerId;
        // Two reads, one per index: the officer received the dossier, or returned its result.
        var received = await db.Ratings.AsNoTracking().Where(r => r.ReceptionOfficerId == id && r.RatedAt >= start && r.RatedAt < end)
            .Select(r => new { r.DossierCode, r.Level }).ToListAsync(cancellationToken);
        var returned = await db.Ratings.AsNoTracking().Where(r => r.ReturnOfficerId == id && r.RatedAt >= start && r.RatedAt < end)
            .Select(r => new { r.DossierCode, r.Level }).ToListAsync(cancellationToken);
        var ratings = received.Concat(returned).DistinctBy(r => r.DossierCode).ToList();
        var figures = new List<AppraisalFigure>();
        foreach (var level in Enum.GetValues<SatisfactionLevel>())
        {
            var refs = ratings.Where(r => r.Level == level).Select(r => r.DossierCode.ToString()).Order(StringComparer.Ordinal).ToList();
            figures.Add(new AppraisalFigure(EvaluationBasis.ComplaintsAndRatings, $"rating-{level.ToString().ToLowerInvariant()}",
                $"Đánh giá \"{level.Vietnamese()}\" của người nộp hồ sơ cán bộ phục vụ", refs.Count, FigureSource.Rating, refs));
        }
        // Feedback about an officer's conduct names a dossier, not an officer: it counts when the officer received or returned that dossier.
        var items = await db.FeedbackItems.AsNoTracking()
            .Where(f => f.CenterId == officer.CenterId && f.ReceivedAt >= start && f.ReceivedAt < end && f.Topic == FeedbackTopic.OfficerConduct && f.DossierCode != null)
            .Select(f => new { f.Code, f.DossierCode })
            .ToListAsync(cancellationToken);
        var dossiers = items.Select(f => f.DossierCode!).Distinct().ToList();
        var served = dossiers.Count == 0 ? [] : (await db.Set<HistoryEntry>().AsNoTracking()
                .Where(h => dossiers.Contains(EF.Property<DossierCode>(h, "DossierCode")) && (h.Action == DossierAction.Receive || h.Action == DossierAction.Return) && h.By.Id == id)
                .Select(h => EF.Property<DossierCode>(h, "DossierCode"))
                .ToListAsync(cancellationToken))
            .ToHashSet();
        var about = items.Where(f => served.Contains(f.DossierCode!)).Select(f => f.Code).Order(StringComparer.Ordinal).ToList();
        figures.Add(new AppraisalFigure(EvaluationBasis.ComplaintsAndRatings, "feedback", "Phản ánh, kiến nghị về thái độ, tác phong của cán bộ (qua hồ sơ cán bộ phục vụ)",
            about.Count, FigureSource.Feedback, about));
        return figures;
    }

    static async Task<IEnumerable<AppraisalFigure>> AbsencesAsync(MotCuaDbContext db, Secondment officer, DateTimeOffset start, DateTimeOffset end,
        CancellationToken cancellationToken)
    {
        var absences = await db.Absences.AsNoTracking()
            .Where(a => a.SecondmentId == officer.Id && a.From < end && a.To > start
                && (a.State == AbsenceState.Noted || a.State == AbsenceState.Approved))
            .OrderBy(a => a.From)
            .ToListAsync(cancellationToken);
        AppraisalFigure Figure(string measure, string label, Func<Absence, bool> which)
        {
            var refs = absences.Where(which).Select(a => a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
            return new AppraisalFigure(EvaluationBasis.RuleCompliance, measure, label, refs.Count, FigureSource.Absence, refs);
        }
        return
        [
            Figure("absences", "Lần vắng mặt tại quầy", _ => true),
            Figure("without-notice", "Vắng mặt không báo trước theo quy định (R61)", a => a.WithoutNotice),
            Figure("without-substitute", "Vắng mặt không có người thay thế (R30)", a => a.WithoutSubstitute),
            Figure("without-approval", "Đi làm nhiệm vụ khác khi chưa được Trung tâm đồng ý (R30)", a => a.WithoutApproval),
        ];
    }
}
