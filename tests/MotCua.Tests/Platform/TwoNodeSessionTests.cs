using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Domain.Codes;
using MotCua.Features.Demo;
using MotCua.Features.Shared;
using MotCua.Tests.Exceptions;
using MotCua.Tests.Notifications;
using MotCua.Tests.Processing;

namespace MotCua.Tests.Platform;

/// <summary>
/// Two nodes behind a balancer share nothing but the database: each has its own home directory here, where
/// ASP.NET Core would otherwise keep its keys. A sign-in, an API token and a receipt's rating link made by one
/// node are honoured by the other (ADR 11).
/// </summary>
public sealed class TwoNodeSessionTests
{
    [Fact]
    public async Task A_sign_in_a_bearer_token_and_a_rating_link_made_on_one_node_work_on_the_other()
    {
        await using var app = await MotCuaApp.StartAsync("Postgres", dossiers: 0);
        var code = await TestDossiers.ReceiveAsync(app, ExceptionDesk.MaritalStatus, MotCuaApp.DefaultNow.AddHours(-2));
        var (first, firstAddress) = await StartNodeAsync(app);
        using var firstNode = first;
        var (second, secondAddress) = await StartNodeAsync(app);
        using var secondNode = second;
        try
        {
            var cookies = new CookieContainer();
            var onFirst = Client(firstAddress, cookies);
            var signedIn = await onFirst.PostFormAsync("/dang-nhap", new() { ["UserName"] = "giamsat", ["Password"] = DemoSeed.Password });
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            // The same cookies, sent to the other node.
            foreach (Cookie cookie in cookies.GetCookies(firstAddress))
                cookies.Add(secondAddress, new Cookie(cookie.Name, cookie.Value, "/"));
            var desk = await Client(secondAddress, cookies).GetAsync("/phan-anh-kien-nghi");
            Assert.Equal(HttpStatusCode.OK, desk.StatusCode);

            var token = await (await onFirst.PostAsJsonAsync("/api/v1/token", new { userName = "chuyenvien1", password = DemoSeed.Password })).JsonAsync();
            var api = Client(secondAddress, new CookieContainer());
            api.DefaultRequestHeaders.Authorization = new("Bearer", (string)token["accessToken"]!);
            Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/v1/officer/dossiers/{code}")).StatusCode);

            // The link the test's own node prints on the receipt opens the rating page on a node started after it.
            var link = app.Services.GetRequiredService<RatingLinks>().Token(DossierCode.Parse(code));
            var rating = await api.GetAsync($"/danh-gia?ma={code}&k={link}");
            Assert.Equal(HttpStatusCode.OK, rating.StatusCode);
            Assert.Equal(HttpStatusCode.BadRequest, (await api.GetAsync($"/danh-gia?ma={code}&k=A{link[1..]}")).StatusCode);
        }
        finally
        {
            first.Kill(entireProcessTree: true);
            second.Kill(entireProcessTree: true);
            await Task.WhenAll(first.WaitForExitAsync(), second.WaitForExitAsync());
        }
    }

    static Task<(System.Diagnostics.Process, Uri)> StartNodeAsync(MotCuaApp app) => AppProcess.StartServingAsync(app.Database, new()
    {
        ["Notifications__SenderEnabled"] = "false",
        ["DeadlineWatch__Enabled"] = "false",
        ["SupplementClosure__Enabled"] = "false",
        ["HOME"] = Directory.CreateTempSubdirectory("motcua-node-").FullName,
    });

    static HttpClient Client(Uri node, CookieContainer cookies) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies }) { BaseAddress = node };
}
