using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MotCua.Features.Shared;
using MotCua.Domain.Codes;
using MotCua.Domain.Ratings;
using MotCua.Features.Ratings;
using MotCua.Tests.Processing;

namespace MotCua.Tests.Browser;

public sealed partial class JourneyInBrowserTests
{
    [Fact]
    public async Task The_applicant_rates_from_the_receipt_QR_and_another_at_the_counter_tablet_and_the_director_reads_the_figures_in_a_real_browser_R33_R63()
    {
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 0, kestrel: true);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var byQr = await TestDossiers.ReceiveAsync(app, "1.001193", MotCuaApp.DefaultNow.AddHours(-1));
        var atCounter = await TestDossiers.ReceiveAsync(app, "1.001193", MotCuaApp.DefaultNow.AddMinutes(-30), applicant: "Trần Văn Bảo");

        // The QR on the receipt opens the rating page with the code filled in and no phone asked.
        var link = app.Services.GetRequiredService<RatingLinks>().Url(DossierCode.Parse(byQr));
        var citizen = await (await browser.NewContextAsync(new() { BaseURL = app.Address })).NewPageAsync();
        await citizen.GotoAsync(link);
        Assert.Equal(0, await citizen.Locator("input[name=so]").CountAsync());
        await citizen.GetByLabel("Rất hài lòng").First.CheckAsync();
        await citizen.GetByText("Đánh giá theo từng tiêu chí").ClickAsync();
        await citizen.GetByLabel("Thái độ của cán bộ, công chức, viên chức: Rất hài lòng").CheckAsync();
        await citizen.GetByLabel("Ý kiến góp ý", new() { Exact = false }).FillAsync("Cán bộ hướng dẫn rất tận tình.");
        await Chromium.ScreenshotAsync(citizen, "rating-1-qr-form");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Gửi đánh giá" }).ClickAsync();
        Assert.Contains("Cảm ơn bạn đã đánh giá", await citizen.Locator("#rating-thanks").InnerTextAsync());
        await Chromium.ScreenshotAsync(citizen, "rating-2-thanks");

        // At the counter the officer picks today's dossier and the applicant taps a big button.
        var reception = await SignInAsync(browser, app, "tiepnhan1");
        await reception.GetByRole(AriaRole.Link, new() { Name = "Đánh giá tại quầy" }).ClickAsync();
        await reception.GetByRole(AriaRole.Link, new() { Name = atCounter }).ClickAsync();
        await Chromium.ScreenshotAsync(reception, "rating-3-tablet");
        await reception.GetByRole(AriaRole.Button, new() { Name = "Không hài lòng" }).ClickAsync();
        Assert.Contains("Không hài lòng", await reception.Locator("#rating-thanks").InnerTextAsync());

        var director = await SignInAsync(browser, app, "giamdoc");
        await director.GetByRole(AriaRole.Link, new() { Name = "Mức độ hài lòng" }).ClickAsync();
        Assert.Contains("50,0 %", await director.Locator("#by-officer").InnerTextAsync());
        await Chromium.ScreenshotAsync(director, "rating-4-summary");

        await using var db = app.NewDbContext();
        var levels = await db.Ratings.AsNoTracking().OrderBy(r => r.RatedAt).Select(r => new { r.Level, r.Channel }).ToListAsync();
        Assert.Equal([(SatisfactionLevel.VerySatisfied, RatingChannel.ReceiptQr), (SatisfactionLevel.Dissatisfied, RatingChannel.CounterTablet)],
            levels.Select(l => (l.Level, l.Channel)));
    }
}
