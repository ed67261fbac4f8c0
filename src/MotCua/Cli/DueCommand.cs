using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using MotCua.Domain.Time;

namespace MotCua.Cli;

/// <summary>
/// <c>motcua due</c>: the due instant of a dossier (R43, R44), printed alone on stdout so scripts
/// and people can check a deadline against the calendar the app uses.
/// </summary>
static class DueCommand
{
    const string LocalFormat = "yyyy-MM-dd'T'HH:mm";

    public static Command Create()
    {
        var calendarFile = new Option<string>("--calendar")
        {
            Description = "Tệp lịch làm việc (JSON). Mặc định: lịch cơ quan nhà nước 2025–2027 kèm theo chương trình.",
            HelpName = "FILE",
        };
        var received = new Option<DateTime>("--received")
        {
            Description = "Thời điểm nhận hồ sơ, giờ địa phương theo múi giờ của lịch.",
            HelpName = "yyyy-MM-ddTHH:mm",
            Required = true,
            CustomParser = ParseReceived,
        };
        var duration = new Option<TimeLimit>("--duration")
        {
            Description = "Thời hạn: N d (ngày làm việc), N h (giờ làm việc), N cd (ngày). N có thể lẻ, ví dụ 0.5d.",
            HelpName = "Nd|Nh|Ncd",
            Required = true,
            CustomParser = ParseDuration,
        };
        var countFrom = new Option<string>("--count-from")
        {
            Description = "Cách tính ngày làm việc: từ ngày làm việc tiếp theo (mặc định) hoặc theo thời gian làm việc thực tế từ lúc nhận.",
            DefaultValueFactory = _ => "next-working-day",
        };
        countFrom.AcceptOnlyFromAmong("next-working-day", "elapsed");
        var cutOff = new Option<TimeOnly?>("--cut-off")
        {
            Description = "Giờ chốt nhận hồ sơ trong ngày của thủ tục (ví dụ 15:00): nhận sau giờ này tính là nhận vào ngày làm việc tiếp theo.",
            HelpName = "HH:mm",
            CustomParser = ParseCutOff,
        };

        var command = new Command("due", "In hạn giải quyết (yyyy-MM-ddTHH:mm, giờ địa phương) của hồ sơ nhận vào một thời điểm.")
        {
            calendarFile, received, duration, countFrom, cutOff,
        };
        command.SetAction(parsed =>
        {
            WorkingCalendar calendar;
            try
            {
                calendar = parsed.GetValue(calendarFile) is { } path
                    ? new WorkingCalendar(CalendarFile.Load(path))
                    : StateCalendars.VietnamStateBodiesCalendar;
            }
            catch (InvalidCalendarException e)
            {
                return CommandLine.Fail(parsed, e.Problems);
            }

            var local = parsed.GetValue(received);
            var limit = parsed.GetValue(duration);
            var counting = parsed.GetValue(countFrom) == "elapsed" ? DueCounting.Elapsed : DueCounting.NextWorkingDay;
            try
            {
                var reception = calendar.ReceptionInstant(calendar.AtLocal(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local)), parsed.GetValue(cutOff));
                var due = limit.DueFrom(reception, calendar, counting);
                parsed.InvocationConfiguration.Output.WriteLine(calendar.ToLocal(due).ToString(LocalFormat, CultureInfo.InvariantCulture));
                return CommandLine.Ok;
            }
            catch (OutsideCalendarException)
            {
                // The calendar's index stops at the end of its range; a deadline past it cannot be computed.
                return CommandLine.Fail(parsed, $"Hạn giải quyết vượt ra ngoài khoảng {WorkingCalendar.FirstYear}–{WorkingCalendar.LastYear} mà lịch hỗ trợ.");
            }
        });
        return command;
    }

    static DateTime ParseReceived(ArgumentResult result)
    {
        var text = result.Tokens[0].Value;
        if (!DateTime.TryParseExact(text, LocalFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            result.AddError($"--received: \"{text}\" không phải thời điểm hợp lệ dạng yyyy-MM-ddTHH:mm (ví dụ 2026-11-23T10:00).");
            return default;
        }
        if (value.Year < WorkingCalendar.FirstYear || value.Year > WorkingCalendar.LastYear)
            result.AddError($"--received: ngày {value:dd/MM/yyyy} nằm ngoài khoảng {WorkingCalendar.FirstYear}–{WorkingCalendar.LastYear} mà lịch hỗ trợ.");
        return value;
    }

    static TimeLimit ParseDuration(ArgumentResult result)
    {
        var text = result.Tokens[0].Value;
        if (TimeLimit.TryParse(text, out var limit))
            return limit;
        result.AddError($"--duration: \"{text}\" không hợp lệ. Dùng N d (ngày làm việc), N h (giờ làm việc) hoặc N cd (ngày) với N không âm, ví dụ 3d, 0.5d, 4h, 15cd; số ngày (cd) phải là số nguyên.");
        return default;
    }

    static TimeOnly? ParseCutOff(ArgumentResult result)
    {
        var text = result.Tokens[0].Value;
        if (TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            return time;
        result.AddError($"--cut-off: \"{text}\" không phải giờ hợp lệ dạng HH:mm (ví dụ 15:00).");
        return null;
    }
}
