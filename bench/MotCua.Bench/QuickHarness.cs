using System.Diagnostics;

namespace MotCua.Bench;

/// <summary>
/// `--quick`: the same mixes as the benchmarks, timed with a stopwatch for a few seconds on one
/// thread pinned to one core, so the figure in bench/README.md can be checked in under a minute.
/// </summary>
static class QuickHarness
{
    public static void Run(TextWriter output, TimeSpan perMix)
    {
        var cores = Environment.ProcessorCount;
        if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
            Process.GetCurrentProcess().ProcessorAffinity = 1;
        output.WriteLine($"TimeLimit.DueFrom, state bodies' calendar, {DueDateMix.Size} reception instants in 2025–2027, one thread pinned to one of {cores} cores");
        foreach (var kind in Enum.GetValues<MixKind>())
            output.WriteLine($"{kind,-14}{Measure(new DueDateMix(kind), perMix),14:N0} due dates per second");
    }

    static double Measure(DueDateMix mix, TimeSpan duration)
    {
        // Warm-up lets the JIT reach its optimized tier before the clock starts.
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < TimeSpan.FromSeconds(0.5))
            mix.Run();

        long sink = 0, rounds = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            sink += mix.Run();
            rounds++;
        }
        var perSecond = rounds * DueDateMix.Size / clock.Elapsed.TotalSeconds;
        GC.KeepAlive(sink);
        return perSecond;
    }
}
