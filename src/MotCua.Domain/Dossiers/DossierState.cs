namespace MotCua.Domain.Dossiers;

/// <summary>Where a dossier is in its life (LAW §14.1).</summary>
public enum DossierState
{
    /// <summary>Submitted online, waiting at the Center (chờ tiếp nhận).</summary>
    Submitted,
    /// <summary>Received at the Center with a receipt (R6), not yet transferred.</summary>
    Received,
    /// <summary>At a step of the competent agency's workflow (R14).</summary>
    InProcessing,
    /// <summary>Waiting for other agencies' opinions (R19).</summary>
    Consulting,
    /// <summary>The agency asked for a supplement; the Center is to notify the applicant (R15).</summary>
    SupplementRequested,
    /// <summary>The applicant has been notified and holds the dossier; the clock is paused (R15, R16).</summary>
    WaitingForApplicant,
    /// <summary>The agency has issued the result, a grant or a refusal (R17, R22).</summary>
    ResultReady,
    /// <summary>The result is at the Center's return desk (R23, R25).</summary>
    AtReturnDesk,
    /// <summary>The result was returned: at the counter, by post or online (R24).</summary>
    Returned,
    /// <summary>Not received: incomplete, a completion slip was given (R7).</summary>
    CompletionRequested,
    /// <summary>Not received: refused at the counter (R8).</summary>
    RefusedAtCounter,
    /// <summary>Closed because the applicant did not complete it in time (R16).</summary>
    ClosedUnsupplemented,
    /// <summary>Stopped at the applicant's request before a decision (Mẫu 05).</summary>
    Stopped,
    /// <summary>An online submission withdrawn by the applicant before reception.</summary>
    Withdrawn,
}

public static class DossierStates
{
    public static bool IsFinal(this DossierState state) => state is DossierState.Returned or DossierState.CompletionRequested
        or DossierState.RefusedAtCounter or DossierState.ClosedUnsupplemented or DossierState.Stopped or DossierState.Withdrawn;

    /// <summary>Whether the Center received the dossier (R6): not an online submission still waiting or withdrawn, nor one turned away at the counter.</summary>
    public static bool WasReceived(this DossierState state) => state is not (DossierState.Submitted or DossierState.CompletionRequested
        or DossierState.RefusedAtCounter or DossierState.Withdrawn);

    /// <summary>The states of a dossier the Center never received (<see cref="WasReceived"/>), for a database query.</summary>
    public static readonly DossierState[] NeverReceived = Enum.GetValues<DossierState>().Where(s => !s.WasReceived()).ToArray();

    /// <summary>Whether the agency still holds the dossier, before any decision (the window for a stop, Mẫu 05).</summary>
    public static bool IsBeforeDecision(this DossierState state) => state is DossierState.Submitted or DossierState.Received
        or DossierState.InProcessing or DossierState.Consulting or DossierState.SupplementRequested or DossierState.WaitingForApplicant;

    public static string Vietnamese(this DossierState state) => state switch
    {
        DossierState.Submitted => "Chờ tiếp nhận",
        DossierState.Received => "Đã tiếp nhận",
        DossierState.InProcessing => "Đang giải quyết",
        DossierState.Consulting => "Đang lấy ý kiến",
        DossierState.SupplementRequested => "Yêu cầu bổ sung",
        DossierState.WaitingForApplicant => "Chờ bổ sung hồ sơ",
        DossierState.ResultReady => "Đã có kết quả",
        DossierState.AtReturnDesk => "Chờ trả kết quả",
        DossierState.Returned => "Đã trả kết quả",
        DossierState.CompletionRequested => "Hướng dẫn hoàn thiện hồ sơ",
        DossierState.RefusedAtCounter => "Từ chối tiếp nhận",
        DossierState.ClosedUnsupplemented => "Đóng do không bổ sung",
        DossierState.Stopped => "Dừng giải quyết",
        DossierState.Withdrawn => "Đã rút hồ sơ",
        _ => state.ToString(),
    };
}

/// <summary>What was done to a dossier: one row of the control slip (R13) each.</summary>
public enum DossierAction
{
    SubmitOnline,
    Receive,
    IssueCompletionSlip,
    RefuseAtCounter,
    Withdraw,
    Transfer,
    Forward,
    SendBack,
    Recall,
    Consult,
    AnswerConsultation,
    RequestSupplement,
    NotifySupplement,
    Resubmit,
    CloseUnsupplemented,
    ProposeApology,
    ApproveApology,
    Refuse,
    RecordResult,
    ResolveOnTheSpot,
    HandToReturnDesk,
    Return,
    Stop,
    RecordIncident,
    RecomputeDue,
    ExplainOverdue,
    InviteEarlyCollection,
    ResolveLateConsultation,
    Digitize,
    AttachResultFile,
    AttachOnline,
    CollectFees,
    CancelReceipt,
    RefundFees,
    Urge,
    AnswerUrge,
    CourierHandOver,
}

public static class DossierActions
{
    public static string Vietnamese(this DossierAction action) => action switch
    {
        DossierAction.SubmitOnline => "Nộp hồ sơ trực tuyến",
        DossierAction.Receive => "Tiếp nhận hồ sơ",
        DossierAction.IssueCompletionSlip => "Hướng dẫn bổ sung, hoàn thiện hồ sơ",
        DossierAction.RefuseAtCounter => "Từ chối tiếp nhận hồ sơ",
        DossierAction.Withdraw => "Rút hồ sơ",
        DossierAction.Transfer => "Chuyển hồ sơ đến cơ quan giải quyết",
        DossierAction.Forward => "Chuyển bước tiếp theo",
        DossierAction.SendBack => "Trả lại bước trước",
        DossierAction.Recall => "Thu hồi hồ sơ đã chuyển",
        DossierAction.Consult => "Lấy ý kiến cơ quan phối hợp",
        DossierAction.AnswerConsultation => "Trả lời xin ý kiến",
        DossierAction.RequestSupplement => "Yêu cầu bổ sung hồ sơ",
        DossierAction.NotifySupplement => "Thông báo bổ sung cho người nộp",
        DossierAction.Resubmit => "Nhận hồ sơ bổ sung",
        DossierAction.CloseUnsupplemented => "Đóng hồ sơ do không bổ sung",
        DossierAction.ProposeApology => "Dự thảo thư xin lỗi, hẹn lại ngày trả",
        DossierAction.ApproveApology => "Duyệt thư xin lỗi, gia hạn",
        DossierAction.Refuse => "Từ chối giải quyết",
        DossierAction.RecordResult => "Ghi nhận kết quả",
        DossierAction.ResolveOnTheSpot => "Giải quyết tại chỗ",
        DossierAction.HandToReturnDesk => "Chuyển kết quả về bộ phận trả kết quả",
        DossierAction.Return => "Trả kết quả",
        DossierAction.Stop => "Dừng giải quyết theo yêu cầu",
        DossierAction.RecordIncident => "Ghi nhận sự cố",
        DossierAction.RecomputeDue => "Tính lại hạn do thay đổi lịch",
        DossierAction.Digitize => "Số hóa thành phần hồ sơ",
        DossierAction.AttachResultFile => "Đính kèm kết quả điện tử",
        DossierAction.AttachOnline => "Nộp tệp thành phần hồ sơ trực tuyến",
        DossierAction.ExplainOverdue => "Giải trình hồ sơ quá hạn",
        DossierAction.InviteEarlyCollection => "Mời nhận kết quả sớm",
        DossierAction.ResolveLateConsultation => "Xử lý xin ý kiến quá hạn",
        DossierAction.CollectFees => "Thu phí, lệ phí",
        DossierAction.CancelReceipt => "Hủy biên lai",
        DossierAction.RefundFees => "Hoàn trả phí, lệ phí",
        DossierAction.Urge => "Đôn đốc giải quyết hồ sơ",
        DossierAction.AnswerUrge => "Giải trình lý do chậm",
        DossierAction.CourierHandOver => "Bàn giao hồ sơ giấy qua chuyến",
        _ => action.ToString(),
    };
}
