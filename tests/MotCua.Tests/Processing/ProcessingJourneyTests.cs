using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Data;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Features.Shared;

namespace MotCua.Tests.Processing;

/// <summary>
/// The agency's desk over HTTP: the inbox and the dossier page, a dossier walked through its workflow
/// by the processor and the leader of Phòng Tư pháp (agency 1), and what others may not do.
/// </summary>
public class ProcessingJourneyTests
{
    // Demo procedures of Phòng Tư pháp, both "thẩm định (chuyên viên) → ký (lãnh đạo) → vào sổ (chuyên viên)".
    const string MaritalStatus = "1.004873"; // 3 working days
    const string Certification = "2.001035"; // 2 working days

    static DateTimeOffset Local(int day, int hour, int minute = 0) => new(2026, 11, day, hour, minute, 0, TimeSpan.FromHours(7));

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Processor_and_leader_take_a_dossier_from_transfer_to_the_return_desk_and_the_control_slip_records_each_hand_over_R13_R14_R47(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        // Now is Monday 23/11/2026 10:00; Tuesday 24/11 is a holiday.
        var fresh = await TestDossiers.ReceiveAsync(app, MaritalStatus, Local(23, 9), applicant: "Đỗ Thị Hoa");        // due Friday 27/11 17:00
        var overdue = await TestDossiers.ReceiveAsync(app, Certification, Local(18, 9), applicant: "Lý Văn Bảy");     // due Friday 20/11 17:00
        var page = $"/ho-so/{fresh}";
        var processor = await app.SignedIn("chuyenvien1");
        var leader = await app.SignedIn("lanhdao1");

        // The inbox: soonest due first, each due date with its colour, "Của tôi" where the step is the processor's.
        var inbox = await processor.ReadAsync("/xu-ly");
        Assert.True(inbox.IndexOf(overdue, StringComparison.Ordinal) < inbox.IndexOf(fresh, StringComparison.Ordinal), "the overdue dossier comes first");
        var overdueRow = TestDossiers.InboxRow(inbox, overdue)!;
        var freshRow = TestDossiers.InboxRow(inbox, fresh)!;
        Assert.Contains("due-late", overdueRow);
        Assert.Contains("17:00 20/11/2026", overdueRow);
        Assert.Contains("due-ok", freshRow);
        Assert.Contains("17:00 27/11/2026", freshRow);
        Assert.Contains("Lý Văn Bảy", overdueRow);
        Assert.Contains("Thẩm định hồ sơ", freshRow);
        Assert.Contains("Chuyên viên xử lý", freshRow);
        Assert.Contains("Của tôi", freshRow);
        Assert.Contains("Đang giải quyết (2)", inbox);
        Assert.Contains("Trang 1/1 — 2 hồ sơ", inbox);
        Assert.DoesNotContain("Của tôi", TestDossiers.InboxRow(await leader.ReadAsync("/xu-ly"), fresh));
        var filtered = await processor.ReadAsync("/xu-ly?trang-thai=ResultReady");
        Assert.Null(TestDossiers.InboxRow(filtered, fresh));
        Assert.Contains("Không có hồ sơ nào.", filtered);

        // The dossier page: details, the clock, the step with its own due date (R47), the processor's actions only.
        var html = await processor.ReadAsync(page);
        Assert.Contains("Thủ tục cấp Giấy xác nhận tình trạng hôn nhân", html);
        Assert.Contains("Phòng Tư pháp huyện Vĩnh An", html);
        Assert.Contains("Tờ khai cấp Giấy xác nhận tình trạng hôn nhân", html);
        Assert.Contains("09:00 23/11/2026", html); // received
        Assert.Contains("17:00 27/11/2026", html); // due
        Assert.Contains("Bước 1: Thẩm định hồ sơ", html);
        Assert.Contains("14:55 25/11/2026", html); // the step's 1.5 working days from 09:10, past the holiday
        Assert.Contains(">Chuyển bước tiếp theo</button>", html);
        Assert.Contains(">Từ chối giải quyết</button>", html);
        Assert.DoesNotContain(">Duyệt</button>", html);
        Assert.DoesNotContain(">Trả lại bước trước</button>", html);

        // The leader has no button at the processor's step, and a forged post is refused by the role rule.
        var leaderHtml = await leader.ReadAsync(page);
        Assert.DoesNotContain("id=\"actions\"", leaderHtml);
        var forged = await leader.PostFormAsync($"{page}?handler=Forward", [], formPage: page);
        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        Assert.Contains("Vai trò \"Lãnh đạo cơ quan\" không được \"chuyển bước tiếp theo\". (VAI-TRO)", await forged.TextAsync());

        // The processor forwards: back on the page with the new state and the hand-over on the slip.
        var forwarded = await processor.PostFormAsync($"{page}?handler=Forward", [], formPage: page);
        Assert.Equal(HttpStatusCode.Redirect, forwarded.StatusCode);
        Assert.Equal(page, forwarded.Headers.Location!.OriginalString);
        html = await processor.ReadAsync(page);
        Assert.Contains("Đã chuyển hồ sơ sang bước tiếp theo.", html);
        Assert.Contains("Bước 2: Phê duyệt, ký Giấy xác nhận tình trạng hôn nhân", html);
        Assert.DoesNotContain("id=\"actions\"", html);
        var slip = TestDossiers.ControlSlip(html);
        Assert.Equal(3, slip.Count);
        Assert.StartsWith("3 | 10:00 23/11/2026 | Chuyển bước tiếp theo | Đang giải quyết → Đang giải quyết | Hoàng Văn Nam Chuyên viên xử lý", slip[2]);
        Assert.EndsWith("| Bước 1: Thẩm định hồ sơ | | | Trước hạn", slip[2]);
        Assert.Contains("Bước 2: Phê duyệt, ký Giấy xác nhận tình trạng hôn nhân", slip[2]); // who received
        Assert.Contains("Chuyển hồ sơ đến cơ quan giải quyết | Đã tiếp nhận → Đang giải quyết | Nguyễn Thị Lan", slip[1]);

        // The leader sends back, first without a reason (refused by its rule, nothing saved), then with one.
        app.Clock.Advance(TimeSpan.FromMinutes(30));
        Assert.Contains(">Duyệt</button>", await leader.ReadAsync(page));
        var noReason = await leader.PostFormAsync($"{page}?handler=SendBack", new() { ["Text"] = "  " }, formPage: page);
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Contains("Phải nêu lý do khi \"trả lại bước trước\". (R13)", await noReason.TextAsync());
        var pasted = "Cần xác minh " + new string('x', 2000);
        var tooLong = await leader.PostFormAsync($"{page}?handler=SendBack", new() { ["Text"] = pasted }, formPage: page);
        var tooLongHtml = await tooLong.TextAsync();
        Assert.Contains("Nội dung không quá 2000 ký tự.", tooLongHtml);
        Assert.Contains($">{pasted}</textarea>", tooLongHtml); // what the leader typed is not lost
        Assert.Equal(DossierState.InProcessing, (await Load(app, fresh)).State);
        Assert.Equal(1, (await Load(app, fresh)).Step);
        var sentBack = await leader.PostFormAsync($"{page}?handler=SendBack", new() { ["Text"] = "Cần xác minh nơi cư trú trước đây" }, formPage: page);
        Assert.Equal(HttpStatusCode.Redirect, sentBack.StatusCode);
        html = await leader.ReadAsync(page);
        Assert.Contains("Đã trả hồ sơ về bước trước.", html);
        Assert.Contains("10:30 23/11/2026 | Trả lại bước trước | Đang giải quyết → Đang giải quyết | Trương Văn Hùng Lãnh đạo cơ quan", TestDossiers.ControlSlip(html)[3]);
        Assert.Contains("Cần xác minh nơi cư trú trước đây", TestDossiers.ControlSlip(html)[3]);

        // Forward again, then the leader approves.
        app.Clock.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(HttpStatusCode.Redirect, (await processor.PostFormAsync($"{page}?handler=Forward", [], formPage: page)).StatusCode);
        app.Clock.Advance(TimeSpan.FromMinutes(15));
        var approved = await leader.PostFormAsync($"{page}?handler=Approve", [], formPage: page);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        html = await leader.ReadAsync(page);
        Assert.Contains("Đã duyệt và chuyển hồ sơ sang bước tiếp theo.", html);
        Assert.Contains("Bước 3: Vào sổ, đóng dấu, chuyển kết quả", html);
        Assert.Contains("11:00 23/11/2026 | Chuyển bước tiếp theo | Đang giải quyết → Đang giải quyết | Trương Văn Hùng Lãnh đạo cơ quan", TestDossiers.ControlSlip(html)[5]);
        Assert.Contains("Đã duyệt", TestDossiers.ControlSlip(html)[5]);

        // The processor records the result (a blank one is refused) and hands it to the Center's return desk.
        app.Clock.Advance(TimeSpan.FromHours(3)); // 14:00
        html = await processor.ReadAsync(page);
        Assert.Contains(">Ghi nhận kết quả</button>", html);
        Assert.Contains(">Trả lại bước trước</button>", html);
        var blank = await processor.PostFormAsync($"{page}?handler=RecordResult", new() { ["Text"] = "" }, formPage: page);
        Assert.Contains("Phải nêu lý do khi \"ghi nhận kết quả\". (R13)", await blank.TextAsync());
        var recorded = await processor.PostFormAsync($"{page}?handler=RecordResult",
            new() { ["Text"] = "Đã cấp Giấy xác nhận tình trạng hôn nhân số 125/2026" }, formPage: page);
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        html = await processor.ReadAsync(page);
        Assert.Contains("Đã ghi nhận kết quả giải quyết.", html);
        Assert.Contains("Đã có kết quả", html);
        Assert.Contains("Đã cấp Giấy xác nhận tình trạng hôn nhân số 125/2026", html);
        Assert.Contains(">Chuyển kết quả về Trung tâm</button>", html);
        var ready = await processor.ReadAsync("/xu-ly?trang-thai=ResultReady");
        Assert.NotNull(TestDossiers.InboxRow(ready, fresh));
        Assert.Null(TestDossiers.InboxRow(ready, overdue));
        Assert.Contains("<strong>Đã có kết quả (1)</strong>", ready);
        app.Clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(HttpStatusCode.Redirect, (await processor.PostFormAsync($"{page}?handler=HandToReturnDesk", [], formPage: page)).StatusCode);
        html = await processor.ReadAsync(page);
        Assert.Contains("Đã chuyển kết quả về Trung tâm.", html);
        Assert.Contains("<span class=\"badge\" id=\"state\">Chờ trả kết quả</span>", html);
        Assert.DoesNotContain("id=\"actions\"", html);
        slip = TestDossiers.ControlSlip(html);
        Assert.Contains("14:00 23/11/2026 | Ghi nhận kết quả | Đang giải quyết → Đã có kết quả | Hoàng Văn Nam", slip[6]);
        Assert.Contains("14:20 23/11/2026 | Chuyển kết quả về bộ phận trả kết quả | Đã có kết quả → Chờ trả kết quả | Hoàng Văn Nam", slip[7]);
        Assert.EndsWith("Trước hạn", slip[7]);

        // Stored as shown: eight rows, each hand-over by the officer who made it.
        var stored = await Load(app, fresh);
        Assert.Equal(DossierState.AtReturnDesk, stored.State);
        Assert.Equal(
            [DossierAction.Receive, DossierAction.Transfer, DossierAction.Forward, DossierAction.SendBack, DossierAction.Forward,
                DossierAction.Forward, DossierAction.RecordResult, DossierAction.HandToReturnDesk],
            stored.History.OrderBy(h => h.Sequence).Select(h => h.Action));
        Assert.Equal(Timeliness.Early, stored.Timeliness);
        Assert.Equal("Trương Văn Hùng", stored.History.Single(h => h.Reason == "Đã duyệt").By.Name);

        // Once the result is at the Center's desk, the dossier leaves the agency's inbox.
        Assert.Null(TestDossiers.InboxRow(await processor.ReadAsync("/xu-ly"), fresh));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Other_agencies_see_nothing_the_Center_sees_without_acting_and_reception_transfers_R11(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var inProcessing = await TestDossiers.ReceiveAsync(app, MaritalStatus, Local(23, 9));
        var received = await TestDossiers.ReceiveAsync(app, MaritalStatus, Local(23, 9, 30), transfer: false, applicant: "Vũ Minh Châu");
        var overdue = await TestDossiers.ReceiveAsync(app, Certification, Local(18, 9));

        // An officer of another agency: 404 on the page and on every action, nothing in the inbox.
        var stranger = await app.SignedIn("chuyenvien2");
        foreach (var code in new[] { inProcessing, received, overdue })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/ho-so/{code}")).StatusCode);
            foreach (var handler in new[] { "Forward", "Approve", "SendBack", "RecordResult", "Refuse", "HandToReturnDesk", "Transfer" })
            {
                var post = await stranger.PostFormAsync($"/ho-so/{code}?handler={handler}", new() { ["Text"] = "Lý do" }, formPage: "/xu-ly");
                Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
            }
        }
        var strangerInbox = await stranger.ReadAsync("/xu-ly");
        Assert.DoesNotContain(inProcessing, strangerInbox);
        Assert.DoesNotContain(overdue, strangerInbox);
        Assert.Contains("Không có hồ sơ nào.", strangerInbox);
        Assert.Equal([DossierAction.Receive, DossierAction.Transfer], (await Load(app, inProcessing)).History.OrderBy(h => h.Sequence).Select(h => h.Action));
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync("/ho-so/000.01.31.H22-261123-9999")).StatusCode);

        // The agency's own officer: an action the page does not have is not found either.
        var processor = await app.SignedIn("chuyenvien1");
        Assert.Equal(HttpStatusCode.NotFound, (await processor.PostFormAsync($"/ho-so/{inProcessing}?handler=Delete", [], formPage: "/xu-ly")).StatusCode);

        // The Center's monitor sees the dossier, with no action of the agency's.
        var monitor = await app.SignedIn("giamsat");
        var seen = await monitor.ReadAsync($"/ho-so/{inProcessing}");
        Assert.Contains("Phiếu kiểm soát quá trình giải quyết hồ sơ", seen);
        Assert.DoesNotContain("id=\"actions\"", seen);

        // Refusal only within the time limit (R17): no form on the overdue dossier, and a forged post is refused.
        var overduePage = await processor.ReadAsync($"/ho-so/{overdue}");
        Assert.Contains(">Chuyển bước tiếp theo</button>", overduePage);
        Assert.DoesNotContain("handler=Refuse", overduePage);
        Assert.Contains("disabled>Từ chối giải quyết</button> <span class=\"muted\">Chỉ được từ chối trong thời hạn giải quyết (hạn 17:00 20/11/2026); hồ sơ đã quá hạn. (R17)", overduePage);
        var refused = await processor.PostFormAsync($"/ho-so/{overdue}?handler=Refuse", new() { ["Text"] = "Không đủ điều kiện" }, formPage: $"/ho-so/{overdue}");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Chỉ được từ chối trong thời hạn giải quyết (hạn 17:00 20/11/2026); hồ sơ đã quá hạn. (R17)", await refused.TextAsync());
        Assert.Equal(0, (await Load(app, overdue)).Step);

        // A received dossier: the agency cannot act on it yet; the Center's reception transfers it (R11).
        Assert.DoesNotContain("id=\"actions\"", await processor.ReadAsync($"/ho-so/{received}"));
        var reception = await app.SignedIn("tiepnhan1");
        var receivedPage = await reception.ReadAsync($"/ho-so/{received}");
        Assert.Contains(">Chuyển hồ sơ đến cơ quan giải quyết</button>", receivedPage);
        Assert.Contains("Vũ Minh Châu", receivedPage);
        var transferred = await reception.PostFormAsync($"/ho-so/{received}?handler=Transfer", [], formPage: $"/ho-so/{received}");
        Assert.Equal(HttpStatusCode.Redirect, transferred.StatusCode);
        var after = await reception.ReadAsync($"/ho-so/{received}");
        Assert.Contains("Đã chuyển hồ sơ đến cơ quan giải quyết.", after);
        Assert.Contains("10:00 23/11/2026 | Chuyển hồ sơ đến cơ quan giải quyết | Đã tiếp nhận → Đang giải quyết | Nguyễn Thị Lan", TestDossiers.ControlSlip(after)[1]);
        Assert.Contains(">Chuyển bước tiếp theo</button>", await processor.ReadAsync($"/ho-so/{received}"));
        Assert.NotNull(TestDossiers.InboxRow(await processor.ReadAsync("/xu-ly"), received));

        // A busy agency: the inbox shows the 50 soonest due, says how many there are in all, and pages to the rest.
        var later = await TestDossiers.ReceiveManyAsync(app, MaritalStatus, Local(23, 9, 45), 200);
        var busy = await processor.ReadAsync("/xu-ly");
        Assert.Contains("Trang 1/5 — 203 hồ sơ", busy);
        Assert.Contains("Đang giải quyết (203)", busy);
        Assert.Equal(50, TestDossiers.InboxRows(busy));
        Assert.NotNull(TestDossiers.InboxRow(busy, overdue));
        Assert.Null(TestDossiers.InboxRow(busy, later[^1])); // due with the others, and last by code
        var last = await processor.ReadAsync("/xu-ly?page=5");
        Assert.Equal(3, TestDossiers.InboxRows(last));
        Assert.NotNull(TestDossiers.InboxRow(last, later[^1]));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Two_officers_forwarding_at_once_one_wins_and_the_other_is_told_R13(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        await Officers.AddAsync(app, "chuyenvien1b", "Phạm Thị Thu", MotCua.Domain.Role.Processor, "000.01.31.H22");
        var saves = new SimultaneousSaves();
        var racing = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.ConfigureDbContext<MotCuaDbContext>(o => o.AddInterceptors(saves))));
        var first = await Officers.SignedInAsync(racing, "chuyenvien1");
        var second = await Officers.SignedInAsync(racing, "chuyenvien1b");

        // Both have the page open, then post one after the other: the second is told by the domain.
        var code = await TestDossiers.ReceiveAsync(app, MaritalStatus, Local(23, 9));
        var page = $"/ho-so/{code}";
        var firstForm = await Officers.OpenFormAsync(first, page);
        var secondForm = await Officers.OpenFormAsync(second, page);
        Assert.Equal(HttpStatusCode.Redirect, (await firstForm.PostAsync("Forward")).StatusCode);
        var late = await secondForm.PostAsync("Forward");
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Contains("Vai trò \"Chuyên viên xử lý\" không được \"chuyển bước tiếp theo\". (VAI-TRO)", await late.TextAsync());
        Assert.Single((await Load(app, code)).History, h => h.Action == DossierAction.Forward);

        // Both load the dossier before either saves: one forward is saved, the other officer is told
        // and sees the dossier as it now stands.
        var raced = await TestDossiers.ReceiveAsync(app, MaritalStatus, Local(23, 9, 5));
        page = $"/ho-so/{raced}";
        firstForm = await Officers.OpenFormAsync(first, page);
        secondForm = await Officers.OpenFormAsync(second, page);
        saves.Armed = true;
        var responses = await Task.WhenAll(firstForm.PostAsync("Forward"), secondForm.PostAsync("Forward"));
        saves.Armed = false;
        Assert.Equal(2, saves.Held);
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        var told = await Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK).TextAsync();
        Assert.Contains(Acted.ConcurrentChange, told);
        Assert.Contains("Bước 2: Phê duyệt, ký Giấy xác nhận tình trạng hôn nhân", told);
        Assert.Equal(3, TestDossiers.ControlSlip(told).Count);
        Assert.Single((await Load(app, raced)).History, h => h.Action == DossierAction.Forward);
    }

    /// <summary>While armed, holds each save of a dossier action until a second one arrives, so both requests have loaded the dossier before either writes.</summary>
    sealed class SimultaneousSaves : SaveChangesInterceptor
    {
        readonly Barrier _barrier = new(2);
        int _held;

        public bool Armed { get; set; }
        public int Held => _held;

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
            CancellationToken cancellationToken = default)
        {
            if (Armed && eventData.Context!.ChangeTracker.Entries<HistoryEntry>().Any(e => e.State == EntityState.Added))
            {
                Interlocked.Increment(ref _held);
                Assert.True(_barrier.SignalAndWait(TimeSpan.FromSeconds(30)), "the other officer's save never came");
            }
            return base.SavingChangesAsync(eventData, result, cancellationToken);
        }
    }

    static async Task<Dossier> Load(MotCuaApp app, string code)
    {
        await using var db = app.NewDbContext();
        return await db.Dossiers.Include(d => d.Version).Include(d => d.History).AsNoTracking().SingleAsync(d => d.Code == DossierCode.Parse(code));
    }
}
