using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Profiles;
using MotCua.Domain.Staffing;

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
        foreach (var (user, agency, role, counter) in seconded)
        {
            var officer = accounts.Single(a => a.Officer.UserName == user).Officer;
            var secondment = Made(Secondment.Propose(center, agency.Id, agency.Name, isAgency: true, officer.Id, officer.FullName, role, OfficerPosition.DeputyHead,
                delegatedApproval: true, counter is { } n ? made.Single(c => c.Number == n).Id : null, new DateOnly(2026, 1, 5), null, [], rules, director, now));
            if (!secondment.Approve(decision, director, now).Succeeded)
                throw new InvalidOperationException($"Demo secondment of {user} refused.");
            db.Secondments.Add(secondment);
        }
        await db.SaveChangesAsync();
    }

    static T Made<T>(Outcome<T> outcome) where T : class => outcome.Value ?? throw new InvalidOperationException(outcome.ToString());
}
