using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Catalog;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Tests.Reception;
using static MotCua.Tests.Reception.Desk;

namespace MotCua.Tests.Returns;

/// <summary>The return desk: results at the Center, soonest due first, given out at the counter or by post, once.</summary>
public class ReturnDeskTests
{
    static DateTimeOffset Local(int day, int hour, int minute = 0) => new(2026, 11, day, hour, minute, 0, TimeSpan.FromHours(7));

    // Due Monday 30/11 17:00 with the result on Friday 20/11: early, the applicant is to be called (R24).
    const string Early = "000.01.31.H22-261120-0301";
    // Due Monday 23/11 17:00 with the result that morning: on time.
    const string ByPost = "000.01.31.H22-261116-0302";
    // The result is issued but the agency has not brought it to the desk.
    const string NotYetAtDesk = "000.01.31.H22-261120-0303";

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_return_desk_returns_results_at_the_counter_and_by_post_and_records_who_gave_them_to_whom_R13_R24_R25(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        await WithResultAsync(app, Early, Verified, Local(20, 8), Local(20, 9, 30), Channel.InPerson);
        await WithResultAsync(app, ByPost, Verified, Local(16, 8), Local(23, 8, 30), Channel.Post);
        await WithResultAsync(app, NotYetAtDesk, Simple, Local(20, 8), Local(20, 14), Channel.InPerson, handedToDesk: false);
        var client = await app.SignedIn("tiepnhan1");

        var list = await client.TextAsync("/tra-ket-qua");
        Assert.Contains("Kết quả chờ trả (2)", list);
        Assert.True(list.IndexOf(ByPost, StringComparison.Ordinal) < list.IndexOf(Early, StringComparison.Ordinal), "soonest due first");
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(list, "Có kết quả trước hạn — liên hệ người nộp"));
        Assert.True(list.IndexOf("Có kết quả trước hạn", StringComparison.Ordinal) > list.IndexOf(Early, StringComparison.Ordinal), "the early one is flagged");
        Assert.True(list.IndexOf(NotYetAtDesk, StringComparison.Ordinal) > list.IndexOf("Chờ cơ quan chuyển kết quả (1)", StringComparison.Ordinal));

        // The applicant shows the receipt: the officer finds the result by its code (R25: the lists only grow),
        // whole in any case, or the part of it the officer reads out: its last digits, its agency and day.
        foreach (var typed in new[] { Early, Early.ToLowerInvariant(), "0301", "h22-261120-03" })
        {
            var found = await client.TextAsync($"/tra-ket-qua?q={Uri.EscapeDataString(typed)}");
            Assert.Contains("Kết quả chờ trả (1)", found);
            Assert.Contains(Early, found);
            Assert.DoesNotContain(ByPost, found);
        }
        Assert.Contains(ByPost, await client.TextAsync("/tra-ket-qua?q=0302"));
        Assert.Contains("Kết quả chờ trả (0)", await client.TextAsync("/tra-ket-qua?q=khong-co-ho-so-nay"));

        // At the counter, to the applicant.
        var counter = await FormPage.OpenAsync(client, $"/tra-ket-qua/{Early}");
        Assert.Contains("Giấy chứng nhận kết hôn số 125/2026", counter.Text);
        Assert.Contains("Người nộp đăng ký nhận</dt><dd>Nhận trực tiếp tại Bộ phận tiếp nhận và trả kết quả", counter.Text);
        var nobody = await counter.PostAsync($"/tra-ket-qua/{Early}", ("Channel", "InPerson"), ("CollectedBy", " "));
        Assert.Contains("Nhập họ tên người nhận kết quả", await nobody.TextAsync());
        var returned = await counter.PostAsync($"/tra-ket-qua/{Early}", ("Channel", "InPerson"), ("CollectedBy", Hoa));
        returned.RedirectsTo("/tra-ket-qua");
        var after = await client.TextAsync("/tra-ket-qua");
        Assert.Contains($"Đã trả kết quả hồ sơ {Early} cho {Hoa} (trực tiếp) lúc 10:00 23/11/2026; cán bộ trả: Nguyễn Thị Lan.", after);
        Assert.Contains("Kết quả chờ trả (1)", after);

        // By post: a tracking number is required (R24).
        var post = await FormPage.OpenAsync(client, $"/tra-ket-qua/{ByPost}");
        var untracked = await post.PostAsync($"/tra-ket-qua/{ByPost}", ("Channel", "Post"), ("CollectedBy", "Bưu điện huyện Vĩnh An"), ("TrackingNumber", ""));
        Assert.Contains("Trả kết quả qua bưu chính phải có mã vận đơn.", await untracked.TextAsync());
        var tracked = await post.PostAsync($"/tra-ket-qua/{ByPost}", ("Channel", "Post"), ("CollectedBy", "Bưu điện huyện Vĩnh An"), ("TrackingNumber", "EB123456789VN"));
        tracked.RedirectsTo("/tra-ket-qua");

        // Not at the desk yet: nothing to return.
        var waiting = await client.TextAsync($"/tra-ket-qua/{NotYetAtDesk}");
        Assert.Contains("chưa thể trả", waiting);
        var forced = await client.PostFormAsync($"/tra-ket-qua/{NotYetAtDesk}", new() { ["Channel"] = "InPerson", ["CollectedBy"] = Hoa, ["Seen"] = "0" });
        Assert.Contains("Không thể \"trả kết quả\" khi hồ sơ ở trạng thái \"Đã có kết quả\".", await forced.TextAsync());

        await using var db = app.NewDbContext();
        var officer = await db.Users.SingleAsync(u => u.UserName == "tiepnhan1");
        var early = await db.Dossiers.Include(d => d.History).SingleAsync(d => d.Code == DossierCode.Parse(Early));
        Assert.Equal(DossierState.Returned, early.State);
        var atCounter = early.History.OrderBy(h => h.Sequence).Last();
        Assert.Equal((DossierAction.Return, officer.Id, "Nguyễn Thị Lan", Hoa), (atCounter.Action, atCounter.By.Id, atCounter.By.Name, atCounter.ReceivedBy));
        Assert.Equal(new ResultReturn(Channel.InPerson, Local(23, 10), Hoa, null), early.Return);

        var byPost = await db.Dossiers.Include(d => d.History).SingleAsync(d => d.Code == DossierCode.Parse(ByPost));
        var posted = byPost.History.OrderBy(h => h.Sequence).Last();
        Assert.Equal((DossierAction.Return, "Bưu điện huyện Vĩnh An"), (posted.Action, posted.ReceivedBy));
        Assert.Equal(["Mã vận đơn EB123456789VN"], posted.Documents);
        Assert.Equal("EB123456789VN", byPost.Return!.TrackingNumber);
        Assert.Equal(DossierState.ResultReady, (await db.Dossiers.SingleAsync(d => d.Code == DossierCode.Parse(NotYetAtDesk))).State);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Two_officers_returning_one_result_at_once_one_wins_and_the_other_is_told_R13(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        const string code = "000.01.31.H22-261120-0304";
        await WithResultAsync(app, code, Simple, Local(20, 8), Local(20, 10), Channel.InPerson);
        var lan = await FormPage.OpenAsync(await app.SignedIn("tiepnhan1"), $"/tra-ket-qua/{code}");
        var tuan = await FormPage.OpenAsync(await app.SignedIn("tiepnhan2"), $"/tra-ket-qua/{code}");

        (await lan.PostAsync($"/tra-ket-qua/{code}", ("Channel", "InPerson"), ("CollectedBy", Hoa))).RedirectsTo("/tra-ket-qua");
        var late = await tuan.PostAsync($"/tra-ket-qua/{code}", ("Channel", "InPerson"), ("CollectedBy", "Trần Văn Chồng"));
        var text = await late.TextAsync();
        Assert.Contains(MotCua.Features.Shared.Acted.ConcurrentChange, text);
        Assert.Contains($"Đã trả kết quả cho {Hoa}", text);

        await using var db = app.NewDbContext();
        var dossier = await db.Dossiers.Include(d => d.History).SingleAsync(d => d.Code == DossierCode.Parse(code));
        var returns = dossier.History.Where(h => h.Action == DossierAction.Return).ToList();
        Assert.Equal("Nguyễn Thị Lan", returns.Single().By.Name);
        Assert.Equal(Hoa, dossier.Return!.CollectedBy);
    }
}
