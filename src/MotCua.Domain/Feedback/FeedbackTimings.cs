using MotCua.Domain.Time;

namespace MotCua.Domain.Feedback;

/// <summary>
/// How long each step of a piece of feedback may take, counted on the working calendar: refuse it, ask the
/// sender for more for the first time, answer it (from its reception), publish the answer (from the answer).
/// The national timings of the service index (LAW §9.4, 5.2) unless the profile sets others.
/// </summary>
public sealed record FeedbackTimings(TimeLimit Refuse, TimeLimit FirstRequest, TimeLimit Handle, TimeLimit Publish)
{
    public static readonly FeedbackTimings National =
        new(TimeLimit.WorkingDays(2), TimeLimit.WorkingDays(5), TimeLimit.WorkingDays(15), TimeLimit.WorkingDays(2));

    public IEnumerable<(string Label, TimeLimit Limit)> Limits =>
    [
        ("Thời hạn từ chối tiếp nhận phản ánh, kiến nghị", Refuse),
        ("Thời hạn đề nghị bổ sung thông tin lần đầu", FirstRequest),
        ("Thời hạn xử lý phản ánh, kiến nghị", Handle),
        ("Thời hạn công khai kết quả xử lý", Publish),
    ];
}
