namespace MotCua.Cli.Tests;

/// <summary>
/// <c>motcua due</c> against a calendar with the default sessions (07:30–11:30, 13:30–17:00) and
/// only the 2026 Tết holidays; stdout must be the instant and nothing else.
/// </summary>
public class DueCommandTests
{
    static Motcua.Outcome Due(params string[] options) =>
        Motcua.Run(["due", "--calendar", Motcua.Calendar("tet-2026-only.json"), .. options]);

    static void AssertDue(string expected, Motcua.Outcome outcome)
    {
        Assert.Equal("", outcome.Stderr);
        Assert.Equal(0, outcome.Exit);
        Assert.Equal(expected + Environment.NewLine, outcome.Stdout);
    }

    [Fact]
    public void Working_days_count_from_the_next_working_day_and_end_at_the_close_of_the_last_R44() =>
        AssertDue("2026-11-26T17:00", Due("--received", "2026-11-23T10:00", "--duration", "3d"));

    [Fact]
    public void Received_after_hours_on_a_Friday_counts_from_Monday_morning_R43() =>
        AssertDue("2026-12-01T17:00", Due("--received", "2026-11-27T18:30", "--duration", "1d"));

    [Fact]
    public void Working_hours_count_inside_sessions_across_the_night_R44() =>
        AssertDue("2026-11-24T10:30", Due("--received", "2026-11-23T16:00", "--duration", "4h"));

    [Fact]
    public void Holidays_and_weekends_are_not_working_days_R42() =>
        AssertDue("2026-02-23T17:00", Due("--received", "2026-02-12T09:00", "--duration", "2d"));

    [Fact]
    public void Elapsed_counting_adds_a_working_day_of_hours_from_the_reception_instant_R44() =>
        AssertDue("2026-11-24T16:00", Due("--received", "2026-11-23T16:00", "--duration", "1d", "--count-from", "elapsed"));

    [Fact]
    public void Half_a_working_day_is_working_hours_R44() =>
        // 0.5 × 7 h 30 = 3 h 45: 10:00–11:30, then 13:30–15:45.
        AssertDue("2026-11-23T15:45", Due("--received", "2026-11-23T10:00", "--duration", "0.5d"));

    [Fact]
    public void Calendar_days_ending_on_a_weekend_move_to_the_end_of_the_next_working_day_R44() =>
        // 5 days after Monday 23/11 is Saturday 28/11.
        AssertDue("2026-11-30T17:00", Due("--received", "2026-11-23T10:00", "--duration", "5cd"));

    [Fact]
    public void After_the_daily_cut_off_the_dossier_counts_as_received_the_next_working_day_R43() =>
        AssertDue("2026-11-25T17:00", Due("--received", "2026-11-23T15:30", "--duration", "1d", "--cut-off", "15:00"));

    [Fact]
    public void Before_the_daily_cut_off_the_reception_day_is_the_same_day_R43() =>
        AssertDue("2026-11-24T17:00", Due("--received", "2026-11-23T14:59", "--duration", "1d", "--cut-off", "15:00"));

    [Fact]
    public void Without_a_calendar_file_the_state_bodies_calendar_is_used_R42()
    {
        // 24/11/2026 (Ngày Văn hóa Việt Nam) is a holiday in the shipped calendar.
        AssertDue("2026-11-27T17:00", Motcua.Run("due", "--received", "2026-11-23T10:00", "--duration", "3d"));
        // Saturday 22/08/2026 is worked in exchange for Monday 31/08.
        AssertDue("2026-08-22T17:00", Motcua.Run("due", "--received", "2026-08-21T10:00", "--duration", "1d"));
    }
}
