using System.Net;

namespace MotCua.Tests.Floor;

/// <summary>The floor's statistics over HTTP (R40, issue 15): the figures of the tickets the counters called and served.</summary>
public class StatisticsTests
{
    const string Justice = "Tư pháp – Hộ tịch, chứng thực";

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_days_waits_and_services_appear_per_counter_officer_group_and_hour_R40(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 1);
        var citizen = app.Browser();
        for (var i = 0; i < 3; i++)
            await citizen.PostFormAsync("/lay-so", new() { ["Group"] = Justice, ["Priority"] = "None" });
        var counter = await app.SignedIn("tiepnhan1");
        app.Clock.Advance(TimeSpan.FromMinutes(6));
        await counter.PostFormAsync("/quay?so=1&handler=Next", new(), "/quay?so=1"); // number 1 waited 6 minutes
        app.Clock.Advance(TimeSpan.FromMinutes(4));
        await counter.PostFormAsync("/quay?so=1&handler=Next", new(), "/quay?so=1"); // 1 served in 4, number 2 waited 10

        var monitor = await app.SignedIn("giamsat");
        var page = await monitor.GetStringAsync("/quay/thong-ke");
        Assert.Contains("Ngày 23/11/2026", page);
        Assert.Matches(@"<dt>Số đã cấp</dt><dd>3</dd>\s*</div>\s*<div><dt>Đã phục vụ</dt><dd>1</dd>", page);
        Assert.Contains("<dt>Chờ trung bình</dt><dd>8 phút</dd>", page);
        Assert.Contains("<dt>Phục vụ trung bình</dt><dd>4 phút</dd>", page);
        Assert.Contains("<tr><td>1</td><td>2</td><td>1</td><td>0</td><td>8 phút</td><td>10 phút</td><td>4 phút</td></tr>", page);
        Assert.Contains("<tr><td>10:00–11:00</td><td>3</td><td>2</td><td>1</td><td>1</td><td>8 phút</td></tr>", page);
        Assert.Contains("<svg viewBox=\"0 0 900 240\" role=\"img\" aria-labelledby=\"queue-title\">", page);

        var wrong = await monitor.GetAsync("/quay/thong-ke?tu=2026-11-23&den=2026-11-01");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("“Đến ngày” phải sau hoặc cùng “Từ ngày”.", await wrong.Content.ReadAsStringAsync());
        var tooLong = await monitor.GetAsync("/quay/thong-ke?tu=01/01/2026&den=23/11/2026");
        Assert.Contains("Xin chọn không quá 92 ngày.", await tooLong.Content.ReadAsStringAsync());
        var earlier = await monitor.GetStringAsync("/quay/thong-ke?tu=01/11/2026&den=22/11/2026");
        Assert.Contains("Không có số thứ tự nào được cấp trong thời gian này.", earlier);
        Assert.Equal(HttpStatusCode.Redirect, (await app.Browser().GetAsync("/quay/thong-ke")).StatusCode);
    }
}
