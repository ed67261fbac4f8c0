using MotCua.Domain.Dossiers;
using MotCua.Features.Shared;

namespace MotCua.Features.Processing;

/// <summary>The exception paths the dossier page links to, each when the aggregate allows the officer one of its commands now.</summary>
public static class ExceptionLinks
{
    static readonly (string Text, string Path, DossierCommand[] Commands)[] Paths =
    [
        ("Yêu cầu bổ sung hồ sơ", "bo-sung", [DossierCommand.RequestSupplement]),
        ("Thông báo, nhận hồ sơ bổ sung", "bo-sung", [DossierCommand.NotifySupplement, DossierCommand.Resubmit]),
        ("Lấy ý kiến cơ quan phối hợp", "lay-y-kien", [DossierCommand.Consult, DossierCommand.ResolveLateConsultation]),
        ("Xin lỗi, hẹn lại ngày trả kết quả", "xin-loi", [DossierCommand.ProposeApology, DossierCommand.ApproveApology]),
        ("Giải trình hồ sơ quá hạn", "giai-trinh", [DossierCommand.ExplainOverdue]),
        ("Trả lời văn bản đôn đốc của Trung tâm", "don-doc", [DossierCommand.AnswerUrge]),
        ("Đôn đốc cơ quan giải quyết", "don-doc", [DossierCommand.Urge]),
        ("Dừng giải quyết theo yêu cầu người nộp", "dung-giai-quyet", [DossierCommand.Stop]),
        ("Mời nhận kết quả sớm", "nhan-som", [DossierCommand.InviteEarlyCollection]),
        ("Ghi nhận sự cố", "su-co", [DossierCommand.RecordIncident]),
    ];

    public static IReadOnlyList<(string Text, string Url)> For(DossierActionPage page)
    {
        var dossier = $"/ho-so/{page.Dossier.Code}";
        var links = Paths.Where(p => p.Commands.Any(page.May)).Select(p => (p.Text, $"{dossier}/{p.Path}")).ToList();
        // The consultations stay readable to the lead agency and the Center once asked, to follow the answers.
        if (links.All(l => !l.Item2.EndsWith("/lay-y-kien", StringComparison.Ordinal)) && page.Dossier.Consultations.Count > 0
            && (page.Officer.UnitId == page.Dossier.AgencyId || page.Officer.IsCenterRole))
            links.Add(("Xem các lần xin ý kiến", $"{dossier}/lay-y-kien"));
        // The urges stay readable once sent, to follow the answers (R35).
        if (links.All(l => !l.Item2.EndsWith("/don-doc", StringComparison.Ordinal)) && page.Dossier.History.Any(h => h.Action == DossierAction.Urge))
            links.Add(("Xem văn bản đôn đốc và giải trình", $"{dossier}/don-doc"));
        // The fee page: to collect what is due, or to read, cancel or refund the receipts issued (R29).
        if (page.May(DossierCommand.CollectFees) || page.Dossier.Payments.Count > 0)
            links.Insert(0, (page.May(DossierCommand.CollectFees) ? "Thu phí, lệ phí" : "Phí, lệ phí và biên lai", $"/thu-phi/{Uri.EscapeDataString(page.Dossier.Code.ToString())}"));
        // "5 tại chỗ" (R10): back to the counter's sequence while a step of it is open to the officer.
        var d = page.Dossier;
        if (Dossier.OnTheSpotRefusal(d.Version, page.Locality) is null && d.State != DossierState.Returned
            && (page.May(DossierCommand.ResolveOnTheSpot) || d.State == DossierState.Received && page.May(DossierCommand.CollectFees)
                || d.History.Any(h => h.Action == DossierAction.ResolveOnTheSpot) && (page.May(DossierCommand.CollectFees) || page.May(DossierCommand.ReturnResult))))
            links.Insert(0, ("Giải quyết tại chỗ (5 tại chỗ)", $"/tiep-nhan/tai-cho/{d.Code}"));
        return links;
    }
}
