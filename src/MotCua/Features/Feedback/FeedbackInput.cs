using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Codes;
using MotCua.Domain.Feedback;
using MotCua.Features.Shared;

namespace MotCua.Features.Feedback;

/// <summary>A piece of feedback as the public sends it, read into domain values.</summary>
public sealed record FeedbackRequest(FeedbackTopic Topic, FeedbackSender Sender, string Subject, string Text, DossierCode? DossierCode, string? AgencyId);

/// <summary>The sender acting on their own item, and the text they type (a reply, a re-complaint), for the tracking page and the public API alike.</summary>
public static class SenderActs
{
    public static Actor As(FeedbackItem item) => new("applicant", item.Sender.Name, Role.Applicant, "");

    public static string? TextProblem(string? text) =>
        string.IsNullOrWhiteSpace(text) ? "Nhập nội dung." : FormText.Problem(text.Trim(), "Nội dung", FeedbackItem.MaxTextLength, multiline: true);
}

/// <summary>The portal form's and the public API's fields, checked once for both: field name → Vietnamese message.</summary>
public sealed class FeedbackInput
{
    public string? Topic { get; set; }
    public string? DossierCode { get; set; }
    /// <summary>The last four digits of the phone given in the dossier, which prove the sender may name it.</summary>
    public string? Digits { get; set; }
    public string? AgencyId { get; set; }
    public string? Name { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Address { get; set; }
    public string? Subject { get; set; }
    public string? Text { get; set; }

    public async Task<(FeedbackRequest? Request, List<(string Field, string Message)> Problems)> ReadAsync(MotCuaDbContext db, IReadOnlyList<Unit> agencies,
        CancellationToken cancellationToken)
    {
        var problems = new List<(string, string)>();
        var topic = default(FeedbackTopic);
        if (!Enum.TryParse(Topic, out topic) || !SendModel.PublicTopics.Contains(topic) || !char.IsLetter(Topic![0]))
            problems.Add((nameof(Topic), "Chọn nội dung phản ánh, kiến nghị liên quan đến việc gì."));

        var sender = FeedbackSender.Create(Name, Phone, Email, Address);
        problems.AddRange(sender.Errors.Select(e => (e.Field, e.Message)));

        var subject = Subject?.Trim() ?? "";
        if (subject.Length == 0)
            problems.Add((nameof(Subject), "Nhập tiêu đề."));
        else if (FormText.Problem(subject, "Tiêu đề", FeedbackItem.MaxSubjectLength) is { } subjectProblem)
            problems.Add((nameof(Subject), subjectProblem));
        var text = Text?.Trim() ?? "";
        if (text.Length == 0)
            problems.Add((nameof(Text), "Nhập nội dung phản ánh, kiến nghị."));
        else if (FormText.Problem(text, "Nội dung", FeedbackItem.MaxTextLength, multiline: true) is { } textProblem)
            problems.Add((nameof(Text), textProblem));

        DossierCode? code = null;
        var agencyId = string.IsNullOrWhiteSpace(AgencyId) ? null : AgencyId.Trim();
        if (!string.IsNullOrWhiteSpace(DossierCode))
        {
            // Named with the same second secret as the lookup, so the form cannot be used to probe codes.
            var dossier = StatusLookup.IsLastFour(Digits?.Trim())
                ? await StatusLookup.VerifiedAsync(db, StatusLookup.Code(DossierCode), Digits!.Trim(), cancellationToken: cancellationToken)
                : null;
            if (dossier is null)
                problems.Add((nameof(Digits), $"{StatusLookup.NotFound}: nhập đúng mã hồ sơ và 4 chữ số cuối số điện thoại đã khai khi nộp hồ sơ, hoặc để trống mã hồ sơ."));
            else
            {
                code = dossier.Code;
                agencyId = dossier.AgencyId;
            }
        }
        if (agencyId is not null && agencies.All(a => a.Id != agencyId))
            problems.Add((nameof(AgencyId), "Chọn cơ quan trong danh sách."));
        else if (topic == FeedbackTopic.AgencyHandling && agencyId is null && problems.All(p => p.Item1 != nameof(Digits)))
            problems.Add((nameof(AgencyId), "Chọn cơ quan giải quyết hồ sơ, hoặc nhập mã hồ sơ."));

        return problems.Count > 0 ? (null, problems) : (new FeedbackRequest(topic, sender.Value!, subject, text, code, agencyId), problems);
    }
}
