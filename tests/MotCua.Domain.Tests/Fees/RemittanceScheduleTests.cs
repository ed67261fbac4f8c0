using MotCua.Domain.Fees;
using MotCua.Domain.Profiles;
using static MotCua.Domain.Tests.TestCalendars;

namespace MotCua.Domain.Tests.Fees;

public sealed class RemittanceScheduleTests
{
    static readonly FeeRemittance BacKan = LocalityProfiles.Get("bac-kan-ward-2025").FeeRemittance;
    static readonly FeeRemittance VinhLong = LocalityProfiles.Get("vinh-long-province-2025").FeeRemittance;
    static readonly FeeRemittance BacNinh = LocalityProfiles.Get("bac-ninh-province-2023").FeeRemittance;
    static readonly FeeRemittance CamPha = LocalityProfiles.Get("cam-pha-city-2022").FeeRemittance;
    static readonly FeeRemittance ThaiNguyen = LocalityProfiles.Get("thai-nguyen-province-2026").FeeRemittance;

    static DateOnly Day(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    static DateOnly NthWorkingDay(int year, int month, int n)
    {
        var day = Vietnam2026.PreviousWorkingDayBefore(new DateOnly(year, month, 1));
        for (var i = 0; i < n; i++)
            day = Vietnam2026.NextWorkingDayAfter(day);
        return day;
    }

    [Fact]
    public void The_deadline_watch_warns_under_Vinh_Long_on_the_3rd_working_day_of_a_month_not_yet_recorded_and_under_Bac_Kan_not_until_the_10th_approaches_R29_R60()
    {
        // Every month of 2026: Vĩnh Long's papers are due by the 4th, so its 3rd working day is within three working days of it, or past it.
        for (var month = 1; month <= 12; month++)
        {
            var (year, previous) = month == 1 ? (2025, 12) : (2026, month - 1);
            Assert.True(RemittanceSchedule.WarnPapers(VinhLong, year, previous, NthWorkingDay(2026, month, 3), recorded: false, Vietnam2026), $"tháng {month}");
            Assert.False(RemittanceSchedule.WarnPapers(VinhLong, year, previous, NthWorkingDay(2026, month, 3), recorded: true, Vietnam2026), $"tháng {month}");
        }
        // June 2026: the 3rd working day is Wed 03/06. Bắc Kạn's papers for May are due by Tue 09/06; the warning starts Fri 05/06.
        Assert.Equal(Day("2026-06-03"), NthWorkingDay(2026, 6, 3));
        Assert.True(RemittanceSchedule.WarnPapers(VinhLong, 2026, 5, Day("2026-06-03"), recorded: false, Vietnam2026));
        Assert.Equal(Day("2026-06-09"), RemittanceSchedule.PapersDeadline(BacKan, 2026, 5));
        Assert.False(RemittanceSchedule.WarnPapers(BacKan, 2026, 5, Day("2026-06-03"), recorded: false, Vietnam2026));
        Assert.False(RemittanceSchedule.WarnPapers(BacKan, 2026, 5, Day("2026-06-04"), recorded: false, Vietnam2026));
        Assert.True(RemittanceSchedule.WarnPapers(BacKan, 2026, 5, Day("2026-06-05"), recorded: false, Vietnam2026));
        // Past the deadline it keeps warning until the papers are recorded.
        Assert.True(RemittanceSchedule.WarnPapers(BacKan, 2026, 5, Day("2026-06-15"), recorded: false, Vietnam2026));
        Assert.False(RemittanceSchedule.WarnPapers(BacKan, 2026, 5, Day("2026-06-15"), recorded: true, Vietnam2026));
    }

    [Fact]
    public void The_papers_deadline_is_the_windows_last_day_of_the_next_month_or_none_R60()
    {
        Assert.Equal(Day("2026-06-04"), RemittanceSchedule.PapersDeadline(VinhLong, 2026, 5));
        Assert.Equal(Day("2026-06-10"), RemittanceSchedule.PapersDeadline(BacNinh, 2026, 5));
        Assert.Equal(Day("2027-01-09"), RemittanceSchedule.PapersDeadline(BacKan, 2026, 12));
        Assert.Null(RemittanceSchedule.PapersDeadline(CamPha, 2026, 5));
        Assert.False(RemittanceSchedule.WarnPapers(ThaiNguyen, 2026, 5, Day("2026-07-30"), recorded: false, Vietnam2026));
    }

    [Fact]
    public void Money_is_remitted_by_the_next_working_day_daily_the_weeks_last_working_day_weekly_and_the_months_last_working_day_monthly_R29()
    {
        // Daily (Cẩm Phả): Friday's takings reach the bank on Monday.
        Assert.Equal(Day("2026-06-08"), RemittanceSchedule.RemitBy(RemittanceSchedule.CadenceFor(CamPha, PaymentMethod.Cash), Day("2026-06-05"), Vietnam2026));
        // Weekly cash (Bắc Ninh): Tuesday 28/04 → Wednesday 29/04, as 30/04 and 01/05 are holidays.
        Assert.Equal(Day("2026-04-29"), RemittanceSchedule.RemitBy(RemittanceSchedule.CadenceFor(BacNinh, PaymentMethod.Cash), Day("2026-04-28"), Vietnam2026));
        Assert.Equal(Day("2026-06-12"), RemittanceSchedule.RemitBy(BacNinh.Cash, Day("2026-06-08"), Vietnam2026));
        // Monthly transfers (Bắc Ninh) and the last working day (Vĩnh Long): 30/05/2026 is a Saturday, so Friday 29/05.
        Assert.Equal(Day("2026-05-29"), RemittanceSchedule.RemitBy(RemittanceSchedule.CadenceFor(BacNinh, PaymentMethod.BankTransfer), Day("2026-05-04"), Vietnam2026));
        Assert.Equal(Day("2026-05-29"), RemittanceSchedule.RemitBy(VinhLong.Cash, Day("2026-05-12"), Vietnam2026));
        Assert.Equal(VinhLong.TransferDay(2026, 5, Vietnam2026), RemittanceSchedule.RemitBy(VinhLong.Transfers, Day("2026-05-12"), Vietnam2026));
        // Paid online on Sunday 31/05, after the month's last working day: due the next working day.
        Assert.Equal(Day("2026-06-01"), RemittanceSchedule.RemitBy(VinhLong.Transfers, Day("2026-05-31"), Vietnam2026));
        Assert.Null(RemittanceSchedule.RemitBy(ThaiNguyen.Cash, Day("2026-05-12"), Vietnam2026));
    }
}
