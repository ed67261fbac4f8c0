using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace MotCua.Bench;

/// <summary>TimeLimit.DueFrom per mix; one operation is one due date.</summary>
[Config(typeof(OneCore))]
[MemoryDiagnoser]
public class DueDateBenchmarks
{
    DueDateMix _mix = null!;

    [Params(MixKind.All, MixKind.WorkingDays, MixKind.WorkingHours, MixKind.Elapsed)]
    public MixKind Kind { get; set; }

    [GlobalSetup]
    public void Setup() => _mix = new DueDateMix(Kind);

    [Benchmark(OperationsPerInvoke = DueDateMix.Size)]
    public long DueFrom() => _mix.Run();

    /// <summary>The benchmark process is pinned to the first core: the figure is per core.</summary>
    sealed class OneCore : ManualConfig
    {
        public OneCore() => AddJob(Job.Default.WithAffinity(1));
    }
}
