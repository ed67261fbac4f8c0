namespace MotCua.Domain.Ratings;

/// <summary>The citizen's three-level scale (LAW §11.2); reports show each level's share of the forms.</summary>
public enum SatisfactionLevel
{
    VerySatisfied = 1,
    Satisfied = 2,
    Dissatisfied = 3,
}

/// <summary>The twelve criteria of the provincial portals' evaluation screen (LAW §11.3), in its order.</summary>
public enum RatingCriterion
{
    OverallService = 1,
    EaseOfUse = 2,
    OnTimeHandling = 3,
    StaffAttitude = 4,
    TimeAgainstAllowed = 5,
    TimeAgainstRegulation = 6,
    ContactsToComplete = 7,
    AgenciesContacted = 8,
    OneStopDesk = 9,
    Publicity = 10,
    FeedbackHandling = 11,
    OnlineServices = 12,
}

/// <summary>Where the applicant rated (LAW §11.4): the portal, the counter's tablet, or the QR on the receipt.</summary>
public enum RatingChannel
{
    Portal,
    CounterTablet,
    ReceiptQr,
}

/// <summary>One criterion's level, as the applicant chose it.</summary>
public sealed record CriterionLevel(RatingCriterion Criterion, SatisfactionLevel Level);

public static class Satisfaction
{
    public static readonly IReadOnlyList<SatisfactionLevel> Levels = [SatisfactionLevel.VerySatisfied, SatisfactionLevel.Satisfied, SatisfactionLevel.Dissatisfied];

    public static readonly IReadOnlyList<RatingCriterion> Criteria = Enum.GetValues<RatingCriterion>();

    public static string Vietnamese(this SatisfactionLevel level) => level switch
    {
        SatisfactionLevel.VerySatisfied => "Rất hài lòng",
        SatisfactionLevel.Satisfied => "Hài lòng",
        SatisfactionLevel.Dissatisfied => "Không hài lòng",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    /// <summary>Counted as satisfied in the "% hài lòng" (LAW §11.2): the two upper levels.</summary>
    public static bool IsSatisfied(this SatisfactionLevel level) => level is SatisfactionLevel.VerySatisfied or SatisfactionLevel.Satisfied;

    public static string Vietnamese(this RatingCriterion criterion) => criterion switch
    {
        RatingCriterion.OverallService => "Đánh giá chung về chất lượng phục vụ",
        RatingCriterion.EaseOfUse => "Mức độ dễ dàng khi thực hiện thủ tục",
        RatingCriterion.OnTimeHandling => "Giải quyết hồ sơ đúng hẹn",
        RatingCriterion.StaffAttitude => "Thái độ của cán bộ, công chức, viên chức",
        RatingCriterion.TimeAgainstAllowed => "Thời gian giải quyết so với thời gian cho phép",
        RatingCriterion.TimeAgainstRegulation => "Thời gian giải quyết so với quy định",
        RatingCriterion.ContactsToComplete => "Số lần phải liên hệ để hoàn thiện hồ sơ",
        RatingCriterion.AgenciesContacted => "Số cơ quan, đơn vị phải liên hệ",
        RatingCriterion.OneStopDesk => "Tiếp nhận, giải quyết, trả kết quả tại Bộ phận Một cửa",
        RatingCriterion.Publicity => "Công khai thủ tục hành chính",
        RatingCriterion.FeedbackHandling => "Tiếp nhận, xử lý phản ánh, kiến nghị",
        RatingCriterion.OnlineServices => "Tiến độ và chất lượng dịch vụ công trực tuyến",
        _ => throw new ArgumentOutOfRangeException(nameof(criterion), criterion, null),
    };

    /// <summary>
    /// A level as a form or a client sends it: its name (<c>VerySatisfied</c>) or its number (1–3). Anything else
    /// is no level, so an unknown value is refused at the edge rather than stored.
    /// </summary>
    public static SatisfactionLevel? Parse(string? text)
    {
        var t = text?.Trim();
        if (string.IsNullOrEmpty(t))
            return null;
        if (t.Length == 1 && t[0] is >= '1' and <= '3')
            return (SatisfactionLevel)(t[0] - '0');
        return Enum.TryParse<SatisfactionLevel>(t, ignoreCase: false, out var level) && char.IsLetter(t[0]) && Enum.IsDefined(level) ? level : null;
    }
}

/// <summary>Counts per level over some ratings, and the satisfied share (LAW §11.2: each level's % over the number of forms).</summary>
public sealed record SatisfactionTally(int VerySatisfied, int Satisfied, int Dissatisfied)
{
    public static readonly SatisfactionTally Empty = new(0, 0, 0);

    public int Total => VerySatisfied + Satisfied + Dissatisfied;

    /// <summary>(Rất hài lòng + Hài lòng) / total, in percent with one decimal; null when nothing was rated.</summary>
    public decimal? SatisfiedPercent => Total == 0 ? null : Math.Round(100m * (VerySatisfied + Satisfied) / Total, 1, MidpointRounding.AwayFromZero);

    public int Count(SatisfactionLevel level) => level switch
    {
        SatisfactionLevel.VerySatisfied => VerySatisfied,
        SatisfactionLevel.Satisfied => Satisfied,
        _ => Dissatisfied,
    };

    public SatisfactionTally Add(SatisfactionLevel level, int count = 1) => level switch
    {
        SatisfactionLevel.VerySatisfied => this with { VerySatisfied = VerySatisfied + count },
        SatisfactionLevel.Satisfied => this with { Satisfied = Satisfied + count },
        _ => this with { Dissatisfied = Dissatisfied + count },
    };

    public static SatisfactionTally Of(IEnumerable<SatisfactionLevel> levels) => levels.Aggregate(Empty, (tally, level) => tally.Add(level));
}
