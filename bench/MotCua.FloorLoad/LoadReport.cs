using System.Diagnostics;
using System.Globalization;

namespace MotCua.FloorLoad;

/// <summary>Joins the calls the counters made with what each board received, and prints the figures.</summary>
static class LoadReport
{
    public static bool Write(TextWriter output, IReadOnlyList<CounterDriver> counters, IReadOnlyList<BoardListener> boards, Citizens citizens)
    {
        var calls = counters.SelectMany(c => c.Calls).ToList();
        var fromPost = new List<double>(calls.Count * boards.Count);
        var fromAt = new List<double>(calls.Count * boards.Count);
        var missed = 0;
        foreach (var call in calls)
            foreach (var board in boards)
            {
                if (board.Arrivals.TryGetValue((call.Counter, call.Number), out var arrival))
                {
                    fromPost.Add(Stopwatch.GetElapsedTime(call.Sent, arrival.Timestamp).TotalMilliseconds);
                    fromAt.Add((arrival.Received - arrival.At).TotalMilliseconds);
                }
                else
                    missed++;
            }
        fromPost.Sort();
        fromAt.Sort();
        var errors = counters.SelectMany(c => c.Errors).GroupBy(e => e).Select(g => $"{g.Count()} × {g.Key}").ToList();

        var failed = citizens.Failures.Select(f => $"{f.Value} × {f.Key}").ToList();
        output.WriteLine(Invariant($"Tickets taken: {citizens.Taken} from {citizens.Addresses} loopback addresses, {citizens.Refused} refused by the rate limit, ")
            + Invariant($"{citizens.Failures.Values.Sum()} failed{(failed.Count > 0 ? $" ({string.Join(", ", failed)})" : "")}"));
        output.WriteLine(Invariant($"Calls: {calls.Count} made, {counters.Sum(c => c.Empty)} on an empty queue, {counters.Sum(c => c.Errors.Count)} errors{(errors.Count > 0 ? $" ({string.Join(", ", errors)})" : "")}"));
        output.WriteLine(Invariant($"Deliveries: {fromPost.Count} of {calls.Count * boards.Count} expected, {missed} missed; board reconnections: {boards.Sum(b => b.Reconnects)}"));
        output.WriteLine(Line("delivery, from the counter's POST sent", fromPost));
        output.WriteLine(Line("delivery, from the call's `at` (server clock)", fromAt));
        output.WriteLine(Line("counter's POST (call next), HTTP", calls.Select(c => c.HttpMilliseconds).Order().ToList()));
        var met = missed == 0 && fromPost.Count > 0 && Percentile(fromPost, 0.99) < 1000;
        output.WriteLine(met ? "Goal met: every call delivered, p99 under 1 s." : "Goal NOT met (p99 under 1 s, no missed delivery).");
        return met;
    }

    /// <summary>The figures of sorted values.</summary>
    static string Line(string what, List<double> milliseconds)
    {
        if (milliseconds.Count == 0)
            return $"{what}: none";
        return Invariant($"{what} (ms, n = {milliseconds.Count}): p50 {Percentile(milliseconds, 0.50):F1}, p95 {Percentile(milliseconds, 0.95):F1}, ")
            + Invariant($"p99 {Percentile(milliseconds, 0.99):F1}, max {milliseconds[^1]:F1}");
    }

    /// <summary>Nearest rank on sorted values.</summary>
    static double Percentile(List<double> sorted, double q) => sorted[Math.Max(0, (int)Math.Ceiling(q * sorted.Count) - 1)];

    static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
