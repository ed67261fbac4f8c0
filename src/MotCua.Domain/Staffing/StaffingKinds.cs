namespace MotCua.Domain.Staffing;

/// <summary>What the Center evaluates a seconded officer on (R31; the profile names three or four).</summary>
public enum EvaluationBasis
{
    /// <summary>Kết quả hướng dẫn, tiếp nhận hồ sơ và trả kết quả (Thái Nguyên, Bắc Ninh).</summary>
    ReceptionResults,
    /// <summary>Kết quả giải quyết thủ tục hành chính (Bắc Kạn, Vĩnh Long).</summary>
    HandlingResults,
    /// <summary>Thực hiện nhiệm vụ được giao (Cẩm Phả).</summary>
    AssignedTasks,
    /// <summary>Phản ánh, kiến nghị, khiếu nại và kết quả đánh giá mức độ hài lòng.</summary>
    ComplaintsAndRatings,
    /// <summary>Bản tự đánh giá của cán bộ.</summary>
    SelfAssessment,
    /// <summary>Thực hiện nội quy, quy chế của Trung tâm (Bắc Ninh, Cẩm Phả).</summary>
    RuleCompliance,
}

/// <summary>Why a seconded officer is away from the counter (R30, R61).</summary>
public enum AbsenceKind
{
    /// <summary>Nghỉ phép.</summary>
    Leave,
    /// <summary>Nghỉ chế độ (thai sản, hiếu, hỷ...).</summary>
    RegimeLeave,
    /// <summary>Đi đào tạo, bồi dưỡng.</summary>
    Training,
    /// <summary>Nghỉ ốm.</summary>
    Sick,
    /// <summary>Vắng đột xuất.</summary>
    Unexpected,
    /// <summary>Cơ quan cử đi làm nhiệm vụ khác trong giờ làm việc: needs the Center's approval (R30).</summary>
    Recall,
}

/// <summary>A seconded officer's place in the agency's list (R30).</summary>
public enum SecondmentRole
{
    /// <summary>Nhân sự chính thức.</summary>
    Primary,
    /// <summary>Nhân sự dự phòng.</summary>
    Backup,
}

/// <summary>The officer's post in the agency, against the profile's minimum rank (Bắc Ninh Art. 13.1).</summary>
public enum OfficerPosition
{
    /// <summary>Công chức, viên chức.</summary>
    Staff,
    /// <summary>Được quy hoạch Phó Trưởng phòng.</summary>
    PlannedDeputyHead,
    /// <summary>Phó Trưởng phòng (Phó Giám đốc...).</summary>
    DeputyHead,
    /// <summary>Trưởng phòng.</summary>
    Head,
}

public static class StaffingNames
{
    public static string Vietnamese(this EvaluationBasis basis) => basis switch
    {
        EvaluationBasis.ReceptionResults => "Kết quả hướng dẫn, tiếp nhận hồ sơ và trả kết quả",
        EvaluationBasis.HandlingResults => "Kết quả giải quyết thủ tục hành chính",
        EvaluationBasis.AssignedTasks => "Thực hiện nhiệm vụ được giao",
        EvaluationBasis.ComplaintsAndRatings => "Phản ánh, kiến nghị và mức độ hài lòng",
        EvaluationBasis.SelfAssessment => "Bản tự đánh giá",
        EvaluationBasis.RuleCompliance => "Thực hiện nội quy, quy chế của Trung tâm",
        _ => throw new ArgumentOutOfRangeException(nameof(basis)),
    };

    public static string Vietnamese(this AbsenceKind kind) => kind switch
    {
        AbsenceKind.Leave => "Nghỉ phép",
        AbsenceKind.RegimeLeave => "Nghỉ chế độ",
        AbsenceKind.Training => "Đi đào tạo, bồi dưỡng",
        AbsenceKind.Sick => "Nghỉ ốm",
        AbsenceKind.Unexpected => "Vắng đột xuất",
        AbsenceKind.Recall => "Cử đi làm nhiệm vụ khác trong giờ làm việc",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Vietnamese(this SecondmentRole role) => role switch
    {
        SecondmentRole.Primary => "Chính thức",
        SecondmentRole.Backup => "Dự phòng",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    public static string Vietnamese(this OfficerPosition position) => position switch
    {
        OfficerPosition.Staff => "Công chức, viên chức",
        OfficerPosition.PlannedDeputyHead => "Được quy hoạch Phó Trưởng phòng",
        OfficerPosition.DeputyHead => "Phó Trưởng phòng",
        OfficerPosition.Head => "Trưởng phòng",
        _ => throw new ArgumentOutOfRangeException(nameof(position)),
    };

    /// <summary>Leave and training are known ahead: their notice comes before they start. Sickness and the unexpected are told the same day.</summary>
    public static bool IsPlanned(this AbsenceKind kind) => kind is AbsenceKind.Leave or AbsenceKind.RegimeLeave or AbsenceKind.Training or AbsenceKind.Recall;
}
