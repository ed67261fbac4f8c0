namespace MotCua.Domain.Floor;

/// <summary>
/// The waiting time a citizen is shown (R40): the tickets ahead shared among the counters open for the group, times the
/// group's usual service time (the median of the day's last services, or <see cref="DefaultService"/> before the first).
/// An estimate, rounded up to five minutes, never promised.
/// </summary>
public static class WaitEstimate
{
    public static readonly TimeSpan DefaultService = TimeSpan.FromMinutes(10);

    /// <summary>Services the median is taken over: the recent pace, not the morning's.</summary>
    public const int Recent = 20;

    public static TimeSpan For(int ahead, int openCounters, IEnumerable<TimeSpan> recentServices)
    {
        if (ahead <= 0)
            return TimeSpan.Zero;
        var services = recentServices.TakeLast(Recent).Order().ToList();
        var service = services.Count == 0 ? DefaultService : services[services.Count / 2];
        var rounds = (ahead + Math.Max(1, openCounters) - 1) / Math.Max(1, openCounters);
        var minutes = Math.Ceiling(rounds * service.TotalMinutes / 5) * 5;
        return TimeSpan.FromMinutes(minutes);
    }
}
