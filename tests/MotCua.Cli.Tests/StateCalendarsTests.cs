using System.Text.Json;
using MotCua.Domain.Time;

namespace MotCua.Cli.Tests;

/// <summary>The calendar embedded in the app is the shipped file, and the file documents every date it lists.</summary>
public class StateCalendarsTests
{
    static readonly string ShippedFile = Motcua.Calendar("vn-state-2025-2027.json");

    [Fact]
    public void Embedded_state_bodies_calendar_is_the_shipped_file_R42()
    {
        var file = CalendarFile.Load(ShippedFile);
        var embedded = StateCalendars.VietnamStateBodies;

        Assert.Equal(file.TimeZoneId, embedded.TimeZoneId);
        Assert.Equal(file.Weekend, embedded.Weekend);
        Assert.Equal(file.Sessions, embedded.Sessions);
        Assert.Equal(file.Holidays, embedded.Holidays);
        Assert.Equal(file.WorkingDays, embedded.WorkingDays);
        Assert.Same(StateCalendars.VietnamStateBodiesCalendar, StateCalendars.VietnamStateBodiesCalendar);
    }

    [Fact]
    public void State_bodies_work_Monday_to_Friday_07_30_to_17_00_with_a_lunch_break_R42()
    {
        var calendar = StateCalendars.VietnamStateBodiesCalendar;

        Assert.Equal("Asia/Ho_Chi_Minh", calendar.Definition.TimeZoneId);
        Assert.Equal(TimeSpan.FromHours(7.5), calendar.WorkingDayLength);
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 8, 22)));   // Saturday worked in exchange for 31/08
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 8, 31)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2027, 2, 4)));   // Tết 2027 as reported, not yet announced
    }

    [Fact]
    public void Every_listed_date_is_named_in_its_year_and_every_year_has_a_status_and_a_source_R42()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(ShippedFile));
        var root = document.RootElement;
        var listed = root.GetProperty("holidays").EnumerateArray().Concat(root.GetProperty("workingDays").EnumerateArray())
            .Select(e => e.GetString()!).Order().ToList();

        var years = root.GetProperty("years").EnumerateObject().ToList();
        var named = years.SelectMany(y => y.Value.GetProperty("days").EnumerateObject().Select(d => d.Name)).Order().ToList();

        Assert.Equal(listed, named);
        foreach (var year in years)
        {
            Assert.False(string.IsNullOrWhiteSpace(year.Value.GetProperty("status").GetString()), year.Name);
            Assert.False(string.IsNullOrWhiteSpace(year.Value.GetProperty("source").GetString()), year.Name);
            Assert.All(year.Value.GetProperty("days").EnumerateObject(), d => Assert.StartsWith(year.Name + "-", d.Name));
        }
        Assert.Equal("statutory, not yet announced", years.Single(y => y.Name == "2027").Value.GetProperty("status").GetString());
    }
}
