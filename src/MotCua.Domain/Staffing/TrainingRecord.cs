using MotCua.Domain.Profiles;

namespace MotCua.Domain.Staffing;

/// <summary>
/// A training course in a seconded officer's records (R70): the course, who organised it and how it came about — organised
/// or proposed by the Center, or, where agencies train their own officers (Cẩm Phả Art. 5.3), reported by the agency and only
/// recorded by the Center — the dates, and once it ended, the result and certificate.
/// </summary>
public sealed class TrainingRecord
{
    public const int MaxCourseLength = 300;
    public const int MaxOrganiserLength = 200;
    public const int MaxResultLength = 300;
    public const int MaxCertificateLength = 200;

    TrainingRecord()
    {
    }

    public int Id { get; private set; }
    public string CenterId { get; private set; } = "";
    public string AgencyId { get; private set; } = "";
    public int SecondmentId { get; private set; }
    public string OfficerId { get; private set; } = "";
    public string OfficerName { get; private set; } = "";
    public string Course { get; private set; } = "";
    public TrainingArrangement Arrangement { get; private set; }
    /// <summary>The body that held the course ("Trường Chính trị tỉnh", "Trung tâm Phục vụ hành chính công").</summary>
    public string Organiser { get; private set; } = "";
    public DateOnly From { get; private set; }
    public DateOnly To { get; private set; }
    public string? Result { get; private set; }
    public string? Certificate { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public DateTimeOffset? ResultRecordedAt { get; private set; }
    public string? ResultRecordedBy { get; private set; }

    /// <summary>The arrangements the profile allows: where agencies train their own officers, only what they report.</summary>
    public static IReadOnlyList<TrainingArrangement> AllowedUnder(TrainingOrganiser organiser) => organiser == TrainingOrganiser.Agency
        ? [TrainingArrangement.AgencyReported]
        : [TrainingArrangement.CenterOrganised, TrainingArrangement.CenterProposed, TrainingArrangement.AgencyReported];

    public static Outcome<TrainingRecord> Record(Secondment officer, string course, TrainingArrangement arrangement, string organiser,
        DateOnly from, DateOnly to, TrainingOrganiser profile, Actor by, DateTimeOffset at)
    {
        if (RecordGuard.Serving("ghi nhận đào tạo, bồi dưỡng cán bộ", by, officer) is { } broken)
            return broken;
        if (!AllowedUnder(profile).Contains(arrangement))
            return RecordsRules.AgenciesTrainTheirOwn;
        if (string.IsNullOrWhiteSpace(course))
            return RecordsRules.CourseRequired;
        if (string.IsNullOrWhiteSpace(organiser))
            return RecordsRules.OrganiserRequired;
        if (to < from)
            return RecordsRules.TrainingEndsBeforeStart;
        return new TrainingRecord
        {
            CenterId = officer.CenterId,
            AgencyId = officer.AgencyId,
            SecondmentId = officer.Id,
            OfficerId = officer.OfficerId,
            OfficerName = officer.OfficerName,
            Course = course.Trim(),
            Arrangement = arrangement,
            Organiser = organiser.Trim(),
            From = from,
            To = to,
            RecordedAt = at,
            RecordedBy = by.Name,
        };
    }

    /// <summary>The result (and certificate, if any) once the course ended on or before <paramref name="today"/>; a correction replaces it.</summary>
    public Outcome RecordResult(string result, string? certificate, DateOnly today, Actor by, DateTimeOffset at)
    {
        if (WhyNotRecordResult(today, by) is { } broken)
            return broken;
        if (string.IsNullOrWhiteSpace(result))
            return RecordsRules.ResultRequired;
        Result = result.Trim();
        Certificate = string.IsNullOrWhiteSpace(certificate) ? null : certificate.Trim();
        ResultRecordedAt = at;
        ResultRecordedBy = by.Name;
        return Outcome.Ok;
    }

    public BrokenRule? WhyNotRecordResult(DateOnly today, Actor by) =>
        RecordGuard.Center("ghi kết quả đào tạo, bồi dưỡng", by, CenterId) ?? (To > today ? RecordsRules.ResultBeforeEnd : null);
}
