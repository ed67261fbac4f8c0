using MotCua.Domain.Time;

namespace MotCua.Domain.Tests.Time;

public class CalendarFileTests
{
    [Fact]
    public void Reads_the_documented_format_R42()
    {
        var definition = CalendarFile.Parse("""
            {"timeZone": "Asia/Ho_Chi_Minh", "weekend": ["Saturday","Sunday"],
             "sessions": [{"start":"07:30","end":"11:30"},{"start":"13:30","end":"17:00"}],
             "holidays": ["2026-01-01", "2026-08-31"], "workingDays": ["2026-08-22"], "notes": "ignored"}
            """);
        var calendar = new WorkingCalendar(definition);
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 8, 31)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 8, 22)));
        Assert.Equal(TimeSpan.FromHours(7.5), calendar.WorkingDayLength);
    }

    [Theory]
    [InlineData("not json", "JSON")]
    [InlineData("[]", "đối tượng")]
    [InlineData("""{"holidays": []}""", "Thiếu mục \"sessions\"")]
    [InlineData("""{"sessions": [{"start":"7h30","end":"11:30"}]}""", "phần tử thứ 1")]
    [InlineData("""{"sessions": [{"start":"07:30","end":"11:30"}], "holidays": ["2026-02-30"]}""", "\"holidays\", phần tử thứ 1")]
    [InlineData("""{"sessions": [{"start":"07:30","end":"11:30"}], "weekend": ["Caturday"]}""", "\"weekend\"")]
    [InlineData("""{"sessions": [{"start":"07:30","end":"11:30"}], "timeZone": "Mars/Olympus"}""", "Mars/Olympus")]
    [InlineData("""{"sessions": [{"start":"11:30","end":"07:30"}]}""", "giờ kết thúc phải sau giờ bắt đầu")]
    [InlineData("""{"sessions": "07:30-17:00"}""", "danh sách")]
    public void Bad_files_are_refused_with_a_clear_message_R42(string json, string expected)
    {
        var e = Assert.Throws<InvalidCalendarException>(() => CalendarFile.Parse(json));
        Assert.Contains(e.Problems, p => p.Contains(expected));
    }
}
