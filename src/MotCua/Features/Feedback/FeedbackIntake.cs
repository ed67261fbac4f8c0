using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Feedback;

namespace MotCua.Features.Feedback;

/// <summary>What an officer records of a call, an e-mail, a slip at the counter or their own feedback (R33, R63), as typed.</summary>
public sealed record FeedbackIntake(string? Channel, string? Topic, string? DossierCode, string? AgencyId,
    string? SenderName, string? SenderPhone, string? SenderEmail, string? SenderAddress, string? Subject, string? Text)
{
    /// <summary>The channels an officer records; the portal and ratings come in by themselves.</summary>
    public static readonly FeedbackChannel[] OfficerChannels =
        [FeedbackChannel.Hotline, FeedbackChannel.Email, FeedbackChannel.SuggestionSlip, FeedbackChannel.Switchboard, FeedbackChannel.Officer];

    /// <summary>
    /// Parsed at the edge into what <see cref="FeedbackItem.Receive"/> takes, or every wrong field (named as the record's properties)
    /// with a Vietnamese message. A dossier code given must be one the database holds; the agency it names is taken when none was chosen.
    /// </summary>
    public async Task<(Parsed? Value, IReadOnlyList<FieldError> Errors)> ParseAsync(MotCuaDbContext db, Actor by, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var channel = Enum.TryParse<FeedbackChannel>(Channel, out var c) && OfficerChannels.Contains(c) ? c : (FeedbackChannel?)null;
        if (channel is null)
            errors.Add(new(nameof(Channel), "Chọn kênh tiếp nhận: đường dây nóng, thư điện tử, phiếu góp ý, tổng đài hoặc ý kiến của cán bộ."));
        var topic = Enum.TryParse<FeedbackTopic>(Topic, out var t) && Enum.IsDefined(t) ? t : (FeedbackTopic?)null;
        if (topic is null)
            errors.Add(new(nameof(Topic), "Chọn nội dung phản ánh, kiến nghị."));

        DossierCode? dossier = null;
        var agency = string.IsNullOrWhiteSpace(AgencyId) ? null : AgencyId.Trim();
        if (!string.IsNullOrWhiteSpace(DossierCode))
        {
            if (!Domain.Codes.DossierCode.TryParse(DossierCode.Trim(), out var parsed))
                errors.Add(new(nameof(DossierCode), "Mã hồ sơ không đúng dạng, ví dụ 000.01.31.H22-261123-0001."));
            else if (await db.Dossiers.AsNoTracking().Where(d => d.Code == parsed).Select(d => d.AgencyId).SingleOrDefaultAsync(cancellationToken) is not { } dossierAgency)
                errors.Add(new(nameof(DossierCode), $"Không có hồ sơ {parsed}."));
            else
            {
                dossier = parsed;
                agency ??= dossierAgency;
            }
        }
        if (agency is not null && !await db.Units.AnyAsync(u => u.Id == agency && u.Kind == UnitKind.Agency, cancellationToken))
            errors.Add(new(nameof(AgencyId), "Chọn cơ quan trong danh sách."));

        // An officer's own feedback on the Center's management is signed by the officer (R34, Cẩm Phả Art. 4.3).
        FeedbackSender? sender = null;
        if (channel == FeedbackChannel.Officer)
            sender = FeedbackSender.Officer(by);
        else
        {
            var checkedSender = FeedbackSender.Create(SenderName, SenderPhone, SenderEmail, SenderAddress);
            errors.AddRange(checkedSender.Errors.Select(e => e with { Field = $"Sender{e.Field}" }));
            sender = checkedSender.Value;
        }

        var subject = Subject?.Trim() ?? "";
        if (subject.Length == 0)
            errors.Add(new(nameof(Subject), "Nhập tiêu đề."));
        else if (FormText.Problem(subject, "Tiêu đề", FeedbackItem.MaxSubjectLength) is { } subjectProblem)
            errors.Add(new(nameof(Subject), subjectProblem));
        var text = Text?.Trim() ?? "";
        if (text.Length == 0)
            errors.Add(new(nameof(Text), "Nhập nội dung phản ánh, kiến nghị."));
        else if (FormText.Problem(text, "Nội dung", FeedbackItem.MaxTextLength, multiline: true) is { } textProblem)
            errors.Add(new(nameof(Text), textProblem));

        if (topic == FeedbackTopic.AgencyHandling && agency is null && !errors.Any(e => e.Field is nameof(DossierCode) or nameof(AgencyId)))
            errors.Add(new(nameof(AgencyId), "Phản ánh về việc giải quyết hồ sơ phải nêu cơ quan giải quyết (hoặc mã hồ sơ)."));
        return errors.Count > 0 ? (null, errors) : (new Parsed(channel!.Value, topic!.Value, sender!, subject, text, dossier, agency), errors);
    }

    public sealed record Parsed(FeedbackChannel Channel, FeedbackTopic Topic, FeedbackSender Sender, string Subject, string Text, DossierCode? Dossier, string? AgencyId)
    {
        public Task<FeedbackActed> ReceiveAsync(FeedbackDesk desk, Actor by, CancellationToken cancellationToken, Action<FeedbackItem>? record = null) =>
            desk.ReceiveAsync((code, centerId, at, locality) =>
                FeedbackItem.Receive(code, centerId, Channel, Topic, Sender, Subject, Text, Dossier, AgencyId, by, at, locality), cancellationToken, record);

        /// <summary>What was asked, as a SHA-256: the item changes once classified, so a repeated request is compared with this, not with the item.</summary>
        public string Fingerprint() => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            string.Join('\u001f', Channel, Topic, Sender.Name, Sender.Phone, Sender.Email, Sender.Address, Subject, Text, Dossier, AgencyId))));
    }
}
