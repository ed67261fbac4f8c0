using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace MotCua.Tests.Browser;

public sealed partial class JourneyInBrowserTests(ITestOutputHelper output)
{
    /// <summary>
    /// A citizen takes a ticket at the kiosk; the hall's board, a second page left open, shows the call when the officer
    /// presses "Gọi số tiếp theo" and says it in Vietnamese (the page's speech is recorded by a spy: headless browsers have no voice).
    /// </summary>
    [Fact]
    public async Task A_kiosk_ticket_is_called_at_a_counter_and_the_open_hall_board_shows_and_speaks_it_R40()
    {
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 1, kestrel: true);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;

        // The administrator makes the hall's screen a kiosk and leaves it signed out.
        var kiosk = await SignInAsync(browser, app, "quantri");
        await kiosk.Context.AddInitScriptAsync("window.__printed = 0; window.print = () => { window.__printed++; };");
        await kiosk.GotoAsync("/kiosk/dang-ky");
        await kiosk.GetByLabel("Tên ki-ốt").FillAsync("Ki-ốt sảnh chính");
        await kiosk.GetByRole(AriaRole.Button, new() { Name = "Đăng ký ki-ốt" }).ClickAsync();
        await kiosk.WaitForURLAsync(url => url.EndsWith("/kiosk"));
        await Chromium.ScreenshotAsync(kiosk, "floor-0-kiosk-home");

        // A citizen touches the screen: a ticket in the priority lane, printed by the kiosk.
        await kiosk.GetByRole(AriaRole.Link, new() { Name = "Lấy số thứ tự" }).ClickAsync();
        await kiosk.GetByLabel("Tư pháp – Hộ tịch, chứng thực").CheckAsync();
        await kiosk.GetByLabel("Người cao tuổi").CheckAsync();
        await kiosk.GetByRole(AriaRole.Button, new() { Name = "Lấy số", Exact = true }).ClickAsync();
        Assert.Equal("0001", await kiosk.Locator("#ticket-number").InnerTextAsync());
        Assert.Contains("Bạn là người tiếp theo", await kiosk.Locator("#ticket-status").InnerTextAsync());
        await kiosk.WaitForFunctionAsync("() => window.__printed === 1");
        await Chromium.ScreenshotAsync(kiosk, "floor-1-kiosk-ticket");

        var hall = await (await browser.NewContextAsync(new() { BaseURL = app.Address, Locale = "vi-VN" })).NewPageAsync();
        await hall.AddInitScriptAsync("""
            window.__spoken = [];
            window.speechSynthesis.speak = u => window.__spoken.push({ text: u.text, lang: u.lang });
            """);
        await hall.GotoAsync("/bang-goi");
        await hall.GetByRole(AriaRole.Button, new() { Name = "Bật âm thanh gọi số" }).ClickAsync();
        await Assertions.Expect(hall.Locator("#board-connection")).ToHaveTextAsync("Đã kết nối");

        var counter = await SignInAsync(browser, app, "tiepnhan1");
        await counter.GotoAsync("/quay?so=1");
        var pressed = Stopwatch.StartNew();
        await counter.GetByRole(AriaRole.Button, new() { Name = "Gọi số tiếp theo" }).ClickAsync();
        await hall.Locator("#board-calls tr.board-new").First.WaitForAsync(new() { Timeout = 5_000 });
        // Pushed to the open page, never reloaded. The one-second goal is measured under load, 200 boards and 20 counters,
        // in bench/MotCua.FloorLoad (p99 0.34-0.50 s); here, on a machine busy with the whole suite, it is only reported.
        output.WriteLine($"The board showed the call {pressed.Elapsed.TotalMilliseconds:0} ms after the press.");
        Assert.Equal("0001", await hall.Locator("#board-calls tr.board-new td.board-ticket").First.InnerTextAsync());
        Assert.Equal("1", await hall.Locator("#board-calls tr.board-new td.board-counter").First.InnerTextAsync());
        var spoken = await hall.EvaluateAsync<string[]>("() => window.__spoken.filter(s => s.lang === 'vi-VN').map(s => s.text)");
        Assert.Contains("Mời công dân có số thứ tự 1 đến quầy số 1", spoken);
        await Chromium.ScreenshotAsync(hall, "floor-2-board");
        Assert.Contains("Đang phục vụ: số 0001", await counter.Locator("#counter-console").InnerTextAsync());
        await Chromium.ScreenshotAsync(counter, "floor-3-counter");
        await counter.GetByRole(AriaRole.Link, new() { Name = "Thống kê gọi số, thời gian chờ và phục vụ" }).ClickAsync();
        Assert.Contains("Nguyễn", await counter.Locator("#statistics-officers").InnerTextAsync());
        Assert.Equal(1, await counter.Locator("figure.chart svg rect.received").CountAsync());
        await Chromium.ScreenshotAsync(counter, "floor-4-statistics");

        await kiosk.GetByRole(AriaRole.Link, new() { Name = "Cập nhật" }).ClickAsync();
        Assert.Contains("Mời bạn đến quầy số 1", await kiosk.Locator("#ticket-status").InnerTextAsync());
        Assert.Equal(0, await kiosk.EvaluateAsync<int>("() => window.__printed")); // following the ticket does not print it again

        // The next citizen looks a dossier up by the receipt's QR, which the kiosk's scanner types.
        string code;
        await using (var db = app.NewDbContext())
            code = (await db.Dossiers.Select(d => d.Code).FirstAsync()).ToString();
        await kiosk.GetByRole(AriaRole.Link, new() { Name = "Trang chính" }).ClickAsync();
        await kiosk.GetByRole(AriaRole.Link, new() { Name = "Tra cứu hồ sơ" }).ClickAsync();
        await kiosk.Keyboard.TypeAsync($"{app.Address}/tra-cuu?ma={code}");
        await kiosk.Keyboard.PressAsync("Enter");
        await kiosk.WaitForURLAsync(url => url.Contains("/tra-cuu?ma="));
        Assert.Equal(code, await kiosk.GetByLabel("Mã hồ sơ").InputValueAsync());
    }
    /// <summary>A citizen books a slot on a phone; at the Center the kiosk's "Tôi có lịch hẹn" gives a ticket that a counter calls.</summary>
    [Fact]
    public async Task A_booked_appointment_joins_the_queue_at_check_in_and_is_called_R40()
    {
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 1, kestrel: true); // Monday 23/11/2026 10:00
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;

        var phone = await (await browser.NewContextAsync(new() { BaseURL = app.Address, Locale = "vi-VN" })).NewPageAsync();
        await phone.GotoAsync("/dat-lich");
        await phone.GetByLabel("Lĩnh vực").SelectOptionAsync(new SelectOptionValue { Label = "Tư pháp – Hộ tịch, chứng thực" });
        await phone.GetByLabel("Ngày").FillAsync("2026-11-23");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Xem khung giờ" }).ClickAsync();
        await phone.GetByLabel("10:30 — còn 4 lượt").CheckAsync();
        await phone.GetByLabel("Họ và tên").FillAsync("Đỗ Thị Hoa");
        await phone.GetByLabel("Số điện thoại").FillAsync("0912345678");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Đặt lịch" }).ClickAsync();
        var code = await phone.Locator("#booking-code").InnerTextAsync();
        Assert.Matches("^[0-9]{6}$", code);
        await Chromium.ScreenshotAsync(phone, "floor-5-booked");

        var kiosk = await (await browser.NewContextAsync(new() { BaseURL = app.Address, Locale = "vi-VN" })).NewPageAsync();
        await kiosk.GotoAsync("/lay-so?kiosk=true");
        await kiosk.GetByLabel("Mã lịch hẹn").FillAsync(code);
        await kiosk.GetByRole(AriaRole.Button, new() { Name = "Nhận số theo lịch hẹn" }).ClickAsync();
        Assert.Equal("0001", await kiosk.Locator("#ticket-number").InnerTextAsync());
        Assert.Contains("Bạn là người tiếp theo", await kiosk.Locator("#ticket-status").InnerTextAsync());

        var counter = await SignInAsync(browser, app, "tiepnhan1");
        await counter.GotoAsync("/quay?so=1");
        await counter.GetByRole(AriaRole.Button, new() { Name = "Gọi số tiếp theo" }).ClickAsync();
        Assert.Contains("Đang phục vụ: số 0001", await counter.Locator("#counter-console").InnerTextAsync());
        await kiosk.GetByRole(AriaRole.Link, new() { Name = "Cập nhật" }).ClickAsync();
        Assert.Contains("Mời bạn đến quầy số 1", await kiosk.Locator("#ticket-status").InnerTextAsync());
    }
}
