using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Dossiers;
using static MotCua.Tests.Reception.Desk;

namespace MotCua.Tests.Reception;

/// <summary>Online submissions waiting at the Center: received and transferred, sent back for completion, or refused.</summary>
public class OnlineTests
{
    static readonly DateTimeOffset Morning = new(2026, 11, 23, 8, 0, 0, TimeSpan.FromHours(7));
    const string First = "000.01.31.H22-261123-0101";
    const string Second = "000.01.31.H22-261123-0102";
    const string Third = "000.01.31.H22-261123-0103";

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_desk_receives_an_online_submission_and_transfers_it_or_asks_for_completion_or_refuses_it_R4_R7_R8_R11_R43(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        await SubmitOnlineAsync(app, First, Morning);
        await SubmitOnlineAsync(app, Second, Morning.AddMinutes(10));
        await SubmitOnlineAsync(app, Third, Morning.AddMinutes(20));
        var client = await app.SignedIn("tiepnhan1");

        var desk = await client.TextAsync("/tiep-nhan");
        Assert.Contains("Hồ sơ nộp trực tuyến chờ tiếp nhận (3)", desk);
        Assert.True(desk.IndexOf(First, StringComparison.Ordinal) < desk.IndexOf(Third, StringComparison.Ordinal), "oldest submission first");
        Assert.Contains($"href=\"/tiep-nhan/truc-tuyen/{First}\"", desk);

        // Received from the desk: the clock counts from the submission at 08:00 (R43), and the agency has it at once (R11).
        var first = await FormPage.OpenAsync(client, $"/tiep-nhan/truc-tuyen/{First}");
        Assert.Contains("Thủ tục đăng ký kết hôn", first.Text);
        Assert.Contains(MarriageForm, first.Text);
        var received = await first.PostAsync($"/tiep-nhan/truc-tuyen/{First}?handler=Receive");
        received.RedirectsTo($"/tiep-nhan/giay-hen/{First}");
        var receipt = await client.TextAsync($"/tiep-nhan/giay-hen/{First}");
        Assert.Contains($"Đã tiếp nhận hồ sơ trực tuyến {First} và chuyển đến Phòng Tư pháp huyện Vĩnh An.", receipt);
        Assert.Contains("Thời gian trả kết quả giải quyết hồ sơ: <strong>17 giờ 00 phút, ngày 25 tháng 11 năm 2026</strong>", receipt);
        Assert.Contains("Thời gian nhận hồ sơ: 10 giờ 00 phút, ngày 23 tháng 11 năm 2026.", receipt);
        Assert.Contains("Thời hạn giải quyết tính từ 08 giờ 00 phút, ngày 23 tháng 11 năm 2026.", receipt);
        var pdf = await (await client.GetAsync($"/bieu-mau/{First}/mau-01")).Content.ReadAsByteArrayAsync();
        Assert.Contains("Thời hạn giải quyết tính từ 08 giờ 00 phút, ngày 23 tháng 11 năm 2026.",
            System.Text.RegularExpressions.Regex.Replace(await MotCua.Tests.Forms.ReceiptPdfTests.PdfText(pdf), @"\s+", " "));

        // A form left open on a dossier another officer has acted on is not applied.
        var stale = await first.PostAsync($"/tiep-nhan/truc-tuyen/{First}?handler=Refuse", ("Reason", "Trùng hồ sơ"));
        Assert.Contains(MotCua.Features.Shared.Acted.ConcurrentChange, await stale.TextAsync());

        // R7 online: the items to complete are published components only (R4), with a reason.
        var second = await FormPage.OpenAsync(client, $"/tiep-nhan/truc-tuyen/{Second}");
        var forged = await second.PostAsync($"/tiep-nhan/truc-tuyen/{Second}?handler=Ask", ("Items", "Giấy xác nhận của tổ dân phố"), ("Reason", "Thiếu giấy tờ"));
        Assert.Contains("Chỉ được yêu cầu các thành phần hồ sơ đã công bố", await forged.TextAsync());
        var asked = await second.PostAsync($"/tiep-nhan/truc-tuyen/{Second}?handler=Ask", ("Items", MarriageForm), ("Reason", "Bản chụp tờ khai không đọc được"));
        asked.RedirectsTo($"/tiep-nhan/phieu-bo-sung/{Second}");
        Assert.Contains($"<li>{MarriageForm}</li>", await client.TextAsync($"/tiep-nhan/phieu-bo-sung/{Second}"));

        // R8 online.
        var third = await FormPage.OpenAsync(client, $"/tiep-nhan/truc-tuyen/{Third}");
        var refused = await third.PostAsync($"/tiep-nhan/truc-tuyen/{Third}?handler=Refuse", ("Reason", "Đã đăng ký kết hôn tại nơi khác"));
        refused.RedirectsTo($"/tiep-nhan/phieu-tu-choi/{Third}");

        await using var db = app.NewDbContext();
        var dossiers = await db.Dossiers.Include(d => d.History).OrderBy(d => d.Code).ToListAsync();
        Assert.Equal([DossierState.InProcessing, DossierState.CompletionRequested, DossierState.RefusedAtCounter], dossiers.Select(d => d.State));
        Assert.Equal([DossierAction.SubmitOnline, DossierAction.Receive, DossierAction.Transfer], dossiers[0].History.OrderBy(h => h.Sequence).Select(h => h.Action));
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 17, 0, 0, TimeSpan.FromHours(7)), dossiers[0].Due);
        Assert.Equal([MarriageForm], dossiers[1].History.Single(h => h.Action == DossierAction.IssueCompletionSlip).Documents);
        Assert.Equal("Đã đăng ký kết hôn tại nơi khác", dossiers[2].ClosingReason);
        Assert.Contains("Hồ sơ nộp trực tuyến chờ tiếp nhận (0)", await client.TextAsync("/tiep-nhan"));
    }
}
