using MotCua.Features.Fees;
using MotCua.Domain.Fees;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Catalog;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Profiles;
using MotCua.Domain.Time;
using MotCua.Platform;

namespace MotCua.Features.Demo;

/// <summary>A demo account to print for whoever starts the app.</summary>
public sealed record DemoAccount(string UserName, string FullName, Role Role, string UnitName);

/// <summary>
/// Fills an empty database with the demo Center: its units, the state calendar, the real procedures,
/// an officer for every role, dossiers received over the last 60 days in every state, early, on
/// time and late, and feedback and ratings about them. Everything is walked through the domain's
/// own transitions, so the demo data obeys the same rules as real work.
/// </summary>
public sealed partial class DemoSeed(MotCuaDbContext db, UserManager<Officer> users, RoleManager<IdentityRole> roles, TimeProvider clock)
{
    public const string Password = "MotCua@2026";

    public async Task<bool> IsEmptyAsync() => !await db.Units.AnyAsync();

    public async Task<IReadOnlyList<DemoAccount>> RunAsync(int dossiers = 300)
    {
        if (!await IsEmptyAsync())
            throw new InvalidOperationException("Cơ sở dữ liệu đã có dữ liệu; chỉ nạp dữ liệu mẫu vào cơ sở dữ liệu trống.");

        var calendar = StateCalendars.VietnamStateBodies;
        db.Settings.Add(new Settings
        {
            ActiveProfileId = LocalityProfiles.DefaultId,
            TimeZoneId = calendar.TimeZoneId,
            WeekendAndSessions = LocalitySource.Pattern(calendar),
        });
        db.CalendarDays.AddRange(calendar.Holidays.Select(d => new CalendarDay { Date = d, IsWorking = false, Name = "Ngày nghỉ" }));
        db.CalendarDays.AddRange(calendar.WorkingDays.Select(d => new CalendarDay { Date = d, IsWorking = true, Name = "Ngày làm bù" }));
        foreach (var unit in DemoCatalog.Agencies.Prepend(DemoCatalog.Center))
            db.Units.Add(new Unit { Id = unit.Id, Name = unit.Name, Kind = unit.Kind, Place = DemoCatalog.Place });
        var procedures = DemoCatalog.Procedures(new DateOnly(2025, 7, 1));
        db.Procedures.AddRange(procedures);
        await db.SaveChangesAsync();

        var accounts = await CreateOfficersAsync();
        var locality = new Locality(LocalityProfiles.Default, StateCalendars.VietnamStateBodiesCalendar);
        await CreateDossiersAsync(procedures, accounts, locality, dossiers);
        return accounts.Select(a => new DemoAccount(a.Officer.UserName!, a.Officer.FullName, a.Role, a.UnitName)).ToList();
    }

    sealed record Account(Officer Officer, Role Role, string UnitName)
    {
        public Actor Actor => new(Officer.Id, Officer.FullName, Role, Officer.UnitId);
    }

    async Task<List<Account>> CreateOfficersAsync()
    {
        foreach (var role in new[] { Role.Reception, Role.Processor, Role.AgencyLeader, Role.CenterStaff, Role.CenterDirector, Role.Admin, Role.Courier })
            await roles.CreateAsync(new IdentityRole(role.ToString()));

        var center = DemoCatalog.Center;
        var people = new List<(string User, string Name, Role Role, DemoUnit Unit)>
        {
            ("tiepnhan1", "Nguyễn Thị Lan", Role.Reception, center),
            ("tiepnhan2", "Trần Minh Tuấn", Role.Reception, center),
            ("giamsat", "Phạm Thu Hà", Role.CenterStaff, center),
            ("giamdoc", "Lê Quang Vinh", Role.CenterDirector, center),
            ("quantri", "Đặng Văn Khoa", Role.Admin, center),
            ("buuchinh", "Đinh Văn Toàn", Role.Courier, center),
        };
        string[] processors = ["Hoàng Văn Nam", "Vũ Thị Mai", "Bùi Đức Anh", "Đỗ Thị Hồng", "Ngô Văn Hải", "Phan Thị Thảo", "Lý Văn Phúc"];
        string[] leaders = ["Trương Văn Hùng", "Đinh Thị Yến", "Mai Văn Sơn", "Hà Thị Ngọc", "Tạ Quang Huy", "Lương Thị Bích", "Cao Văn Thắng"];
        for (var i = 0; i < DemoCatalog.Agencies.Count; i++)
        {
            var agency = DemoCatalog.Agencies[i];
            people.Add(($"chuyenvien{i + 1}", processors[i], Role.Processor, agency));
            people.Add(($"lanhdao{i + 1}", leaders[i], Role.AgencyLeader, agency));
        }

        var accounts = new List<Account>();
        foreach (var (user, name, role, unit) in people)
        {
            var officer = new Officer { UserName = user, FullName = name, UnitId = unit.Id, EmailConfirmed = true };
            Check(await users.CreateAsync(officer, Password));
            Check(await users.AddToRoleAsync(officer, role.ToString()));
            accounts.Add(new Account(officer, role, unit.Name));
        }
        return accounts;
    }

    static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }

    static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"];
    static readonly string[] GivenNames = ["Văn An", "Thị Bình", "Minh Châu", "Thị Dung", "Quốc Huy", "Thu Trang", "Văn Long", "Thị Mai", "Đức Thịnh", "Ngọc Ánh"];
    static readonly string[] Streets = ["Lê Lợi", "Trần Hưng Đạo", "Nguyễn Trãi", "Hai Bà Trưng", "Quang Trung", "Lý Thường Kiệt"];

    async Task CreateDossiersAsync(IReadOnlyList<Procedure> procedures, List<Account> accounts, Locality locality, int count)
    {
        var random = new Random(2026);
        var calendar = locality.Calendar;
        var now = clock.GetUtcNow();
        var reception = accounts.Where(a => a.Role == Role.Reception).Select(a => a.Actor).ToList();
        var sequences = new Dictionary<(string Agency, DateOnly Day), long>();
        var collections = new List<(Dossier Dossier, Collection Collection, Actor By, DateTimeOffset At)>();
        var made = new List<Dossier>();

        for (var i = 0; i < count; i++)
        {
            var procedure = procedures[random.Next(procedures.Count)];
            var version = procedure.Versions[^1];
            var procedureCase = version.Cases[random.Next(version.Cases.Count)];
            // Spread over the last 60 days, inside working time.
            var received = calendar.NextWorkingInstant(now.AddDays(-random.NextDouble() * 60));
            if (received >= now)
                continue;
            var applicant = NewApplicant(random, i);
            var components = version.Components.Where(c => c.Required || random.Next(2) == 0)
                .Select(c => new SubmittedComponent(c.Name, c.Originals, c.Copies)).ToList();
            var key = (procedure.CompetentAgencyId, procedure.ReceptionDay(received, calendar));
            sequences[key] = sequences.GetValueOrDefault(key) + 1;
            var code = new DossierCode(key.CompetentAgencyId, key.Item2, sequences[key]);
            var officer = reception[random.Next(reception.Count)];
            var online = version.AcceptsChannel(Channel.Online) && (random.Next(3) == 0 || !version.AcceptsChannel(Channel.InPerson));
            var resultChannel = version.ChannelsOut.ElementAt(random.Next(version.ChannelsOut.Count));
            var fate = random.NextDouble();

            Outcome<Dossier> created;
            if (!online && fate < 0.03)
                created = Dossier.IssueCompletionSlip(code, DemoCatalog.Center.Id, procedure, procedureCase.Name, applicant, components.Take(1).ToList(),
                    [.. version.Components.Where(c => c.Required).Skip(1).Take(2).Select(c => c.Name).DefaultIfEmpty(version.Components[0].Name)],
                    "Hồ sơ chưa đủ thành phần theo quy định", officer, received, locality);
            else if (!online && fate < 0.05)
                created = Dossier.RefuseAtCounter(code, DemoCatalog.Center.Id, procedure, procedureCase.Name, applicant,
                    "Yêu cầu không thuộc thẩm quyền giải quyết của cơ quan cấp huyện", officer, received, locality);
            else if (online)
                created = Dossier.SubmitOnline(code, DemoCatalog.Center.Id, procedure, procedureCase.Name, applicant, components, resultChannel,
                    new Actor("applicant", applicant.Name, Role.Applicant, ""), received, locality);
            else
                created = Dossier.Receive(code, DemoCatalog.Center.Id, procedure, procedureCase.Name, applicant, components,
                    version.AcceptsChannel(Channel.InPerson) ? Channel.InPerson : Channel.Post, resultChannel, officer, received, locality);
            if (created.Value is not { } dossier)
                continue;
            if (dossier.State is DossierState.Received or DossierState.Submitted)
                new Walk(dossier, accounts, locality, random, now, officer, collections).Run(fate);
            db.Dossiers.Add(dossier);
            made.Add(dossier);
        }
        foreach (var ((agency, day), last) in sequences)
            db.DossierCounters.Add(new DossierCounter { AgencyId = agency, Day = day, Last = last });
        AddReceipts(collections, calendar);
        // Feedback and ratings are about dossiers: a demo without any (most tests' start) has none either.
        if (made.Count > 0)
        {
            NameFeedbackLeaders(accounts);
            new FeedbackWalk(accounts, locality, now).Run(made, db);
        }
        // Demo applicants are invented: nothing of their past is to be sent to anyone.
        db.NotifyFromHistory = false;
        await db.SaveChangesAsync();
        db.NotifyFromHistory = true;
        if (made.Count > 0)
            await SeatOfficersAsync(accounts, now);
    }

    /// <summary>Each agency's leader handles its feedback with the Center (R64).</summary>
    void NameFeedbackLeaders(List<Account> accounts)
    {
        foreach (var unit in db.Units.Local.Where(u => u.Kind == UnitKind.Agency))
            if (accounts.FirstOrDefault(a => a.Role == Role.AgencyLeader && a.Officer.UnitId == unit.Id) is { } leader
                && unit.NameFeedbackLeader(leader.Officer) is { } refused)
                throw new InvalidOperationException(refused);
    }

    /// <summary>The receipts of the walks' collections, numbered per collector and year in the order they were collected, with their counters.</summary>
    void AddReceipts(List<(Dossier Dossier, Collection Collection, Actor By, DateTimeOffset At)> collections, WorkingCalendar calendar)
    {
        var numbered = collections.Where(c => c.Collection.ReceiptId is not null).OrderBy(c => c.At)
            .GroupBy(c => (Collector: Receipts.CollectorUnit(c.Dossier), calendar.ToLocal(c.At).Year));
        foreach (var group in numbered)
        {
            var number = 0L;
            foreach (var (dossier, collection, by, at) in group)
            {
                var receipt = Receipts.From(dossier, collection, group.Key.Year, ++number, by, at, gatewayTransaction: null);
                db.Receipts.Add(receipt);
            }
            var (key, day) = Receipts.Counter(group.Key.Collector, group.Key.Year);
            db.DossierCounters.Add(new DossierCounter { AgencyId = key, Day = day, Last = number });
        }
    }

    static Applicant NewApplicant(Random random, int i)
    {
        var name = $"{FamilyNames[random.Next(FamilyNames.Length)]} {GivenNames[random.Next(GivenNames.Length)]}";
        var phone = $"09{random.Next(10_000_000, 99_999_999)}";
        return Applicant.Create(name, $"0012{random.Next(10_000_000, 99_999_999):D8}", $"Số {i % 200 + 1}, đường {Streets[random.Next(Streets.Length)]}, huyện Vĩnh An",
            phone, random.Next(3) == 0 ? $"congdan{i}@motcua.example" : null, isOrganization: false, NotifyBy.Email | NotifyBy.Sms).Value!;
    }

    /// <summary>Takes one dossier forward through its workflow with plausible delays, stopping at a state chosen by its fate.</summary>
    sealed class Walk(Dossier dossier, List<Account> accounts, Locality locality, Random random, DateTimeOffset now, Actor reception,
        List<(Dossier, Collection, Actor, DateTimeOffset)> collections)
    {
        DateTimeOffset _t = dossier.History[^1].At;

        /// <summary>Advances the clock by some working time; false once that would pass the present.</summary>
        bool Wait(double minHours, double maxHours)
        {
            var next = locality.Calendar.AddWorkingTime(_t, TimeSpan.FromHours(minHours + random.NextDouble() * (maxHours - minHours)));
            if (next >= now)
                return false;
            _t = next;
            return true;
        }

        Actor Officer(Role role) => accounts.Where(a => a.Role == role && a.Officer.UnitId == dossier.AgencyId).Select(a => a.Actor).First();

        public void Run(double fate)
        {
            if (dossier.State == DossierState.Submitted)
            {
                if (fate > 0.97 || !Wait(0.5, 6))
                    return;
                if (!dossier.ReceiveOnline(reception, _t, locality).Succeeded)
                    return;
            }
            if (fate < 0.08 || !Wait(0.2, 2) || !Pay() || !dossier.Transfer(reception, _t, locality).Succeeded)
                return;
            // A few are stopped, sent for supplement, refused or consulted on the way.
            if (fate is > 0.08 and < 0.10 && Wait(2, 8))
            {
                dossier.Stop("Người nộp đề nghị dừng giải quyết để điều chỉnh nội dung yêu cầu", reception, _t);
                return;
            }
            if (fate is > 0.10 and < 0.18 && Wait(2, 12) && Supplement(fate < 0.14))
                return;
            var late = fate is > 0.55 and < 0.70;
            while (dossier.State == DossierState.InProcessing && dossier.CurrentStep is { } step)
            {
                var actor = Officer(step.Role);
                var left = locality.Calendar.WorkingTimeBetween(_t, dossier.StepDue!.Value).TotalHours;
                if (!(late ? Wait(7.5, 20) : Wait(0.2, Math.Max(0.5, left * 0.9))))
                    return;
                if (fate is > 0.18 and < 0.21 && step.Actions.Contains(WorkflowAction.Refuse))
                {
                    dossier.Refuse("Hồ sơ không đáp ứng điều kiện theo quy định của pháp luật chuyên ngành", actor, _t, locality);
                    break;
                }
                if (fate is > 0.21 and < 0.24 && step.Actions.Contains(WorkflowAction.Consult) && dossier.Consultations.Count == 0)
                {
                    var other = DemoCatalog.Agencies.First(a => a.Id != dossier.AgencyId).Id;
                    dossier.Consult([other], "Đề nghị cho ý kiến về nội dung hồ sơ", locality.Calendar.AddWorkingTime(_t, TimeSpan.FromHours(15)), actor, _t, locality);
                    if (fate < 0.225 || !Wait(2, 10))
                        return;
                    var answerer = accounts.First(a => a.Officer.UnitId == other && a.Role == Role.Processor).Actor;
                    dossier.AnswerConsultation("Thống nhất với đề xuất của cơ quan chủ trì", false, answerer, _t, locality);
                    continue;
                }
                if (fate < 0.30 && random.Next(3) == 0)
                    return; // still at this step
                var outcome = step.Actions.Contains(WorkflowAction.RecordResult)
                    ? dossier.RecordResult($"Đã ban hành kết quả: {dossier.Version.Result}", actor, _t, locality)
                    : step.Actions.Contains(WorkflowAction.Approve) ? dossier.Approve(actor, _t, locality) : dossier.Forward(actor, _t, locality);
                if (!outcome.Succeeded)
                    return;
            }
            if (dossier.State != DossierState.ResultReady || fate < 0.34 || !Wait(0.5, 4))
                return;
            if (!dossier.HandToReturnDesk(Officer(Role.Processor), _t, locality).Succeeded || fate < 0.42 || !Wait(1, 16) || !Pay())
                return;
            var channel = dossier.ResultChannel;
            dossier.ReturnResult(channel, channel == Channel.Post ? "Bưu điện huyện Vĩnh An" : dossier.Applicant.Name,
                channel == Channel.Post ? $"EB{random.Next(100_000_000, 999_999_999)}VN" : null, reception, _t);
        }

        /// <summary>The applicant pays what is due now, at the collector's desk; the first of alternative lines (R29).</summary>
        bool Pay()
        {
            if (dossier.FeesDueNow is not { } timing)
                return true;
            var choices = dossier.FeeLines(timing).Where(f => f.Choice is not null && !f.OnRequest).GroupBy(f => f.Choice)
                .Select(g => new FeeChoice(g.First().Name, 1)).ToList();
            var by = dossier.FeeCollector == FeeCollector.Center ? reception : Officer(Role.Processor);
            // Not from the random source: the dossiers' walks stay the ones they were before fees were collected.
            var method = ((dossier.History.Count + dossier.Applicant.Phone[^1]) % 3) switch { 0 => PaymentMethod.BankTransfer, 1 => PaymentMethod.CardOrQr, _ => PaymentMethod.Cash };
            var collected = dossier.CollectFees(choices, null, method, by, _t, locality);
            if (collected.Value is { } collection)
                collections.Add((dossier, collection, by, _t));
            return collected.Succeeded;
        }

        bool Supplement(bool answered)
        {
            var actor = Officer(Role.Processor);
            if (!dossier.RequestSupplement(["Bản sao có chứng thực giấy tờ tùy thân của người nộp"], "Bản sao nộp kèm chưa được chứng thực", actor, _t, locality).Succeeded)
                return false;
            if (!Wait(0.5, 3) || !dossier.NotifySupplement(reception, _t).Succeeded || !answered || !Wait(8, 30))
                return true;
            dossier.Resubmit([], reception, _t, locality);
            return false;
        }
    }
}
