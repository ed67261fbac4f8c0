using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Data.Fees;
using MotCua.Domain;
using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Feedback;
using MotCua.Domain.Ratings;
using MotCua.Domain.Reporting;
using MotCua.Domain.Time;
using MotCua.Features.Feedback;
using MotCua.Features.Shared;
using MotCua.Platform;

namespace MotCua.Features.Reports;

/// <summary>
/// The national service index (QĐ 766, LAW §9) per agency for a period, live (R37): each index a
/// ratio of counts the system holds. The points of each index within its group are not all published
/// (LAW §9.2): the confirmed ones are used, the rest of a group split evenly (ADR 16).
/// </summary>
public static class Scorecards
{
    public static async Task<IReadOnlyList<Scorecard>> BuildAsync(MotCuaDbContext db, CurrentOfficer officer, FeedbackDesk desk, ReportPeriod period,
        WorkingCalendar calendar, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var start = calendar.AtLocal(period.From, TimeOnly.MinValue);
        var end = calendar.AtLocal(period.To.AddDays(1), TimeOnly.MinValue);
        var sums = await Tallies.SumAsync(db, officer, period.From, period.To, calendar, null, cancellationToken);
        var procedures = (await db.Procedures.AsNoTracking().Include(p => p.Versions).ToListAsync(cancellationToken))
            .Select(p => (p.Code, p.CompetentAgencyId, Version: p.VersionInForceOn(period.To)))
            .Where(p => p.Version is not null)
            .ToList();
        var visible = db.Dossiers.VisibleTo(officer);
        var decided = visible.Where(d => d.FinishedAt >= start && d.FinishedAt < end && d.Timeliness != null);
        var withResultFile = await CountByAgencyAsync(decided.Where(d => d.History.Any(h => h.Action == DossierAction.AttachResultFile)), cancellationToken);
        var digitized = await CountByAgencyAsync(decided.Where(d => d.History.Any(h => h.Action == DossierAction.AttachResultFile)
            && d.History.Any(h => h.Action == DossierAction.Digitize || h.Action == DossierAction.AttachOnline)), cancellationToken);
        var paidOnline = await CountByAgencyAsync(visible.Where(d => db.PaymentIntents.Any(p => p.DossierCode == d.Code
            && p.Status == PaymentIntentStatus.Paid && p.SettledAt >= start && p.SettledAt < end)), cancellationToken);
        var complained = await CountByAgencyAsync(visible.Where(d => d.SubmittedAt >= start && d.SubmittedAt < end && d.Clock != null && !DossierStates.NeverReceived.Contains(d.State))
            .Complained(db), cancellationToken);
        var feedback = await FiguresModel.FeedbackTotalsAsync(desk.InScope(officer.Actor).Where(f => f.ReceivedAt >= start && f.ReceivedAt < end), now, cancellationToken);
        var names = await db.Units.ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);

        var agencies = sums.Keys.Select(k => k.Agency).Union(procedures.Select(p => p.CompetentAgencyId))
            .Where(a => officer.Role is not (Role.Processor or Role.AgencyLeader) || a == officer.UnitId)
            .Distinct();
        return agencies.Select(agency =>
            {
                var own = procedures.Where(p => p.CompetentAgencyId == agency).ToList();
                var mine = sums.Where(s => s.Key.Agency == agency).ToList();
                var total = mine.Aggregate(PeriodSums.Zero, (a, s) => a + s.Value);
                var line = Form06aLine.From(total);
                var online = own.Where(p => p.Version!.AcceptsChannel(Channel.Online)).Select(p => p.Code).ToHashSet();
                var feeProcedures = own.Where(p => p.Version!.Fees.Any(f => f.AmountVnd > 0)).Select(p => p.Code).ToHashSet();
                var received = total.ReceivedOnline + total.ReceivedOther;
                var decidedCount = total.Early + total.OnTime + total.Late;
                var satisfaction = new DossierSatisfaction(received, total.Late + line.C13, complained.GetValueOrDefault(agency));
                var items = feedback.GetValueOrDefault(agency, FiguresModel.Totals.Empty);
                IndexFigure NoData(string id, string name, decimal points) => new(id, name, points, null, null);
                return new Scorecard(agency, names.GetValueOrDefault(agency, agency),
                [
                    new IndexGroup("1", "Công khai, minh bạch", 18,
                    [
                        NoData("1.1", "Thủ tục hành chính công bố đúng hạn", 5),
                        NoData("1.2", "Thủ tục hành chính cập nhật, công khai đúng hạn trên Cơ sở dữ liệu quốc gia", 4),
                        new("1.3", "Thủ tục hành chính công khai đầy đủ các bộ phận tạo thành", 5, own.Count(p => p.Version!.Problems().Count == 0), own.Count),
                        NoData("1.4", "Hồ sơ đồng bộ lên Cổng Dịch vụ công quốc gia", 4),
                    ]),
                    new IndexGroup("2", "Tiến độ, kết quả giải quyết", 20,
                    [
                        new("2.1", "Hồ sơ xử lý trước hạn, đúng hạn (bổ sung quá 1 lần tính là trễ hạn)", 20,
                            total.Early + total.OnTime + total.Ended + total.Late - total.IndexLate + line.C12, line.C3),
                    ]),
                    new IndexGroup("3", "Cung cấp dịch vụ công trực tuyến", 12,
                    [
                        new("3.1", "Thủ tục hành chính cung cấp dịch vụ công trực tuyến", 4, online.Count, own.Count, FullFrom: 80),
                        new("3.2", "Dịch vụ công trực tuyến có phát sinh hồ sơ", 4, mine.Count(s => online.Contains(s.Key.Procedure) && s.Value.ReceivedOnline > 0), online.Count),
                        new("3.3", "Hồ sơ nộp trực tuyến", 4, total.ReceivedOnline, received, FullFrom: 50),
                    ]),
                    new IndexGroup("4", "Thanh toán trực tuyến", 10,
                    [
                        new("3.5", "Thủ tục có nghĩa vụ tài chính được thanh toán trực tuyến", 5, feeProcedures.Count(online.Contains), feeProcedures.Count, FullFrom: 80),
                        new("3.6", "Hồ sơ thanh toán trực tuyến", 5, paidOnline.GetValueOrDefault(agency),
                            mine.Where(s => feeProcedures.Contains(s.Key.Procedure)).Sum(s => s.Value.ReceivedOnline + s.Value.ReceivedOther)),
                    ]),
                    new IndexGroup("5", "Mức độ hài lòng", 18,
                    [
                        new("5.2", "Phản ánh, kiến nghị xử lý đúng hạn", 6, items.HandledOnTime, items.Handled),
                        new("5.3", "Hài lòng về xử lý phản ánh, kiến nghị", 6, Math.Max(0, items.Items - items.Disliked - items.Overdue - items.ReComplained), items.Items),
                        new("5.4", "Hài lòng trong tiếp nhận, giải quyết thủ tục hành chính", DossierSatisfaction.MaxPoints,
                            satisfaction.Received == 0 ? 0 : Math.Max(0, received - satisfaction.PastDue - satisfaction.Complained), received, FullFrom: DossierSatisfaction.FullPointsFrom),
                    ]),
                    new IndexGroup("6", "Số hóa hồ sơ", 22,
                    [
                        new("4.1", "Hồ sơ có cấp kết quả điện tử", 5.5m, withResultFile.GetValueOrDefault(agency), decidedCount),
                        new("4.2", "Hồ sơ thực hiện số hóa (thành phần và kết quả)", 5.5m, digitized.GetValueOrDefault(agency), decidedCount, FullFrom: 80),
                        NoData("4.3", "Hồ sơ khai thác, sử dụng lại dữ liệu số hóa", 5.5m),
                        NoData("4.4", "Hồ sơ số hóa kết nối kho dữ liệu của Cổng Dịch vụ công quốc gia", 5.5m),
                    ]),
                ]);
            })
            .OrderByDescending(s => s.Score ?? -1).ThenBy(s => s.UnitName, StringComparer.Create(VietnameseFormat.Culture, false))
            .ToList();
    }

    static async Task<Dictionary<string, int>> CountByAgencyAsync(IQueryable<Dossier> dossiers, CancellationToken cancellationToken) =>
        await dossiers.GroupBy(d => d.AgencyId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
}
