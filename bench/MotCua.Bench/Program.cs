using BenchmarkDotNet.Running;
using MotCua.Bench;

if (args.Contains("--quick"))
{
    QuickHarness.Run(Console.Out, TimeSpan.FromSeconds(3));
    return;
}
if (args.Contains("--fees"))
{
    await FeeHarness.RunAsync(args, Console.Out);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(DueDateMix).Assembly).Run(args);
