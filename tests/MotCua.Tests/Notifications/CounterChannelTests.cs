using System.Net;
using System.Text.RegularExpressions;
using MotCua.Data.Notifications;
using MotCua.Tests.Reception;

namespace MotCua.Tests.Notifications;

public sealed class CounterChannelTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task TheCounterFormsUntickedSmsLeavesOnlyTheEmail_QueuedByTheReceptionItself_R6(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var client = await app.SignedIn("tiepnhan1");
        var form = await FormPage.OpenAsync(client, $"/tiep-nhan/thu-tuc/{Desk.Marriage}");
        var received = await form.PostAsync($"/tiep-nhan/thu-tuc/{Desk.Marriage}?handler=Receive",
        [
            ("CaseName", Desk.Verified), ("Ticked", Desk.MarriageForm),
            ("ApplicantName", Desk.Hoa), ("IdentityNumber", "001190012345"), ("Address", "Số 5, đường Lê Lợi, huyện Vĩnh An"), ("Phone", "0912345678"),
            ("Email", "hoa@example.vn"), ("ApplicantKind", "individual"), ("ChannelIn", "InPerson"), ("ResultChannel", "InPerson"),
            // What a browser sends for a ticked box (the box, then its hidden false) and an unticked one (the hidden false only).
            ("NotifyByEmail", "true"), ("NotifyByEmail", "false"), ("NotifyBySms", "false"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, received.StatusCode);
        var code = Regex.Match(received.Headers.Location!.OriginalString, "^/tiep-nhan/giay-hen/(.+)$").Groups[1].Value;

        var queued = Assert.Single(await Notify.OutboxAsync(app, code));
        Assert.Equal((MessageChannel.Email, "hoa@example.vn", $"Đã tiếp nhận hồ sơ {code}"), (queued.Channel, queued.To, queued.Subject));
        Assert.Contains("Ngày hẹn trả kết quả: 17:00 01/12/2026", queued.Body);
    }
}
