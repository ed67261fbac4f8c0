using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Data.Notifications;
using MotCua.Domain;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Features.Shared;
using MotCua.Platform;
using MotCua.Tests.Processing;
using MotCua.Tests.Reception;

namespace MotCua.Tests.Notifications;

public sealed class ApiChannelTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task AnApiSubmissionCarriesTheChannelChoice_TheCenterIsNotified_AndReceptionMessagesOnlyByTheChosenChannel_R9(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/dossiers")
        {
            Content = JsonContent.Create(new
            {
                procedureCode = "1.001193",
                caseName = "Đăng ký khai sinh",
                applicant = new
                {
                    name = "Lê Văn Minh", identityNumber = "001089012345", address = "Số 3, đường Quang Trung, huyện Vĩnh An",
                    phone = "0987654321", email = "minh@example.vn", notifyByEmail = true, notifyBySms = false,
                },
                components = new[] { "Tờ khai đăng ký khai sinh theo mẫu", "Giấy chứng sinh; nếu không có: văn bản người làm chứng hoặc giấy cam đoan về việc sinh" }
                    .Select(name => new { name, originals = 1, copies = 0 }),
                resultChannel = "Online",
            }),
        };
        request.Headers.Add("Idempotency-Key", "kenh-1");
        var created = await app.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var code = (await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("code").GetString()!;

        // Submitting online tells the Center's reception under the bell; the applicant hears once it is received.
        var reception = await app.SignedIn("tiepnhan1");
        Assert.Contains($"Hồ sơ trực tuyến mới {code} chờ tiếp nhận.", await reception.ReadAsync("/thong-bao"));
        Assert.Empty(await Notify.OutboxAsync(app, code));

        await using (var db = app.NewDbContext())
        {
            var dossier = await db.Dossiers.Whole().SingleAsync(d => d.Code == DossierCode.Parse(code));
            Assert.Equal(NotifyBy.Email, dossier.Applicant.NotifyBy);
            var locality = await app.Services.GetRequiredService<LocalitySource>().GetAsync(db);
            Assert.True(dossier.ReceiveOnline(await Desk.ActorAsync(db, "tiepnhan1", Role.Reception), MotCuaApp.DefaultNow.AddMinutes(30), locality).Succeeded);
            await db.SaveChangesAsync();
        }
        var queued = Assert.Single(await Notify.OutboxAsync(app, code));
        Assert.Equal((MessageChannel.Email, "minh@example.vn"), (queued.Channel, queued.To));
        Assert.Equal($"Đã tiếp nhận hồ sơ {code}", queued.Subject);
    }
}
