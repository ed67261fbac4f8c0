using MotCua.Domain;

namespace MotCua.Features.Shared;

/// <summary>How an open dossier stands against a due date, for the colours of inboxes and lists.</summary>
public enum DueStatus
{
    None,
    OnTrack,
    DueSoon,
    Overdue,
}

public static class DueBadge
{
    /// <summary>Overdue after the due instant; due soon within the last working day (when the apology window closes, R46).</summary>
    public static DueStatus Status(DateTimeOffset? due, DateTimeOffset now, Domain.Time.WorkingCalendar calendar)
    {
        if (due is not { } d)
            return DueStatus.None;
        if (now > d)
            return DueStatus.Overdue;
        return now >= Domain.Dossiers.TimelinessRules.ApologyDeadline(d, calendar) ? DueStatus.DueSoon : DueStatus.OnTrack;
    }

    /// <summary>
    /// The due instants that are due soon at <paramref name="now"/> are those from now until this
    /// instant (excluded), so a query can classify in the database what <see cref="Status"/> classifies
    /// one by one: the due day may be at most the working day after the last working day already over.
    /// </summary>
    public static DateTimeOffset DueSoonUntil(DateTimeOffset now, Domain.Time.WorkingCalendar calendar)
    {
        var today = calendar.LocalDate(now);
        var lastOver = calendar.IsWorkingDay(today) && calendar.EndOfWorkingDay(today) <= now
            ? today
            : calendar.PreviousWorkingDayBefore(today);
        return calendar.AtLocal(calendar.NextWorkingDayAfter(lastOver).AddDays(1), TimeOnly.MinValue);
    }

    public static string Css(DueStatus status) => status switch
    {
        DueStatus.OnTrack => "due-ok",
        DueStatus.DueSoon => "due-soon",
        DueStatus.Overdue => "due-late",
        _ => "",
    };

    public static string Text(DueStatus status) => status switch
    {
        DueStatus.OnTrack => "Trong hạn",
        DueStatus.DueSoon => "Sắp đến hạn",
        DueStatus.Overdue => "Quá hạn",
        _ => "",
    };

    public static string Show(DateTimeOffset? instant) => instant is { } i ? VietnameseFormat.DateTime(i) : "—";
}
