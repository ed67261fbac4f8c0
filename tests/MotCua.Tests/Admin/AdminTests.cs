using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Catalog;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Profiles;
using MotCua.Domain.Time;
using MotCua.Features.Demo;

namespace MotCua.Tests.Admin;

public class AdminTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_holiday_announced_late_moves_the_due_dates_of_open_dossiers_and_their_history_says_so_R42_R48(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        string code;
        await using (var db = app.NewDbContext())
        {
            // A dossier received Wednesday 25/11/2026, due in 3 working days: Monday 30/11.
            var procedure = await db.Procedures.Include(p => p.Versions).SingleAsync(p => p.Code == "1.004873");
            var locality = new Locality(LocalityProfiles.Default, StateCalendars.VietnamStateBodiesCalendar);
            var reception = new Actor("r", "Nguyễn Thị Lan", Role.Reception, DemoCatalog.Center.Id);
            var at = locality.Calendar.AtLocal(new DateOnly(2026, 11, 25), new TimeOnly(9, 0));
            var dossier = Dossier.Receive(DossierCode.Parse("000.01.31.H22-261125-0001"), DemoCatalog.Center.Id, procedure, procedure.Versions[0].Cases[0].Name,
                TestApplicants.Individual("Trần Thị Mơ", "Số 1, đường Lê Lợi"),
                procedure.Versions[0].Components.Where(c => c.Required).Select(c => new SubmittedComponent(c.Name, c.Originals, c.Copies)).ToList(),
                Channel.InPerson, Channel.InPerson, reception, at, locality).Value!;
            Assert.Equal("17:00 30/11/2026", VietnameseFormat.DateTime(dossier.Due!.Value));
            db.Dossiers.Add(dossier);
            await db.SaveChangesAsync();
            code = dossier.Code.ToString();
        }
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(7)));

        var admin = await app.SignedIn("quantri");
        var added = await admin.PostFormAsync("/quan-tri/lich?handler=Add", new() { ["Date"] = "2026-11-27", ["Name"] = "Nghỉ đột xuất", ["IsWorking"] = "false" }, "/quan-tri/lich");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var page = await admin.GetStringAsync(added.Headers.Location!.OriginalString);
        Assert.Contains("Đã tính lại hạn của 1 hồ sơ", page);
        Assert.Contains("27/11/2026", page);

        await using (var db = app.NewDbContext())
        {
            var dossier = await db.Dossiers.Include(d => d.History).SingleAsync(d => d.Code == DossierCode.Parse(code));
            Assert.Equal("17:00 01/12/2026", VietnameseFormat.DateTime(dossier.Due!.Value));
            var entry = dossier.History[^1];
            Assert.Equal((DossierAction.RecomputeDue, "Đặng Văn Khoa"), (entry.Action, entry.By.Name));
            Assert.Contains("30/11/2026", entry.Reason);
        }

        var weekday = await admin.PostFormAsync("/quan-tri/lich?handler=Add", new() { ["Date"] = "2026-12-02", ["Name"] = "Làm bù", ["IsWorking"] = "true" }, "/quan-tri/lich");
        Assert.Contains("phải là ngày nghỉ hằng tuần", await weekday.Content.ReadAsStringAsync());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_new_version_takes_effect_on_its_date_and_a_past_date_is_refused_R2(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var admin = await app.SignedIn("quantri");
        var past = await admin.PostFormAsync("/quan-tri/thu-tuc/1.004873",
            new() { ["EffectiveFrom"] = "2026-11-01", ["Limits[0]"] = "2d" });
        Assert.Contains("Ngày hiệu lực không được ở quá khứ", await past.Content.ReadAsStringAsync());

        var bad = await admin.PostFormAsync("/quan-tri/thu-tuc/1.004873", new() { ["EffectiveFrom"] = "2026-12-01", ["Limits[0]"] = "hai ngày", ["Fees[0]"] = "0" });
        Assert.Contains("không hợp lệ", await bad.Content.ReadAsStringAsync());

        var ok = await admin.PostFormAsync("/quan-tri/thu-tuc/1.004873", new() { ["EffectiveFrom"] = "2026-12-01", ["Limits[0]"] = "2d", ["Fees[0]"] = "5000" });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        await using var db = app.NewDbContext();
        var procedure = await db.Procedures.Include(p => p.Versions).SingleAsync(p => p.Code == "1.004873");
        Assert.Equal(2, procedure.Versions.Count);
        Assert.Equal(TimeLimit.WorkingDays(3), procedure.VersionInForceOn(new DateOnly(2026, 11, 30))!.Cases[0].Limit);
        Assert.Equal(TimeLimit.WorkingDays(2), procedure.VersionInForceOn(new DateOnly(2026, 12, 1))!.Cases[0].Limit);
        Assert.Equal(5_000, procedure.VersionInForceOn(new DateOnly(2026, 12, 1))!.Fees[0].AmountVnd);
        Assert.Equal(0, procedure.VersionInForceOn(new DateOnly(2026, 11, 30))!.Fees[0].AmountVnd);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Officers_are_created_in_a_unit_with_one_role_that_fits_it_and_can_be_locked(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var admin = await app.SignedIn("quantri");
        Dictionary<string, string> Form(string user, string unit, string role) => new()
        {
            ["UserName"] = user, ["FullName"] = "Lê Thị Tuyết", ["UnitId"] = unit, ["Role"] = role, ["Password"] = "MatKhau@2026x",
        };
        var wrongUnit = await admin.PostFormAsync("/quan-tri/can-bo?handler=Create", Form("tuyet", DemoCatalog.Center.Id, "Processor"), "/quan-tri/can-bo");
        Assert.Contains("phải thuộc một cơ quan giải quyết", await wrongUnit.Content.ReadAsStringAsync());
        var duplicate = await admin.PostFormAsync("/quan-tri/can-bo?handler=Create", Form("tiepnhan1", DemoCatalog.Center.Id, "Reception"), "/quan-tri/can-bo");
        Assert.Contains("Tên đăng nhập đã được dùng.", await duplicate.Content.ReadAsStringAsync());
        var created = await admin.PostFormAsync("/quan-tri/can-bo?handler=Create", Form("tuyet", DemoCatalog.Justice.Id, "Processor"), "/quan-tri/can-bo");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var tuyet = app.Browser();
        var signIn = await tuyet.PostFormAsync("/dang-nhap", new() { ["UserName"] = "tuyet", ["Password"] = "MatKhau@2026x" });
        Assert.Equal("/xu-ly", signIn.Headers.Location!.OriginalString);

        string id;
        using (var scope = app.Services.CreateScope())
            id = (await scope.ServiceProvider.GetRequiredService<UserManager<Officer>>().FindByNameAsync("tuyet"))!.Id;
        await admin.PostFormAsync("/quan-tri/can-bo?handler=Lock&locked=true", new() { ["OfficerId"] = id }, "/quan-tri/can-bo");
        var locked = await app.Browser().PostFormAsync("/dang-nhap", new() { ["UserName"] = "tuyet", ["Password"] = "MatKhau@2026x" });
        Assert.Contains("Tài khoản tạm khóa", await locked.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Units_need_a_well_formed_unique_electronic_id_and_the_profile_can_be_switched_R50()
    {
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 0);
        var admin = await app.SignedIn("quantri");
        var bad = await admin.PostFormAsync("/quan-tri/don-vi?handler=Create", new() { ["Id"] = "phong tu phap", ["Name"] = "Phòng X", ["Kind"] = "Agency" }, "/quan-tri/don-vi");
        Assert.Contains("chỉ được gồm chữ cái không dấu, chữ số và dấu chấm", await bad.Content.ReadAsStringAsync());
        // The first part of every dossier code of the unit: in capitals, the one spelling of a code.
        var small = await admin.PostFormAsync("/quan-tri/don-vi?handler=Create", new() { ["Id"] = "000.06.31.h22", ["Name"] = "Phòng X", ["Kind"] = "Agency" }, "/quan-tri/don-vi");
        Assert.Contains("phải viết chữ in hoa: 000.06.31.H22", await small.Content.ReadAsStringAsync());
        var taken = await admin.PostFormAsync("/quan-tri/don-vi?handler=Create", new() { ["Id"] = DemoCatalog.Justice.Id, ["Name"] = "Phòng X", ["Kind"] = "Agency" }, "/quan-tri/don-vi");
        Assert.Contains("Mã định danh này đã có.", await taken.Content.ReadAsStringAsync());
        var ok = await admin.PostFormAsync("/quan-tri/don-vi?handler=Create", new() { ["Id"] = "000.06.31.H22", ["Name"] = "Phòng Nội vụ", ["Kind"] = "Agency" }, "/quan-tri/don-vi");
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);

        var profile = await admin.PostFormAsync("/quan-tri?handler=Profile", new() { ["ProfileId"] = "thai-nguyen-province-2026" }, "/quan-tri");
        Assert.Equal(HttpStatusCode.Redirect, profile.StatusCode);
        await using var db = app.NewDbContext();
        Assert.Equal("thai-nguyen-province-2026", (await db.Settings.SingleAsync()).ActiveProfileId);
        Assert.True(await db.Units.AnyAsync(u => u.Id == "000.06.31.H22"));
    }

    [Fact]
    public async Task An_agency_collects_its_own_fees_or_authorizes_the_Center_and_under_a_sole_collector_profile_it_cannot_R29()
    {
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 0);
        var admin = await app.SignedIn("quantri");
        var own = await admin.PostFormAsync("/quan-tri/don-vi?handler=FeeCollector", new() { ["Id"] = DemoCatalog.Justice.Id, ["FeeCollector"] = "Agency" }, "/quan-tri/don-vi");
        Assert.Equal(HttpStatusCode.Redirect, own.StatusCode);
        await using (var db = app.NewDbContext())
            Assert.Equal(MotCua.Domain.Fees.FeeCollector.Agency, (await db.Units.SingleAsync(u => u.Id == DemoCatalog.Justice.Id)).FeeCollector);
        var locality = await app.Services.GetRequiredService<MotCua.Platform.LocalitySource>().GetAsync(app.NewDbContext());
        Assert.Equal(MotCua.Domain.Fees.FeeCollector.Agency, locality.FeeCollectorFor(DemoCatalog.Justice.Id));

        var nonsense = await admin.PostFormAsync("/quan-tri/don-vi?handler=FeeCollector", new() { ["Id"] = DemoCatalog.Justice.Id, ["FeeCollector"] = "7" }, "/quan-tri/don-vi");
        Assert.Contains("Chọn cơ quan tự thu", await nonsense.Content.ReadAsStringAsync());

        await admin.PostFormAsync("/quan-tri?handler=Profile", new() { ["ProfileId"] = "bac-ninh-province-2023" }, "/quan-tri");
        var refused = await admin.PostFormAsync("/quan-tri/don-vi?handler=FeeCollector", new() { ["Id"] = DemoCatalog.FinanceAndPlanning.Id, ["FeeCollector"] = "Agency" }, "/quan-tri/don-vi");
        Assert.Contains("đầu mối duy nhất thu phí", System.Net.WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        await using (var db = app.NewDbContext())
            Assert.Null((await db.Units.SingleAsync(u => u.Id == DemoCatalog.FinanceAndPlanning.Id)).FeeCollector);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_administrator_publishes_a_procedure_with_every_R1_field_and_a_workflow_that_fits_its_limit_R1_R47(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var admin = await app.SignedIn("quantri");
        var form = new Dictionary<string, string>
        {
            ["Code"] = "1.009999", ["Name"] = "Thủ tục thử nghiệm cấp phép biển quảng cáo", ["Field"] = "Văn hóa", ["Level"] = "District",
            ["AgencyId"] = DemoCatalog.CultureAndSociety.Id, ["Coordinating"] = DemoCatalog.Infrastructure.Id,
            ["Components"] = "Đơn đề nghị | 1 | 0 | có\nBản vẽ biển quảng cáo | 0 | 2 | không",
            ["Cases"] = "Thông thường | 5d\nCó thẩm định thực địa | 10d",
            ["Fees"] = "Lệ phí | 1.250.000 | Miễn cho cơ sở công lập",
            ["ChannelsIn"] = "Online", ["ChannelsOut"] = "InPerson",
            ["Result"] = "Giấy phép", ["LegalBasis"] = "Luật Quảng cáo 2012", ["EffectiveFrom"] = "2026-12-01",
        };
        var bad = await admin.PostFormAsync("/quan-tri/thu-tuc/moi", new(form) { ["Cases"] = "Thông thường | năm ngày" });
        Assert.Contains("Dòng 1 của trường hợp không đúng mẫu", await bad.Content.ReadAsStringAsync());

        var ok = await admin.PostFormAsync("/quan-tri/thu-tuc/moi", form);
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Contains("Đã công bố thủ tục 1.009999", await admin.GetStringAsync(ok.Headers.Location!.OriginalString));

        await using var db = app.NewDbContext();
        var procedure = await db.Procedures.Include(p => p.Versions).SingleAsync(p => p.Code == "1.009999");
        var version = procedure.Versions.Single();
        Assert.Equal([DemoCatalog.Infrastructure.Id], procedure.CoordinatingAgencyIds);
        Assert.Equal(1_250_000, version.Fees.Single().AmountVnd);
        Assert.False(version.Components[1].Required);
        Assert.Equal(2, version.Components[1].Copies);
        var calendar = StateCalendars.VietnamStateBodiesCalendar;
        var start = calendar.AtLocal(new DateOnly(2026, 12, 7), new TimeOnly(7, 30));
        var end = version.Workflow.Aggregate(start, (t, step) => step.Budget.DueFrom(t, calendar));
        Assert.True(end <= TimeLimit.WorkingDays(5).DueFrom(start, calendar));
    }

    [Fact]
    public async Task Only_administrators_open_the_admin_pages()
    {
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 0);
        var reception = await app.SignedIn("tiepnhan1");
        foreach (var path in new[] { "/quan-tri", "/quan-tri/lich", "/quan-tri/can-bo", "/quan-tri/don-vi", "/quan-tri/thu-tuc", "/quan-tri/thu-tuc/1.004873", "/quan-tri/thu-tuc/moi" })
        {
            var response = await reception.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/khong-co-quyen", response.Headers.Location!.PathAndQuery);
        }
    }
}
