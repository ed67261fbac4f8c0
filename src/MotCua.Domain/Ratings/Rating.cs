using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Time;

namespace MotCua.Domain.Ratings;

/// <summary>
/// Who a dossier's rating is about (R63, LAW §11.4): the officers who served the applicant at the counter,
/// the one who received the dossier and the one who returned the result, and the agency that decided it.
/// Null officers when the dossier was never received: it cannot be rated.
/// </summary>
public sealed record RatedDossier(DossierCode Code, string CenterId, string AgencyId, Actor? ReceivedBy, Actor? ReturnedBy)
{
    public static RatedDossier From(Dossier dossier) => new(
        dossier.Code,
        dossier.CenterId,
        dossier.AgencyId,
        // An online submission accepted by the Center is recorded as a reception too (Dossier.ReceiveOnline).
        dossier.History.FirstOrDefault(h => h.Action == DossierAction.Receive)?.By,
        dossier.History.LastOrDefault(h => h.Action == DossierAction.Return)?.By);
}

/// <summary>What the applicant chose: the overall level, any of the twelve criteria, a comment.</summary>
public sealed record RatingChoice(SatisfactionLevel Level, IReadOnlyList<CriterionLevel> Criteria, string? Comment)
{
    /// <summary>A comment is a few sentences; a longer complaint is feedback (R34), filed on its own page.</summary>
    public const int MaxCommentLength = 1000;

    /// <summary>
    /// The choice from what a form or a client sent, or every field that was wrong, in Vietnamese: the level is
    /// required; a criterion left empty is not rated; the comment is one block of printable text.
    /// </summary>
    public static Checked<RatingChoice> Read(string? level, IReadOnlyDictionary<RatingCriterion, string?>? criteria, string? comment)
    {
        var errors = new List<FieldError>();
        var overall = Satisfaction.Parse(level);
        if (overall is null)
            errors.Add(new FieldError("level", string.IsNullOrWhiteSpace(level)
                ? "Chọn mức độ hài lòng: Rất hài lòng, Hài lòng hoặc Không hài lòng."
                : "Mức độ hài lòng chỉ có thể là Rất hài lòng, Hài lòng hoặc Không hài lòng."));
        var chosen = new List<CriterionLevel>();
        foreach (var (criterion, text) in criteria ?? new Dictionary<RatingCriterion, string?>())
        {
            if (string.IsNullOrWhiteSpace(text))
                continue;
            if (!Enum.IsDefined(criterion))
                errors.Add(new FieldError("criteria", "Chỉ có 12 tiêu chí đánh giá, đánh số từ 1 đến 12."));
            else if (Satisfaction.Parse(text) is { } value)
                chosen.Add(new CriterionLevel(criterion, value));
            else
                errors.Add(new FieldError($"criteria.{(int)criterion}", $"Tiêu chí \"{criterion.Vietnamese()}\": chọn Rất hài lòng, Hài lòng hoặc Không hài lòng."));
        }
        var trimmed = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (FormText.Problem(trimmed, "Ý kiến góp ý", MaxCommentLength, multiline: true) is { } problem)
            errors.Add(new FieldError("comment", problem));
        return errors.Count > 0
            ? new Checked<RatingChoice>(null, errors)
            : new Checked<RatingChoice>(new RatingChoice(overall!.Value, [.. chosen.OrderBy(c => c.Criterion)], trimmed), []);
    }
}

/// <summary>
/// The applicant's rating of one dossier (LAW §11, R33, R63): one per dossier code, about the officers who served
/// at the counter and the agency of the dossier. The applicant may change it until <see cref="ChangeableUntil"/>,
/// fixed at the first rating from the profile's window, so a later change of the profile does not reopen old ratings.
/// </summary>
public sealed class Rating
{
    public DossierCode DossierCode { get; private init; } = null!;
    public string CenterId { get; private set; } = "";
    public string AgencyId { get; private set; } = "";
    public string? ReceptionOfficerId { get; private set; }
    public string? ReceptionOfficerName { get; private set; }
    public string? ReturnOfficerId { get; private set; }
    public string? ReturnOfficerName { get; private set; }

    public SatisfactionLevel Level { get; private set; }
    public IReadOnlyList<CriterionLevel> Criteria { get; private set; } = [];
    public string? Comment { get; private set; }
    /// <summary>Where the latest choice was made.</summary>
    public RatingChannel Channel { get; private set; }

    /// <summary>When the dossier was first rated: the period a rating counts in.</summary>
    public DateTimeOffset RatedAt { get; private init; }
    public DateTimeOffset? ChangedAt { get; private set; }
    public DateTimeOffset ChangeableUntil { get; private init; }
    public int Changes { get; private set; }

    public bool IsDissatisfied => Level == SatisfactionLevel.Dissatisfied;

    Rating() { }

    /// <summary>
    /// The applicant rates a dossier, or changes the rating it has (<paramref name="existing"/>): a dossier is rated
    /// once (R33), changed only within the window (<paramref name="changeWindow"/> from the first rating, on the
    /// calendar), and only once it was received. The rating names who served the applicant as the dossier now stands:
    /// an officer who returned the result after the first rating is rated by the change.
    /// </summary>
    public static Outcome<Rating> Rate(Rating? existing, RatedDossier dossier, RatingChoice choice, RatingChannel channel, DateTimeOffset at,
        TimeLimit changeWindow, WorkingCalendar calendar)
    {
        if (dossier.ReceivedBy is null)
            return RatingRules.NotReceived;
        if (existing is not null)
        {
            if (existing.DossierCode != dossier.Code)
                return RatingRules.NotTheSameDossier;
            if (at > existing.ChangeableUntil)
                return RatingRules.ChangeWindowClosed(existing.ChangeableUntil);
            existing.Apply(dossier, choice, channel);
            existing.ChangedAt = at;
            existing.Changes++;
            return existing;
        }
        var rating = new Rating
        {
            DossierCode = dossier.Code,
            RatedAt = at,
            ChangeableUntil = changeWindow.DueFrom(at, calendar),
        };
        rating.Apply(dossier, choice, channel);
        return rating;
    }

    void Apply(RatedDossier dossier, RatingChoice choice, RatingChannel channel)
    {
        CenterId = dossier.CenterId;
        AgencyId = dossier.AgencyId;
        ReceptionOfficerId = dossier.ReceivedBy?.Id;
        ReceptionOfficerName = dossier.ReceivedBy?.Name;
        ReturnOfficerId = dossier.ReturnedBy?.Id;
        ReturnOfficerName = dossier.ReturnedBy?.Name;
        Level = choice.Level;
        Criteria = choice.Criteria;
        Comment = choice.Comment;
        Channel = channel;
    }

    /// <summary>Whether the officer served the applicant of this dossier, so the rating counts for them (R63).</summary>
    public bool Rates(string officerId) => ReceptionOfficerId == officerId || ReturnOfficerId == officerId;
}
