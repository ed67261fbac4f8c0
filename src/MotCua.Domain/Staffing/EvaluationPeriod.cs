using System.Globalization;
using MotCua.Domain.Profiles;
using MotCua.Domain.Time;

namespace MotCua.Domain.Staffing;

/// <summary>
/// What the product assumes where a regulation is silent on evaluating seconded officers (R31, R62). These are the
/// product's own choices, not any locality's text: a locality that fixes other dates says so in its profile.
/// </summary>
public static class EvaluationDefaults
{
    /// <summary>A monthly evaluation (Bắc Ninh names the month, not the day) is due by the end of the 5th working day of the next month.</summary>
    public const int MonthlyDueWorkingDays = 5;

    /// <summary>Without a cadence in the profile the evaluation is annual, the Center's due before 15/12 (by the last working day before it).</summary>
    public static readonly MonthDay CenterDueBefore = new(12, 15);

    /// <summary>Without a date in the profile the agencies' ratings come back by the end of the year's last working day.</summary>
    public static readonly MonthDay? AgencyRatingsDueBefore = null;

    /// <summary>The Center and the agencies are reminded this many working days before a deadline.</summary>
    public const int ReminderWorkingDays = 5;
}

/// <summary>
/// A period the Center evaluates its seconded officers on (R31), computed on the calendar from the profile: a month under a
/// monthly cadence (Bắc Ninh), else the calendar year (Cẩm Phả, and by default). <see cref="CenterDue"/> is when the Center's
/// evaluation must be done; <see cref="RatingsDue"/> when the agencies send back the year's rating (R62) — for a month, the
/// rating of the month's year.
/// </summary>
public sealed record EvaluationPeriod(EvaluationCadence Cadence, int Year, int? Month, DateOnly First, DateOnly Last,
    DateTimeOffset CenterDue, DateTimeOffset RatingsDue)
{
    /// <summary>"2026-11" for a month, "2026" for a year: how the pages, the API and the records name a period.</summary>
    public string Key => Month is { } m ? $"{Year:0000}-{m:00}" : $"{Year:0000}";

    public string Vietnamese => Month is { } m ? $"tháng {m:00}/{Year}" : $"năm {Year}";

    /// <summary>Monthly cadence under the profile; anything else is annual (not set: the product's default dates).</summary>
    public static bool IsMonthly(OfficerEvaluation profile) => profile.Cadence == EvaluationCadence.Monthly;

    /// <summary>The period that holds <paramref name="day"/>.</summary>
    public static EvaluationPeriod Containing(DateOnly day, OfficerEvaluation profile, WorkingCalendar calendar) =>
        Of(day.Year, IsMonthly(profile) ? day.Month : null, profile, calendar);

    /// <summary>
    /// The period the Center works on at <paramref name="now"/>: the one before, while its evaluation is still due; else the one
    /// that holds today (a month is evaluated in the first days of the next).
    /// </summary>
    public static EvaluationPeriod Current(DateTimeOffset now, OfficerEvaluation profile, WorkingCalendar calendar)
    {
        var today = calendar.LocalDate(now);
        var containing = Containing(today, profile, calendar);
        var previous = containing.Previous(profile, calendar);
        return now <= previous.CenterDue ? previous : containing;
    }

    public EvaluationPeriod Previous(OfficerEvaluation profile, WorkingCalendar calendar) => Containing(First.AddDays(-1), profile, calendar);

    public EvaluationPeriod Next(OfficerEvaluation profile, WorkingCalendar calendar) => Containing(Last.AddDays(1), profile, calendar);

    /// <summary>The period a key names under the profile's cadence; null when the key is not one (a month under an annual cadence, say).</summary>
    public static EvaluationPeriod? Parse(string? key, OfficerEvaluation profile, WorkingCalendar calendar)
    {
        if (string.IsNullOrWhiteSpace(key))
            return null;
        var parts = key.Trim().Split('-');
        if (parts.Length != (IsMonthly(profile) ? 2 : 1) || parts.Any(p => !int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
            return null;
        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        // The calendar covers these years; one year less, so the next year's first days exist for a December's deadline.
        if (year < WorkingCalendar.FirstYear + 1 || year >= WorkingCalendar.LastYear)
            return null;
        int? month = parts.Length == 2 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : null;
        return month is < 1 or > 12 ? null : Of(year, month, profile, calendar);
    }

    static EvaluationPeriod Of(int year, int? month, OfficerEvaluation profile, WorkingCalendar calendar)
    {
        var ratingsDue = DueBefore(profile.AgencyRatingsDueBefore ?? EvaluationDefaults.AgencyRatingsDueBefore, year, calendar);
        if (month is { } m)
        {
            var first = new DateOnly(year, m, 1);
            var last = first.AddMonths(1).AddDays(-1);
            return new(EvaluationCadence.Monthly, year, m, first, last,
                calendar.EndOfWorkingDaysAfter(last, EvaluationDefaults.MonthlyDueWorkingDays), ratingsDue);
        }
        return new(profile.Cadence == EvaluationCadence.NotSet ? EvaluationCadence.NotSet : EvaluationCadence.Annual, year, null,
            new DateOnly(year, 1, 1), new DateOnly(year, 12, 31),
            DueBefore(profile.CenterEvaluationDueBefore ?? EvaluationDefaults.CenterDueBefore, year, calendar), ratingsDue);
    }

    /// <summary>"Trước ngày 05/12": by the end of the last working day before that day; no day: by the end of the year's last working day.</summary>
    static DateTimeOffset DueBefore(MonthDay? before, int year, WorkingCalendar calendar)
    {
        var day = before is { } d ? new DateOnly(year, d.Month, Math.Min(d.Day, DateTime.DaysInMonth(year, d.Month))) : new DateOnly(year + 1, 1, 1);
        return calendar.EndOfWorkingDay(calendar.PreviousWorkingDayBefore(day));
    }
}
