using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Domain.Codes;
using MotCua.Domain.Floor;
using MotCua.Platform;
using MotCua.Features.Shared;

namespace MotCua.Tests.Floor;

/// <summary>The hall's kiosk (issue 15): registered by an officer, it serves many citizens from one address in its touch layout.</summary>
public class KioskTests
{
    const string Justice = "Tư pháp – Hộ tịch, chứng thực";

    static async Task<HttpClient> RegisteredKioskAsync(MotCuaApp app)
    {
        var officer = await app.SignedIn("quantri");
        var registered = await officer.PostFormAsync("/kiosk/dang-ky", new() { ["Name"] = "Ki-ốt sảnh 1" });
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Assert.Equal("/kiosk", registered.Headers.Location!.OriginalString);
        return officer;
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_registered_kiosk_takes_tickets_for_a_whole_hall_while_a_phone_is_limited_to_ten_a_minute_R40(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 1);
        var kiosk = await RegisteredKioskAsync(app);
        var home = await kiosk.GetStringAsync("/kiosk");
        Assert.Contains("id=\"kiosk-home\"", home);
        Assert.DoesNotContain("chưa được đăng ký", home);
        // Registering signs the officer out: the kiosk serves citizens under no account.
        Assert.Equal(HttpStatusCode.Redirect, (await kiosk.GetAsync("/quan-tri")).StatusCode);

        for (var i = 1; i <= 15; i++)
        {
            var taken = await kiosk.PostFormAsync("/lay-so", new() { ["Group"] = Justice, ["Priority"] = "None" });
            Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
            Assert.Equal($"/lay-so/2026-11-23/{i}?kiosk=true&in=true", taken.Headers.Location!.OriginalString);
        }
        var ticket = await kiosk.GetStringAsync("/lay-so/2026-11-23/15?kiosk=true&in=true");
        Assert.Contains("data-print-once=\"yes\"", ticket);
        Assert.Contains("Quét mã để theo dõi số trên điện thoại", ticket);
        Assert.Contains("data-print-once=\"no\"", await kiosk.GetStringAsync("/lay-so/2026-11-23/15?kiosk=true"));

        var phone = app.Browser();
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 11; i++)
            answers.Add((await phone.PostFormAsync("/lay-so", new() { ["Group"] = Justice, ["Priority"] = "None" })).StatusCode);
        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Redirect, 10).Append(HttpStatusCode.TooManyRequests), answers);
        // A phone that opens the kiosk's pages is just a phone: no kiosk layout, no printing.
        Assert.Contains("chưa được đăng ký", await phone.GetStringAsync("/kiosk"));
        Assert.Contains("data-print-once=\"no\"", await phone.GetStringAsync("/lay-so/2026-11-23/15?kiosk=true&in=true"));

        await using var db = app.NewDbContext();
        var sources = await db.Tickets.GroupBy(t => t.Source).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        Assert.Equal(15, sources[TicketSource.Kiosk]);
        Assert.Equal(10, sources[TicketSource.Phone]);
    }

    [Fact]
    public async Task A_kiosk_cookie_not_signed_by_the_installation_makes_an_ordinary_device_and_a_kiosk_needs_a_name()
    {
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 1);
        var forged = app.Browser();
        forged.DefaultRequestHeaders.Add("Cookie", $"{KioskDevice.Cookie}=trung-tam%0Aki-ot");
        var page = await forged.GetStringAsync("/kiosk");
        Assert.Contains("chưa được đăng ký", page);
        Assert.DoesNotContain("id=\"kiosk-home\"", page);

        var officer = await app.SignedIn("giamsat");
        var unnamed = await officer.PostFormAsync("/kiosk/dang-ky", new() { ["Name"] = "  " });
        Assert.Equal(HttpStatusCode.BadRequest, unnamed.StatusCode);
        Assert.Contains("Nhập tên ki-ốt", await unnamed.Content.ReadAsStringAsync());
        var control = await officer.PostFormAsync("/kiosk/dang-ky", new() { ["Name"] = "Ki-ốt\u0007" });
        Assert.Contains("ký tự điều khiển", await control.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await app.Browser().GetAsync("/kiosk/dang-ky")).StatusCode);
        var reception = await (await app.SignedIn("tiepnhan1")).GetAsync("/kiosk/dang-ky");
        Assert.StartsWith("/khong-co-quyen", reception.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task The_kiosk_reads_a_receipts_QR_and_opens_the_lookup_or_the_signed_rating_form_R33()
    {
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 5);
        string code;
        await using (var db = app.NewDbContext())
            code = (await db.Dossiers.Select(d => d.Code).FirstAsync()).ToString();
        var token = app.Services.GetRequiredService<RatingLinks>().Token(DossierCode.Parse(code));
        var kiosk = app.Browser();

        var status = await kiosk.GetAsync($"/kiosk/quet?muc=tra-cuu&noi-dung={Uri.EscapeDataString($"https://motcua.example/tra-cuu?ma={code}")}");
        Assert.Equal($"/tra-cuu?ma={code}", status.Headers.Location!.OriginalString);
        var rating = await kiosk.GetAsync($"/kiosk/quet?muc=danh-gia&noi-dung={Uri.EscapeDataString($"https://motcua.example/danh-gia?ma={code}&k={token}")}");
        Assert.Equal($"/danh-gia?ma={code}&k={token}", rating.Headers.Location!.OriginalString);
        var typed = await kiosk.GetAsync($"/kiosk/quet?muc=danh-gia&noi-dung={Uri.EscapeDataString(" " + code.ToLowerInvariant() + " ")}");
        Assert.Equal($"/danh-gia?ma={code}", typed.Headers.Location!.OriginalString);

        var garbage = await kiosk.GetAsync("/kiosk/quet?muc=tra-cuu&noi-dung=xin-chao");
        Assert.Equal(HttpStatusCode.OK, garbage.StatusCode);
        Assert.Contains("Không đọc được mã hồ sơ", await garbage.Content.ReadAsStringAsync());
        var control = await kiosk.GetStringAsync($"/kiosk/quet?muc=tra-cuu&noi-dung={Uri.EscapeDataString(code + "\u0000")}");
        Assert.Contains("không phải mã hồ sơ", control);
        var tooLong = await kiosk.GetStringAsync($"/kiosk/quet?muc=tra-cuu&noi-dung={new string('A', 400)}");
        Assert.Contains("không phải mã hồ sơ", tooLong);
    }
}
