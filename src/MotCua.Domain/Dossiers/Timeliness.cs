using MotCua.Domain.Time;

namespace MotCua.Domain.Dossiers;

/// <summary>Early, on time or late against a due date (R27, R49).</summary>
public enum Timeliness
{
    Early,
    OnTime,
    Late,
}

public static class TimelinessRules
{
    /// <summary>Finished before the due day → early; on the due day by the due instant → on time; after → late (R49).</summary>
    public static Timeliness Classify(DateTimeOffset finishedAt, DateTimeOffset due, WorkingCalendar calendar)
    {
        if (finishedAt > due)
            return Timeliness.Late;
        return calendar.LocalDate(finishedAt) < calendar.LocalDate(due) ? Timeliness.Early : Timeliness.OnTime;
    }

    /// <summary>The national index counts a dossier with more than one supplement request as late (R49, LAW §8.10).</summary>
    public static Timeliness ForNationalIndex(Timeliness timeliness, int supplementRequests) =>
        supplementRequests > 1 ? Timeliness.Late : timeliness;

    /// <summary>The last moment an apology and new date may be issued (R46): the end of the working day before the due day.</summary>
    public static DateTimeOffset ApologyDeadline(DateTimeOffset due, WorkingCalendar calendar) =>
        calendar.EndOfWorkingDay(calendar.PreviousWorkingDayBefore(calendar.LocalDate(due)));

    public static string Vietnamese(this Timeliness t) => t switch
    {
        Timeliness.Early => "Trước hạn",
        Timeliness.OnTime => "Đúng hạn",
        _ => "Quá hạn",
    };
}
