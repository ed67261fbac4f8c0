using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Codes;
using MotCua.Features.Demo;
using MotCua.Tests.Notifications;
using MotCua.Tests.Reception;

namespace MotCua.Tests.Platform;

/// <summary>
/// Two <c>motcua</c> processes on one PostgreSQL database, as two nodes behind a balancer: a holiday
/// an administrator adds on one changes the due dates the other computes within seconds (ADR 11).
/// </summary>
public sealed class TwoNodeCalendarTests
{
    static readonly TimeZoneInfo Vietnam = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    [Fact]
    public async Task A_holiday_added_on_one_node_moves_the_due_dates_the_other_node_computes_within_seconds()
    {
        await using var app = await MotCuaApp.StartAsync("Postgres", dossiers: 0);
        var settings = new Dictionary<string, string>
        {
            ["Notifications__SenderEnabled"] = "false",
            ["DeadlineWatch__Enabled"] = "false",
            ["SupplementClosure__Enabled"] = "false",
            ["Locality__RefreshInterval"] = "00:00:01",
        };
        var (first, firstAddress) = await AppProcess.StartServingAsync(app.Database, settings);
        using var firstNode = first;
        var (second, secondAddress) = await AppProcess.StartServingAsync(app.Database, settings);
        using var secondNode = second;
        try
        {
            var admin = await SignedInAsync(firstAddress, "quantri");
            var reception = await SignedInAsync(secondAddress, "tiepnhan1");

            // The second node computes a due date, and so holds the calendar in its cache.
            var before = await DueOfNewDossierAsync(app, reception);
            var holiday = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(before, Vietnam).DateTime);

            // The administrator, on the first node, makes that due day a holiday.
            var added = await admin.PostFormAsync("/quan-tri/lich?handler=Add",
                new() { ["Date"] = holiday.ToString("yyyy-MM-dd"), ["Name"] = "Nghỉ đột xuất", ["IsWorking"] = "false" }, "/quan-tri/lich");
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
            var changedAt = Stopwatch.StartNew();

            // The second node's next receptions are due a working day later, with no restart.
            DateTimeOffset after;
            while ((after = await DueOfNewDossierAsync(app, reception)) == before)
            {
                Assert.True(changedAt.Elapsed < TimeSpan.FromSeconds(20), "the second node still computes with the old calendar");
                await Task.Delay(250);
            }
            Assert.True(after > before);
            Assert.NotEqual(holiday, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(after, Vietnam).DateTime));
            Assert.False(first.HasExited);
            Assert.False(second.HasExited);
        }
        finally
        {
            first.Kill(entireProcessTree: true);
            second.Kill(entireProcessTree: true);
            await Task.WhenAll(first.WaitForExitAsync(), second.WaitForExitAsync());
        }
    }

    static async Task<HttpClient> SignedInAsync(Uri node, string userName)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = node };
        var signedIn = await client.PostFormAsync("/dang-nhap", new() { ["UserName"] = userName, ["Password"] = DemoSeed.Password });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return client;
    }

    /// <summary>Receives a marriage registration (five working days) at the counter of the node the client talks to; its stored due date.</summary>
    static async Task<DateTimeOffset> DueOfNewDossierAsync(MotCuaApp app, HttpClient reception)
    {
        const string form = $"/tiep-nhan/thu-tuc/{Desk.Marriage}";
        var page = await FormPage.OpenAsync(reception, form);
        var received = await page.PostAsync($"{form}?handler=Receive",
        [
            ("CaseName", Desk.Verified), ("Ticked", Desk.MarriageForm), ("ApplicantName", Desk.Hoa), ("IdentityNumber", "001190012345"),
            ("Address", "Số 5, đường Lê Lợi, huyện Vĩnh An"), ("Phone", "0912345678"), ("Email", "hoa@example.vn"),
            ("ApplicantKind", "individual"), ("ChannelIn", "InPerson"), ("ResultChannel", "InPerson"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, received.StatusCode);
        var code = Regex.Match(received.Headers.Location!.OriginalString, "/tiep-nhan/giay-hen/(.+)$").Groups[1].Value;
        await using var db = app.NewDbContext();
        return (await db.Dossiers.AsNoTracking().SingleAsync(d => d.Code == DossierCode.Parse(code))).Due!.Value;
    }
}
