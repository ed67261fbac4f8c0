using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Profiles;
using MotCua.Domain.Staffing;
using MotCua.Domain.Time;

namespace MotCua.Features.Demo;

public sealed partial class DemoSeed
{
    /// <summary>
    /// The Center's counters and the officers the agencies second to them (R30): the two counter officers as primaries of the
    /// Justice and Finance counters, each agency's specialist as the backup, all approved by the district chairman's decision.
    /// </summary>
    async Task SeatOfficersAsync(List<Account> accounts, DateTimeOffset now)
    {
        var director = accounts.Single(a => a.Role == Role.CenterDirector).Actor;
        var center = DemoCatalog.Center.Id;
        (int Number, string Group, DemoUnit[] Agencies)[] counters =
        [
            (1, "Tư pháp – Hộ tịch, chứng thực", [DemoCatalog.Justice]),
            (2, "Tài chính – Kế hoạch, đăng ký kinh doanh", [DemoCatalog.FinanceAndPlanning, DemoCatalog.Tax]),
            (3, "Đất đai, tài nguyên và môi trường", [DemoCatalog.NaturalResources, DemoCatalog.LandRegistration]),
            (4, "Xây dựng, văn hóa – xã hội", [DemoCatalog.Infrastructure, DemoCatalog.CultureAndSociety]),
        ];
        var made = counters.Select(c => Made(Counter.Open(center, c.Number, c.Group, c.Agencies.Select(a => a.Id).ToList(), director))).ToList();
        db.Counters.AddRange(made);
        await db.SaveChangesAsync();
        var decision = $"Quyết định số 15/QĐ-UBND ngày 05/01/2026 của Chủ tịch UBND {DemoCatalog.Place}";
        var rules = LocalityProfiles.Default.OfficerRules;
        (string User, DemoUnit Agency, SecondmentRole Role, int? Counter)[] seconded =
        [
            ("tiepnhan1", DemoCatalog.Justice, SecondmentRole.Primary, 1),
            ("chuyenvien1", DemoCatalog.Justice, SecondmentRole.Backup, null),
            ("tiepnhan2", DemoCatalog.FinanceAndPlanning, SecondmentRole.Primary, 2),
            ("chuyenvien2", DemoCatalog.FinanceAndPlanning, SecondmentRole.Backup, null),
        ];
        var secondments = new Dictionary<string, Secondment>();
        foreach (var (user, agency, role, counter) in seconded)
        {
            var officer = accounts.Single(a => a.Officer.UserName == user).Officer;
            var secondment = Made(Secondment.Propose(center, agency.Id, agency.Name, isAgency: true, officer.Id, officer.FullName, role, OfficerPosition.DeputyHead,
                delegatedApproval: true, counter is { } n ? made.Single(c => c.Number == n).Id : null, new DateOnly(2026, 1, 5), null, [], rules, director, now));
            if (!secondment.Approve(decision, director, now).Succeeded)
                throw new InvalidOperationException($"Demo secondment of {user} refused.");
            db.Secondments.Add(secondment);
            secondments[user] = secondment;
        }
        await db.SaveChangesAsync();

        // The Justice office's notice of its counter officer's leave three working days ahead, its specialist covering; and a
        // computer handed to her that she has yet to confirm taking over (R30, R69).
        var justiceLeader = accounts.Single(a => a.Role == Role.AgencyLeader && a.Officer.UnitId == DemoCatalog.Justice.Id).Actor;
        var calendar = StateCalendars.VietnamStateBodiesCalendar;
        var leaveDay = calendar.LocalDate(calendar.AddWorkingTime(now, calendar.WorkingDayLength * 3));
        db.Absences.Add(Made(Absence.Notify(secondments["tiepnhan1"], AbsenceKind.Leave, calendar.StartOfWorkingDay(leaveDay), calendar.EndOfWorkingDay(leaveDay),
            "Nghỉ phép năm theo Công văn số 45/TP", secondments["chuyenvien1"], [], rules, calendar, justiceLeader, now)));
        db.AssetHandovers.Add(Made(AssetHandover.Hand(secondments["tiepnhan1"], AssetKind.Computer, "Máy tính để bàn", "TTHCC-MT-001", "Mới, đủ bàn phím và chuột",
            [], director, now)));
        await db.SaveChangesAsync();
    }

    static T Made<T>(Outcome<T> outcome) where T : class => outcome.Value ?? throw new InvalidOperationException(outcome.ToString());
}
