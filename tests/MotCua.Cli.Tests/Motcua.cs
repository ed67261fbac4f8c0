namespace MotCua.Cli.Tests;

/// <summary>Runs <c>motcua</c> verbs in-process and keeps what they wrote.</summary>
static class Motcua
{
    public static Outcome Run(params string[] args) => Run(TimeProvider.System, args);

    public static Outcome Run(TimeProvider time, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CommandLine.Run(args, stdout, stderr, time);
        return new Outcome(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>A calendar file copied next to the tests (Calendars/).</summary>
    public static string Calendar(string name) => Path.Combine(AppContext.BaseDirectory, "Calendars", name);

    public sealed record Outcome(int Exit, string Stdout, string Stderr);
}

/// <summary>A clock stopped at one instant.</summary>
sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
