namespace MotCua.Domain.Staffing;

/// <summary>Why the Center proposes that an agency replace its officer (R32).</summary>
public enum ReplacementGround
{
    /// <summary>Vi phạm nội quy, quy chế.</summary>
    RuleBreach,
    /// <summary>Mức độ hài lòng của tổ chức, cá nhân thấp.</summary>
    LowSatisfaction,
    /// <summary>Không hoàn thành nhiệm vụ được giao.</summary>
    TasksNotCompleted,
    /// <summary>Lý do khác.</summary>
    Other,
}

public enum ReplacementState
{
    /// <summary>Being written by the Center.</summary>
    Draft,
    /// <summary>Sent to the agency, kept unchanged (R52), waiting for its answer.</summary>
    Sent,
    /// <summary>The agency named another officer: proposed for the Center's approval, the old one leaves.</summary>
    Accepted,
    /// <summary>The agency explained why it keeps the officer.</summary>
    Declined,
}

/// <summary>What an officer does to a replacement proposal (<see cref="ReplacementProposal.WhyNot"/> says whether they may now).</summary>
public enum ReplacementCommand
{
    Edit,
    Send,
    Accept,
    Decline,
}

/// <summary>What an agency asks the Center's opinion on before deciding about its officer at the Center (R62).</summary>
public enum OpinionMatter
{
    /// <summary>Khen thưởng.</summary>
    Award,
    /// <summary>Kỷ luật.</summary>
    Discipline,
    /// <summary>Quy hoạch.</summary>
    Planning,
    /// <summary>Bổ nhiệm.</summary>
    Appointment,
}

public static class ReplacementNames
{
    public static string Vietnamese(this ReplacementGround ground) => ground switch
    {
        ReplacementGround.RuleBreach => "Vi phạm nội quy, quy chế làm việc",
        ReplacementGround.LowSatisfaction => "Mức độ hài lòng của tổ chức, cá nhân thấp",
        ReplacementGround.TasksNotCompleted => "Không hoàn thành nhiệm vụ được giao",
        ReplacementGround.Other => "Lý do khác",
        _ => throw new ArgumentOutOfRangeException(nameof(ground)),
    };

    public static string Vietnamese(this ReplacementState state) => state switch
    {
        ReplacementState.Draft => "Dự thảo",
        ReplacementState.Sent => "Đã gửi, chờ cơ quan trả lời",
        ReplacementState.Accepted => "Cơ quan đồng ý thay thế",
        ReplacementState.Declined => "Cơ quan không thay thế",
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    public static string Vietnamese(this OpinionMatter matter) => matter switch
    {
        OpinionMatter.Award => "Khen thưởng",
        OpinionMatter.Discipline => "Kỷ luật",
        OpinionMatter.Planning => "Quy hoạch",
        OpinionMatter.Appointment => "Bổ nhiệm",
        _ => throw new ArgumentOutOfRangeException(nameof(matter)),
    };
}
