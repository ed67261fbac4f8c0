using MotCua.Domain.Profiles;
using MotCua.Domain.Time;

namespace MotCua.Domain.Fees;

/// <summary>
/// When collected fees must leave the collector, and when a month's reconciliation papers are due,
/// from the profile's <see cref="FeeRemittance"/> (R29, R60). Dates only: the profiles fix days, not hours.
/// </summary>
public static class RemittanceSchedule
{
    /// <summary>
    /// The papers warning starts when this many working days are left up to the deadline, the deadline
    /// day counted: three days are enough to ask the bank or treasury for what is missing.
    /// </summary>
    public const int PapersWarningWorkingDays = 3;

    /// <summary>
    /// The cadence money taken this way follows: cash by the cash rule, every other way (transfer, card,
    /// online) by the transfers rule, since that money already sits in an account.
    /// </summary>
    public static RemittanceCadence CadenceFor(FeeRemittance remittance, PaymentMethod method) =>
        method == PaymentMethod.Cash ? remittance.Cash : remittance.Transfers;

    /// <summary>
    /// The last day by which money collected on <paramref name="collectedOn"/> must be remitted; null when
    /// the profile sets no cadence. Daily: the next working day, because the counter takes money until it
    /// closes and the bank is reached the morning after. Weekly: the last working day of that Monday–Sunday
    /// week. Monthly and last-working-day-of-month: the last working day of that month. Money taken on a
    /// day off after that last working day (an online payment) is due the next working day.
    /// </summary>
    public static DateOnly? RemitBy(RemittanceCadence cadence, DateOnly collectedOn, WorkingCalendar calendar)
    {
        DateOnly? due = cadence switch
        {
            RemittanceCadence.Daily => calendar.NextWorkingDayAfter(collectedOn),
            RemittanceCadence.Weekly => calendar.PreviousWorkingDayBefore(collectedOn.AddDays(8 - IsoDay(collectedOn))),
            RemittanceCadence.Monthly or RemittanceCadence.LastWorkingDayOfMonth =>
                calendar.PreviousWorkingDayBefore(new DateOnly(collectedOn.Year, collectedOn.Month, 1).AddMonths(1)),
            _ => null,
        };
        return due is { } d && d < collectedOn ? calendar.NextWorkingDayAfter(collectedOn) : due;
    }

    /// <summary>
    /// The last day for the reconciliation papers of month <paramref name="month"/>: the window's last day in
    /// the following month (Bắc Kạn "trước ngày 10" → the 9th; Vĩnh Long "trước ngày 05" → the 4th; Bắc Ninh
    /// the 10th), or the month's last day when the window runs past it. Null when the profile sets no window.
    /// </summary>
    public static DateOnly? PapersDeadline(FeeRemittance remittance, int year, int month)
    {
        if (remittance.Reconciliation is not { } window)
            return null;
        var next = new DateOnly(year, month, 1).AddMonths(1);
        return new DateOnly(next.Year, next.Month, Math.Min(window.LastDay, DateTime.DaysInMonth(next.Year, next.Month)));
    }

    /// <summary>
    /// Whether the officers are warned on <paramref name="today"/> that month <paramref name="month"/>'s
    /// papers are not confirmed (R60): from the day <see cref="PapersWarningWorkingDays"/> working days
    /// remain up to the deadline, and every day after it, until the reconciliation is recorded.
    /// </summary>
    public static bool WarnPapers(FeeRemittance remittance, int year, int month, DateOnly today, bool recorded, WorkingCalendar calendar)
    {
        if (recorded || PapersDeadline(remittance, year, month) is not { } deadline)
            return false;
        return today > deadline || calendar.WorkingDaysBetween(today, deadline) <= PapersWarningWorkingDays;
    }

    static int IsoDay(DateOnly date) => date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek;
}
