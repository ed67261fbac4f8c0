namespace MotCua.Cli.Tests;

/// <summary>Every kind of bad input: exit 2, a message on stderr, nothing on stdout.</summary>
public class BadInputTests
{
    const string Received = "2026-11-23T10:00";

    public static TheoryData<string, string[]> Cases() => new()
    {
        { "unknown verb", ["duee"] },
        { "verb without its sub-verb", ["calendar"] },
        { "unknown option", ["due", "--received", Received, "--duration", "3d", "--bogus"] },
        { "missing value", ["due", "--duration", "3d", "--received"] },
        { "missing required option", ["due", "--received", Received] },
        { "malformed date", ["due", "--received", "2026-11-31T10:00", "--duration", "3d"] },
        { "date in another format", ["due", "--received", "23/11/2026 10:00", "--duration", "3d"] },
        { "date before the calendar's range", ["due", "--received", "1999-12-31T10:00", "--duration", "3d"] },
        { "date after the calendar's range", ["due", "--received", "2101-01-02T10:00", "--duration", "3d"] },
        { "due date after the calendar's range", ["due", "--received", "2100-12-30T10:00", "--duration", "5d"] },
        { "negative duration", ["due", "--received", Received, "--duration=-1d"] },
        { "malformed duration", ["due", "--received", Received, "--duration", "3x"] },
        { "duration without a number", ["due", "--received", Received, "--duration", "d"] },
        { "fractional calendar days", ["due", "--received", Received, "--duration", "1.5cd"] },
        { "huge duration", ["due", "--received", Received, "--duration", "99999999999999999999d"] },
        { "unknown counting rule", ["due", "--received", Received, "--duration", "3d", "--count-from", "tomorrow"] },
        { "malformed cut-off", ["due", "--received", Received, "--duration", "3d", "--cut-off", "25:00"] },
        { "unreadable calendar", ["due", "--calendar", "no-such-calendar.json", "--received", Received, "--duration", "3d"] },
        { "invalid calendar", ["due", "--calendar", Motcua.Calendar("invalid.json"), "--received", Received, "--duration", "3d"] },
        { "calendar that is not JSON", ["due", "--calendar", Motcua.Calendar("not-json.json"), "--received", Received, "--duration", "3d"] },
        { "check without a file", ["calendar", "check"] },
        { "check of an unreadable file", ["calendar", "check", "no-such-calendar.json"] },
        { "check of an invalid calendar", ["calendar", "check", Motcua.Calendar("invalid.json")] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_input_exits_2_with_a_message_on_stderr_and_nothing_on_stdout(string kind, string[] args)
    {
        var outcome = Motcua.Run(args);

        Assert.True(outcome.Exit == 2, $"{kind}: exit {outcome.Exit}");
        Assert.Equal("", outcome.Stdout);
        Assert.False(string.IsNullOrWhiteSpace(outcome.Stderr), kind);
    }

    [Fact]
    public void An_invalid_calendar_is_explained_problem_by_problem_in_Vietnamese_R42()
    {
        var outcome = Motcua.Run("calendar", "check", Motcua.Calendar("invalid.json"));

        Assert.Contains("giờ kết thúc phải sau giờ bắt đầu", outcome.Stderr);
        Assert.Contains("Ngày nghỉ 16/02/2026 bị lặp", outcome.Stderr);
        Assert.Contains("Ngày làm bù 17/02/2026 (Thứ Ba) không phải ngày nghỉ hằng tuần", outcome.Stderr);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("due", "--help")]
    [InlineData("calendar", "--help")]
    [InlineData("calendar", "check", "--help")]
    [InlineData("due", "-h")]
    public void Help_works_on_the_root_and_every_verb(params string[] args)
    {
        var outcome = Motcua.Run(args);

        Assert.Equal(0, outcome.Exit);
        Assert.Contains("Usage:", outcome.Stdout);
        Assert.Equal("", outcome.Stderr);
    }

    [Theory]
    [InlineData(true, "due")]
    [InlineData(true, "duee")]
    [InlineData(true, "--help")]
    [InlineData(false)]
    [InlineData(false, "--urls", "http://localhost:6000")]
    [InlineData(false, "urls=http://localhost:6000")]
    public void A_word_or_a_help_request_runs_a_verb_and_anything_else_the_web_app(bool verb, params string[] args) =>
        Assert.Equal(verb, CommandLine.Handles(args));
}
