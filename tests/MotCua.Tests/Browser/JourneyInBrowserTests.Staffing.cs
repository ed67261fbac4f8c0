using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MotCua.Domain;
using MotCua.Domain.Profiles;
using MotCua.Domain.Staffing;
using MotCua.Features.Demo;
using MotCua.Tests.Exceptions;

namespace MotCua.Tests.Browser;

public sealed partial class JourneyInBrowserTests
{
    [Fact]
    public async Task The_Center_opens_a_counter_an_agency_names_its_officer_the_Center_records_the_approval_and_the_roster_seats_the_officer_in_a_real_browser_R30()
    {
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 0, kestrel: true);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;

        // 1. The Center's staff opens counter 1 for the Justice office, from the menu.
        var center = await SignInAsync(browser, app, "giamsat");
        await center.GetByRole(AriaRole.Link, new() { Name = "Cán bộ tại Trung tâm" }).ClickAsync();
        await center.WaitForURLAsync(new Regex("/can-bo$"));
        await center.GetByRole(AriaRole.Link, new() { Name = "Quầy", Exact = true }).ClickAsync();
        await center.GetByLabel("Số quầy").FillAsync("1");
        await center.GetByLabel("Nhóm lĩnh vực").FillAsync("Tư pháp – Hộ tịch, chứng thực");
        await center.GetByLabel("Phòng Tư pháp huyện Vĩnh An").CheckAsync();
        await ActAsync(center, "Lưu quầy");
        Assert.Contains("Tư pháp – Hộ tịch, chứng thực", await center.Locator("#quay").InnerTextAsync());

        // 2. The Justice office's leader names the counter officer as its primary officer at counter 1.
        var leader = await SignInAsync(browser, app, "lanhdao1");
        await leader.GetByRole(AriaRole.Link, new() { Name = "Cán bộ tại Trung tâm" }).ClickAsync();
        await leader.Locator("#OfficerId").SelectOptionAsync(new SelectOptionValue { Label = "Nguyễn Thị Lan (tiepnhan1)" });
        await leader.Locator("#Position").SelectOptionAsync(new SelectOptionValue { Label = "Phó Trưởng phòng" });
        await leader.Locator("#CounterId").SelectOptionAsync(new SelectOptionValue { Label = "Quầy 1 – Tư pháp – Hộ tịch, chứng thực" });
        await leader.Locator("#From").FillAsync("2026-11-02");
        await ActAsync(leader, "Cử cán bộ");
        await leader.WaitForURLAsync(new Regex("/can-bo/\\d+$"));
        Assert.Contains("Chờ Trung tâm ghi nhận văn bản phê duyệt", await leader.InnerTextAsync("main"));
        await Chromium.ScreenshotAsync(leader, "staff-1-named");

        // 3. The Center records the chairman's decision; the roster now seats her at counter 1.
        await center.GotoAsync(new Uri(leader.Url).AbsolutePath);
        await center.GetByLabel("Văn bản phê duyệt (số, ngày, cơ quan ban hành)").FillAsync("Quyết định số 15/QĐ-UBND ngày 05/11/2026 của Chủ tịch UBND huyện Vĩnh An");
        await ActAsync(center, "Ghi nhận phê duyệt");
        Assert.Contains("ghi nhận bởi Phạm Thu Hà", await center.InnerTextAsync("main"));
        await center.GotoAsync("/can-bo");
        var roster = await center.Locator("#bo-tri").InnerTextAsync();
        Assert.Contains("Nguyễn Thị Lan", roster);
        Assert.Contains("Tư pháp – Hộ tịch, chứng thực", roster);
        await Chromium.ScreenshotAsync(center, "staff-2-roster");
    }
}

public sealed partial class JourneyInBrowserTests
{
    /// <summary>The demo's plan, approved: tiepnhan1 primary of the Justice office at counter 1, its specialist chuyenvien1 the backup.</summary>
    static async Task SecondJusticeOfficersAsync(MotCuaApp app)
    {
        await using var db = app.NewDbContext();
        var director = new Actor("d", "Lê Quang Vinh", Role.CenterDirector, DemoCatalog.Center.Id);
        var counter = Counter.Open(DemoCatalog.Center.Id, 1, "Tư pháp – Hộ tịch", [DemoCatalog.Justice.Id], director).Value!;
        db.Counters.Add(counter);
        await db.SaveChangesAsync();
        foreach (var (user, role) in new[] { ("tiepnhan1", SecondmentRole.Primary), ("chuyenvien1", SecondmentRole.Backup) })
        {
            var officer = await db.Users.SingleAsync(u => u.UserName == user);
            var s = Secondment.Propose(DemoCatalog.Center.Id, DemoCatalog.Justice.Id, DemoCatalog.Justice.Name, true, officer.Id, officer.FullName, role,
                OfficerPosition.DeputyHead, true, role == SecondmentRole.Primary ? counter.Id : null, new DateOnly(2026, 1, 5), null, [],
                LocalityProfiles.Get("bac-ninh-province-2023").OfficerRules, director, MotCuaApp.DefaultNow).Value!;
            Assert.True(s.Approve("Quyết định số 15/QĐ-UBND ngày 05/01/2026", director, MotCuaApp.DefaultNow).Succeeded);
            db.Secondments.Add(s);
        }
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task An_agency_gives_notice_of_leave_with_a_substitute_the_Center_refuses_a_recall_and_under_BacNinh_evaluates_the_month_on_four_bases_in_a_real_browser_R30_R31()
    {
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 0, kestrel: true);
        await ExceptionDesk.UseProfileAsync(app, "bac-ninh-province-2023");
        await SecondJusticeOfficersAsync(app);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;

        // 1. The Justice office's leader gives notice of tomorrow's leave (Wednesday 25/11; 24/11 is the demo's holiday), naming the backup.
        var leader = await SignInAsync(browser, app, "lanhdao1");
        await leader.GotoAsync("/can-bo");
        await leader.GetByRole(AriaRole.Link, new() { Name = "Vắng mặt, người thay" }).ClickAsync();
        await leader.Locator("select[name='Notice.SecondmentId']").SelectOptionAsync(new SelectOptionValue { Label = "Nguyễn Thị Lan (chính thức)" });
        await leader.Locator("select[name='Notice.Kind']").SelectOptionAsync(new SelectOptionValue { Label = "Nghỉ phép" });
        await leader.Locator("input[name='Notice.FromDate']").FillAsync("2026-11-25");
        await leader.Locator("input[name='Notice.FromTime']").FillAsync("07:30");
        await leader.Locator("input[name='Notice.ToDate']").FillAsync("2026-11-25");
        await leader.Locator("input[name='Notice.ToTime']").FillAsync("17:00");
        await leader.Locator("textarea[name='Notice.Reason']").FillAsync("Nghỉ phép năm theo Công văn số 45/TP ngày 20/11/2026");
        await leader.Locator("select[name='Notice.SubstituteId']").SelectOptionAsync(new SelectOptionValue { Label = "Hoàng Văn Nam (dự phòng)" });
        await ActAsync(leader, "Gửi thông báo");
        Assert.Contains("Hoàng Văn Nam", await leader.InnerTextAsync("main"));
        await Chromium.ScreenshotAsync(leader, "staff-3-leave-noticed");

        // 2. The agency asks to pull the officer away this afternoon; the Center refuses, with its reason.
        await leader.GotoAsync("/can-bo/vang-mat");
        await leader.Locator("select[name='Notice.SecondmentId']").SelectOptionAsync(new SelectOptionValue { Label = "Nguyễn Thị Lan (chính thức)" });
        await leader.Locator("select[name='Notice.Kind']").SelectOptionAsync(new SelectOptionValue { Label = "Cử đi làm nhiệm vụ khác trong giờ làm việc" });
        await leader.Locator("input[name='Notice.FromDate']").FillAsync("2026-11-23");
        await leader.Locator("input[name='Notice.FromTime']").FillAsync("13:30");
        await leader.Locator("input[name='Notice.ToDate']").FillAsync("2026-11-23");
        await leader.Locator("input[name='Notice.ToTime']").FillAsync("17:00");
        await leader.Locator("textarea[name='Notice.Reason']").FillAsync("Tham gia đoàn kiểm tra liên ngành");
        await ActAsync(leader, "Gửi thông báo");
        var center = await SignInAsync(browser, app, "giamdoc");
        await center.GotoAsync("/can-bo/vang-mat");
        await center.GetByRole(AriaRole.Row).Filter(new() { HasText = "Chờ Trung tâm đồng ý" }).GetByRole(AriaRole.Link).ClickAsync();
        await center.Locator("textarea[name='Note']").FillAsync("Buổi chiều đông người nộp hồ sơ hộ tịch, không có người thay");
        await ActAsync(center, "Từ chối");
        Assert.Contains("Buổi chiều đông người nộp hồ sơ hộ tịch", await center.InnerTextAsync("main"));
        await Chromium.ScreenshotAsync(center, "staff-4-recall-refused");

        // 3. On Wednesday the reception desk tells who replaces her.
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.FromHours(7)));
        var reception = await SignInAsync(browser, app, "tiepnhan2");
        await reception.GotoAsync("/tiep-nhan");
        Assert.Contains("Hôm nay Nguyễn Thị Lan (Phòng Tư pháp huyện Vĩnh An) vắng: nghỉ phép — người thay: Hoàng Văn Nam", await reception.InnerTextAsync("main"));
        await Chromium.ScreenshotAsync(reception, "staff-5-reception-substitute");

        // 4. Bắc Ninh evaluates monthly on four bases: the Center opens November's form, the officer self-assesses, the Center appraises and sends.
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.FromHours(7)));
        center = await SignInAsync(browser, app, "giamdoc");
        await center.GotoAsync("/can-bo/danh-gia?ky=2026-11");
        var period = await center.InnerTextAsync("main");
        foreach (var basis in new[] { "Kết quả hướng dẫn, tiếp nhận hồ sơ và trả kết quả", "Phản ánh, kiến nghị và mức độ hài lòng", "Bản tự đánh giá", "Thực hiện nội quy, quy chế của Trung tâm" })
            Assert.Contains(basis, period);
        await center.GetByRole(AriaRole.Row, new() { Name = "Nguyễn Thị Lan" }).GetByRole(AriaRole.Button, new() { Name = "Lập phiếu, tính số liệu" }).ClickAsync();
        await center.WaitForLoadStateAsync();
        await Chromium.ScreenshotAsync(center, "staff-6-evaluation-figures");

        var officer = await SignInAsync(browser, app, "tiepnhan1");
        await officer.GetByRole(AriaRole.Link, new() { Name = "Tự đánh giá" }).ClickAsync();
        await officer.GetByLabel("1. Chấp hành nội quy, quy chế; đạo đức, tác phong, giao tiếp").FillAsync("Chấp hành đúng giờ giấc, nội quy; giao tiếp lịch sự.");
        await officer.GetByLabel("2. Kết quả thực hiện nhiệm vụ").FillAsync("Tiếp nhận đầy đủ hồ sơ hộ tịch, không để quá hạn.");
        await officer.GetByLabel("3. Phản ánh, kiến nghị và mức độ hài lòng của người dân, doanh nghiệp").FillAsync("Không có phản ánh.");
        await officer.GetByLabel("Tự xếp loại").SelectOptionAsync(new SelectOptionValue { Label = "Hoàn thành tốt nhiệm vụ" });
        await ActAsync(officer, "Nộp bản tự đánh giá");

        await center.ReloadAsync();
        Assert.Contains("Không có phản ánh.", await center.InnerTextAsync("main"));
        await center.Locator("select[name='Grade']").SelectOptionAsync(new SelectOptionValue { Label = "Hoàn thành tốt nhiệm vụ" });
        await center.Locator("textarea[name='Comments']").FillAsync("Hoàn thành tốt nhiệm vụ; một lần vắng có báo trước và có người thay.");
        await ActAsync(center, "Lưu nhận xét, đánh giá");
        await ActAsync(center, "Gửi cơ quan");
        Assert.Contains("Hoàn thành tốt nhiệm vụ", await center.InnerTextAsync("main"));
        await Chromium.ScreenshotAsync(center, "staff-7-evaluation-sent");
    }
}

public sealed partial class JourneyInBrowserTests
{
    [Fact]
    public async Task The_Center_hands_a_computer_over_the_officer_confirms_and_the_Center_asks_the_agency_to_replace_the_officer_who_is_replaced_in_a_real_browser_R32_R69()
    {
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 0, kestrel: true);
        await SecondJusticeOfficersAsync(app);
        int primary;
        await using (var db = app.NewDbContext())
            primary = await db.Secondments.Where(s => s.Role == SecondmentRole.Primary).Select(s => s.Id).SingleAsync();
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;

        // 1. The Center hands a computer to the counter officer, who confirms taking it over from her own page.
        var center = await SignInAsync(browser, app, "giamsat");
        await center.GotoAsync($"/can-bo/{primary}");
        await center.GetByRole(AriaRole.Link, new() { Name = "Tài sản, đồng phục, đào tạo, khen thưởng" }).ClickAsync();
        await center.GetByLabel("Tên tài sản, thiết bị").FillAsync("Máy tính để bàn Dell OptiPlex 7010");
        await center.GetByLabel("Số sê-ri, mã tài sản").FillAsync("TTHCC-MT-012");
        await center.GetByLabel("Tình trạng khi bàn giao").FillAsync("Mới, đủ bàn phím và chuột");
        await ActAsync(center, "Bàn giao");
        Assert.Contains("TTHCC-MT-012", await center.InnerTextAsync("main"));
        var officer = await SignInAsync(browser, app, "tiepnhan1");
        await officer.GetByRole(AriaRole.Link, new() { Name = "Tài sản được giao" }).ClickAsync();
        await ActAsync(officer, "Xác nhận nhận bàn giao");
        await Chromium.ScreenshotAsync(officer, "staff-8-asset-taken-over");

        // 2. The Center proposes in writing that the agency replace her, and sends it.
        await center.GotoAsync("/can-bo");
        await center.GetByRole(AriaRole.Link, new() { Name = "Đề nghị thay thế, xin ý kiến" }).ClickAsync();
        await center.Locator("select[name='Officer']").First.SelectOptionAsync(primary.ToString());
        await center.Locator("select[name='Ground']").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await center.GetByLabel("Lý do cụ thể (vi phạm gì, khi nào; kết quả đánh giá thế nào)").FillAsync(
            "Tháng 10 và tháng 11/2026 hai lần vắng mặt không báo trước; tỷ lệ hài lòng dưới 70%.");
        await ActAsync(center, "Lập dự thảo đề nghị");
        await ActAsync(center, "Gửi đề nghị thay thế cán bộ");
        var sent = new Uri(center.Url).AbsolutePath;
        await Chromium.ScreenshotAsync(center, "staff-9-replacement-sent");

        // 3. The agency's leader answers by naming its specialist in her place.
        var leader = await SignInAsync(browser, app, "lanhdao1");
        await leader.GotoAsync(sent);
        await leader.Locator("select[name='NewOfficer']").SelectOptionAsync(new SelectOptionValue { Label = "Trương Văn Hùng (lanhdao1)" });
        await leader.Locator("select[name='Position']").SelectOptionAsync(new SelectOptionValue { Label = "Trưởng phòng" });
        await leader.GetByLabel("Ngày đến làm việc (ngày/tháng/năm)").FillAsync("01/12/2026");
        await ActAsync(leader, "Cử cán bộ thay thế");
        await Chromium.ScreenshotAsync(leader, "staff-10-replacement-answered");
        await using (var db = app.NewDbContext())
        {
            var old = await db.Secondments.SingleAsync(s => s.Id == primary);
            Assert.Equal((SecondmentState.Ended, new DateOnly(2026, 12, 1)), (old.State, old.EndedOn!.Value));
            Assert.True(await db.Secondments.AnyAsync(s => s.OfficerName == "Trương Văn Hùng" && s.State == SecondmentState.Proposed));
        }
    }
}
