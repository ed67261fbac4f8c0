using MotCua.Domain;
using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Platform;

namespace MotCua.Features.Exceptions;

/// <summary>
/// The exception paths the dossier page links to, each only when the officer's role may act in the
/// dossier's state, with the same conditions the aggregate checks.
/// </summary>
public static class ExceptionLinks
{
    public static IReadOnlyList<(string Text, string Url)> For(Dossier d, CurrentOfficer officer, DateTimeOffset now, Locality locality)
    {
        var links = new List<(string, string)>();
        var page = $"/ho-so/{Uri.EscapeDataString(d.Code)}";
        var ofAgency = officer.UnitId == d.AgencyId && officer.Role is Role.Processor or Role.AgencyLeader;
        var ofCenter = officer.UnitId == d.CenterId && officer.Role is Role.Reception or Role.CenterStaff;
        var held = d.State == DossierState.InProcessing && d.CurrentStep is { } step && step.Role == officer.Role && ofAgency ? step : null;

        if (held?.Actions.Contains(WorkflowAction.RequestSupplement) == true && d.SupplementDeadline(locality) is { } deadline && now <= deadline)
            links.Add(("Yêu cầu bổ sung hồ sơ", $"{page}/bo-sung"));
        if (ofCenter && d.State is DossierState.SupplementRequested or DossierState.WaitingForApplicant)
            links.Add(("Thông báo, nhận hồ sơ bổ sung", $"{page}/bo-sung"));
        if (held?.Actions.Contains(WorkflowAction.Consult) == true)
            links.Add(("Lấy ý kiến cơ quan phối hợp", $"{page}/lay-y-kien"));
        else if (d.Consultations.Count > 0 && (ofAgency || officer.IsCenterRole))
            links.Add(("Xem các lần xin ý kiến", $"{page}/lay-y-kien"));
        if (d.State is DossierState.InProcessing or DossierState.Consulting && ofAgency && d.Due is { } due && now <= TimelinessRules.ApologyDeadline(due, locality.Calendar)
            && ((officer.Role == Role.Processor && d.Clock?.Extension is null) || (officer.Role == Role.AgencyLeader && d.ApologyDraft is not null)))
            links.Add(("Xin lỗi, hẹn lại ngày trả kết quả", $"{page}/xin-loi"));
        if (ofAgency && d.LacksOverdueExplanation(now))
            links.Add(("Giải trình hồ sơ quá hạn", $"{page}/giai-trinh"));
        if (ofCenter && d.State.IsBeforeDecision())
            links.Add(("Dừng giải quyết theo yêu cầu người nộp", $"{page}/dung-giai-quyet"));
        if (officer.Role == Role.Reception && officer.UnitId == d.CenterId && d.CanCollectEarly(now, locality)
            && d.History.All(h => h.Action != DossierAction.InviteEarlyCollection))
            links.Add(("Mời nhận kết quả sớm", $"{page}/nhan-som"));
        if (ofAgency || ofCenter)
            links.Add(("Ghi nhận sự cố", $"{page}/su-co"));
        return links;
    }

    /// <summary>The officer who just transferred or forwarded the dossier may take it back while the receiver has not acted (thu hồi).</summary>
    public static bool CanRecall(Dossier d, CurrentOfficer officer) =>
        d.State == DossierState.InProcessing && d.History.Count > 0 && d.History.MaxBy(h => h.Sequence) is { } last
        && last.Action is DossierAction.Transfer or DossierAction.Forward && last.By.Id == officer.Id;
}
