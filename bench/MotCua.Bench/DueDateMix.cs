using MotCua.Domain.Time;

namespace MotCua.Bench;

/// <summary>Which time limits a mix holds.</summary>
public enum MixKind
{
    /// <summary>A third each of the three kinds below.</summary>
    All,
    /// <summary>1–20 working days, counted from the next working day (most procedures).</summary>
    WorkingDays,
    /// <summary>0.5–16 working hours ("04 giờ", half days).</summary>
    WorkingHours,
    /// <summary>1–10 working days counted as elapsed working time (a profile's choice).</summary>
    Elapsed,
}

/// <summary>
/// Due-date computations over the shipped state bodies' calendar: reception instants spread over
/// 2025–2027 (any minute, so nights, weekends and holidays too), fixed by a seed so runs compare.
/// </summary>
public sealed class DueDateMix
{
    public const int Size = 4096;

    readonly WorkingCalendar _calendar = StateCalendars.VietnamStateBodiesCalendar;
    readonly DateTimeOffset[] _received = new DateTimeOffset[Size];
    readonly TimeLimit[] _limits = new TimeLimit[Size];
    readonly DueCounting[] _counting = new DueCounting[Size];

    public DueDateMix(MixKind kind, int seed = 2025)
    {
        var random = new Random(seed);
        var first = new DateOnly(2025, 1, 1);
        var days = new DateOnly(2027, 12, 31).DayNumber - first.DayNumber + 1;
        for (var i = 0; i < Size; i++)
        {
            var local = _calendar.AtLocal(first.AddDays(random.Next(days)), TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(random.Next(24 * 60))));
            _received[i] = _calendar.ReceptionInstant(local);
            (_limits[i], _counting[i]) = (kind == MixKind.All ? (MixKind)(i % 3 + 1) : kind) switch
            {
                MixKind.WorkingDays => (TimeLimit.WorkingDays(random.Next(1, 21)), DueCounting.NextWorkingDay),
                MixKind.WorkingHours => (TimeLimit.WorkingHours(random.Next(1, 33) / 2m), DueCounting.NextWorkingDay),
                _ => (TimeLimit.WorkingDays(random.Next(1, 11)), DueCounting.Elapsed),
            };
        }
    }

    /// <summary>Computes every due date of the mix once; the sum keeps the work from being optimized away.</summary>
    public long Run()
    {
        long sum = 0;
        for (var i = 0; i < Size; i++)
            sum += _limits[i].DueFrom(_received[i], _calendar, _counting[i]).UtcTicks;
        return sum;
    }
}
