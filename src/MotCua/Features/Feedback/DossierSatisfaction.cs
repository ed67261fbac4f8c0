namespace MotCua.Features.Feedback;

/// <summary>
/// LAW §9.4 5.4, "hài lòng trong tiếp nhận, giải quyết TTHC", of one agency or of a whole scope:
/// 100% − (share of dossiers past due + share of dossiers with feedback or a Không hài lòng rating).
/// Both shares are of the dossiers received in the period, the cohort the monitor and LAW §9.4 2.1 count.
/// </summary>
/// <param name="Received">Dossiers received (R6) with a submission in the period.</param>
/// <param name="PastDue">Of those, finished late or still open past the due date at the moment of reading.</param>
/// <param name="Complained">Of those, named by at least one feedback item or rated Không hài lòng.</param>
public sealed record DossierSatisfaction(int Received, int PastDue, int Complained)
{
    /// <summary>
    /// The criterion's points in the national index: 6 of the satisfaction group's 18 (LAW §9.2, the one sub-index
    /// whose points a source confirms). Kept here, not in a profile: the index is national.
    /// </summary>
    public const decimal MaxPoints = 6m;

    /// <summary>From this rate the criterion earns all its points; below it, in proportion (LAW §9.4 5.4).</summary>
    public const decimal FullPointsFrom = 90m;

    public static DossierSatisfaction Empty { get; } = new(0, 0, 0);

    public DossierSatisfaction Add(DossierSatisfaction other) => new(Received + other.Received, PastDue + other.PastDue, Complained + other.Complained);

    /// <summary>Percent rounded to 2 decimals, as the index rounds every ratio; null with no dossier.</summary>
    public decimal? PastDueRate => Percent(PastDue);

    public decimal? ComplainedRate => Percent(Complained);

    /// <summary>Null with no dossier received: the index shows N/A rather than 0 or 100.</summary>
    public decimal? Rate => Received == 0 ? null : Math.Max(0m, 100m - PastDueRate!.Value - ComplainedRate!.Value);

    /// <summary>The share of <see cref="MaxPoints"/> earned, in percent: all of it from 90%, else rate / 90%.</summary>
    public decimal? ShareOfMaxPoints => Rate is { } rate ? (rate >= FullPointsFrom ? 100m : Math.Round(100m * rate / FullPointsFrom, 2)) : null;

    /// <summary>Rate × max / 90%, capped at the max (LAW §9.4 5.4).</summary>
    public decimal? Points => Rate is { } rate ? (rate >= FullPointsFrom ? MaxPoints : Math.Round(rate * MaxPoints / FullPointsFrom, 2)) : null;

    decimal? Percent(int count) => Received == 0 ? null : Math.Round(100m * count / Received, 2);
}
