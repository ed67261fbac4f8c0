namespace MotCua.Domain.Feedback;

/// <summary>Where a piece of feedback came in (R33, R34, R63).</summary>
public enum FeedbackChannel
{
    Portal,
    Hotline,
    Email,
    SuggestionSlip,
    Switchboard,
    /// <summary>An officer at the Center about its management (R34, Cẩm Phả Art. 4.3).</summary>
    Officer,
    /// <summary>Opened by a "Không hài lòng" rating of a dossier.</summary>
    Rating,
}

/// <summary>What the feedback is about, which decides who answers it (R34).</summary>
public enum FeedbackTopic
{
    /// <summary>The Center's coordination: the Center answers.</summary>
    CenterCoordination,
    /// <summary>An agency's handling of a dossier: forwarded to that agency, which answers with a copy to the Center.</summary>
    AgencyHandling,
    /// <summary>An administrative regulation: the Center answers and aggregates it into proposals.</summary>
    Regulation,
    /// <summary>An officer's conduct (attitude, manner, language, office culture, uniform — R63): the Center's director answers.</summary>
    OfficerConduct,
    /// <summary>An officer's own feedback on the Center's management: the Center's director answers.</summary>
    CenterManagement,
}

/// <summary>What an officer does to an item (<see cref="FeedbackItem.WhyNot"/> says whether they may now).</summary>
public enum FeedbackCommand
{
    Classify,
    Forward,
    RequestInformation,
    Refuse,
    Answer,
    Publish,
}

public enum FeedbackState
{
    Received,
    Forwarded,
    AwaitingSender,
    Refused,
    Answered,
    Published,
}

/// <summary>The sender's verdict on the answer (LAW §9.4, 5.3).</summary>
public enum AnswerVerdict
{
    Like,
    Dislike,
}

public static class FeedbackNames
{
    public static string Vietnamese(this FeedbackChannel channel) => channel switch
    {
        FeedbackChannel.Portal => "Cổng dịch vụ công",
        FeedbackChannel.Hotline => "Đường dây nóng",
        FeedbackChannel.Email => "Thư điện tử",
        FeedbackChannel.SuggestionSlip => "Phiếu góp ý tại quầy",
        FeedbackChannel.Switchboard => "Tổng đài",
        FeedbackChannel.Officer => "Cán bộ, công chức của Trung tâm",
        FeedbackChannel.Rating => "Đánh giá không hài lòng",
        _ => channel.ToString(),
    };

    public static string Vietnamese(this FeedbackTopic topic) => topic switch
    {
        FeedbackTopic.CenterCoordination => "Việc phối hợp, tổ chức của Trung tâm",
        FeedbackTopic.AgencyHandling => "Việc giải quyết hồ sơ của cơ quan",
        FeedbackTopic.Regulation => "Quy định hành chính",
        FeedbackTopic.OfficerConduct => "Thái độ, hành vi của cán bộ",
        FeedbackTopic.CenterManagement => "Công tác quản lý của Trung tâm",
        _ => topic.ToString(),
    };

    public static string Vietnamese(this FeedbackState state) => state switch
    {
        FeedbackState.Received => "Đã tiếp nhận",
        FeedbackState.Forwarded => "Đã chuyển cơ quan giải quyết",
        FeedbackState.AwaitingSender => "Chờ người gửi bổ sung thông tin",
        FeedbackState.Refused => "Từ chối tiếp nhận",
        FeedbackState.Answered => "Đã trả lời",
        FeedbackState.Published => "Đã công khai",
        _ => state.ToString(),
    };

    /// <summary>Whether the item still waits for an answer (the handling deadline runs).</summary>
    public static bool IsOpen(this FeedbackState state) => state is FeedbackState.Received or FeedbackState.Forwarded or FeedbackState.AwaitingSender;
}
