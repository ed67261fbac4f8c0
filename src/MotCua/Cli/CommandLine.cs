using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;

namespace MotCua.Cli;

/// <summary>
/// The command-line verbs of <c>motcua</c>. Exit codes: 0 done, 2 bad input (an unknown verb or
/// option, a missing or malformed value, an invalid calendar), the convention of Unix tools; 1 when
/// <c>files verify</c> finds a file missing or altered.
/// </summary>
public static class CommandLine
{
    public const int Ok = 0;
    public const int BadInput = 2;

    static readonly string[] HelpAndVersion = ["-h", "--help", "-?", "--version"];

    /// <summary>
    /// True when <paramref name="args"/> ask for a verb rather than the web application: the first
    /// argument is a word (a verb, known or not: a typo must not start a server) or asks for help.
    /// Options and key=value pairs (<c>--urls ...</c>) stay with the web host's configuration.
    /// </summary>
    public static bool Handles(string[] args) =>
        args is [var first, ..] && (HelpAndVersion.Contains(first) || (char.IsLetter(first[0]) && !first.Contains('=')));

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, TimeProvider.System);

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, TimeProvider time)
    {
        var root = new RootCommand("MotCua — Hệ thống thông tin giải quyết thủ tục hành chính. Chạy không có tham số để mở ứng dụng web.")
        {
            DueCommand.Create(),
            CalendarCommand.Create(time),
            DatabaseCommands.Migrate(),
            DatabaseCommands.Seed(),
            FilesCommand.Create(),
        };
        var parsed = root.Parse(args);
        if (parsed.Action is ParseErrorAction)
        {
            // System.CommandLine would answer 1 and print help on stdout; scripts need 2 and a clean stdout.
            foreach (var error in parsed.Errors)
                stderr.WriteLine(error.Message);
            stderr.WriteLine("Xem hướng dẫn: " + HelpCommand(parsed));
            return BadInput;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
    }

    /// <summary>Writes a problem with the input on stderr and gives the exit code for it.</summary>
    internal static int Fail(ParseResult parsed, params IEnumerable<string> problems)
    {
        foreach (var problem in problems)
            parsed.InvocationConfiguration.Error.WriteLine(problem);
        return BadInput;
    }

    static string HelpCommand(ParseResult parsed)
    {
        var names = new Stack<string>();
        for (var result = parsed.CommandResult; result.Parent is CommandResult parent; result = parent)
            names.Push(result.Command.Name);
        return string.Join(' ', ["motcua", .. names, "--help"]);
    }
}
