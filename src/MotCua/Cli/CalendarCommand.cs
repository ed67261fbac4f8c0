using System.CommandLine;
using MotCua.Domain;
using MotCua.Domain.Time;
using MotCua.Platform;

namespace MotCua.Cli;

/// <summary>
/// <c>motcua calendar check FILE</c>: validates a calendar file (R42) and shows the working days per
/// month, so an administrator can compare a new year's calendar with the government's notice.
/// </summary>
static class CalendarCommand
{
    public static Command Create(TimeProvider time)
    {
        var file = new Argument<string>("FILE") { Description = "Tệp lịch làm việc (JSON)." };
        var check = new Command("check", "Kiểm tra tệp lịch và in số ngày làm việc từng tháng của mỗi năm có trong tệp.") { file };
        check.SetAction(parsed =>
        {
            var path = parsed.GetRequiredValue(file);
            WorkingCalendar calendar;
            try
            {
                calendar = new WorkingCalendar(CalendarFile.Load(path));
            }
            catch (InvalidCalendarException e)
            {
                return CommandLine.Fail(parsed, e.Problems);
            }
            Print(parsed.InvocationConfiguration.Output, path, calendar, time);
            return CommandLine.Ok;
        });
        return new Command("calendar", "Lịch làm việc.") { check };
    }

    static void Print(TextWriter output, string path, WorkingCalendar calendar, TimeProvider time)
    {
        var definition = calendar.Definition;
        var days = VietnameseFormat.Culture.DateTimeFormat;
        output.WriteLine($"Lịch hợp lệ: {path}");
        output.WriteLine($"Múi giờ: {definition.TimeZoneId}");
        output.WriteLine($"Nghỉ hằng tuần: {string.Join(", ", definition.Weekend.Select(days.GetDayName))}");
        output.WriteLine($"Ca làm việc: {string.Join(", ", definition.Sessions.Select(s => $"{s.Start:HH\\:mm}–{s.End:HH\\:mm}"))} ({VietnameseDuration.Of(calendar.WorkingDayLength)} mỗi ngày làm việc)");
        output.WriteLine($"Ngày nghỉ lễ: {definition.Holidays.Count}; ngày làm bù: {definition.WorkingDays.Count}");

        // The years the file speaks about; a file with no dated entries describes the current year.
        var years = definition.Holidays.Concat(definition.WorkingDays).Select(d => d.Year).Distinct().Order().ToList();
        if (years.Count == 0)
            years.Add(calendar.LocalDate(time.GetUtcNow()).Year);

        foreach (var year in years)
        {
            output.WriteLine();
            output.WriteLine("Năm   Tháng   Ngày làm việc");
            for (var month = 1; month <= 12; month++)
            {
                var first = new DateOnly(year, month, 1);
                Row(output, year, month.ToString("00"), calendar.WorkingDaysBetween(first, first.AddMonths(1).AddDays(-1)));
            }
            Row(output, year, "Cả năm", calendar.WorkingDaysBetween(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)));
        }
    }

    static void Row(TextWriter output, int year, string month, int workingDays) =>
        output.WriteLine($"{year,-6}{month,-8}{workingDays,13}");
}
