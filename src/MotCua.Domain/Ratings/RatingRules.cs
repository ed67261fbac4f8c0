namespace MotCua.Domain.Ratings;

/// <summary>
/// The rules of the applicant's rating (R33: the rating tool is public; R63: officers' service quality is rated),
/// each with its id, a stable name and the message the applicant reads.
/// </summary>
public static class RatingRules
{
    public static readonly BrokenRule NotReceived =
        new("R33", nameof(NotReceived), "Hồ sơ chưa được tiếp nhận nên chưa thể đánh giá mức độ hài lòng.");

    public static readonly BrokenRule AlreadyRated =
        new("R33", nameof(AlreadyRated), "Hồ sơ này đã được đánh giá; mỗi hồ sơ chỉ có một đánh giá, có thể thay đổi trong thời hạn cho phép.");

    public static BrokenRule ChangeWindowClosed(DateTimeOffset until) =>
        new("R33", nameof(ChangeWindowClosed), $"Đã hết thời hạn thay đổi đánh giá của hồ sơ này (đến hết {VietnameseFormat.DateTime(until)}).");

    public static readonly BrokenRule NotTheSameDossier =
        new("R63", nameof(NotTheSameDossier), "Đánh giá này thuộc hồ sơ khác.");
}
