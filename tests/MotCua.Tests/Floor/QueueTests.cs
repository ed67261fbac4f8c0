using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Floor;

namespace MotCua.Tests.Floor;

/// <summary>The queue over HTTP (R40): a ticket taken, called at a counter, pushed to the hall's board.</summary>
public class QueueTests
{
    const string Justice = "Tư pháp – Hộ tịch, chứng thực"; // counter 1 of the demo (seeded with its dossiers)

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_citizen_takes_a_ticket_a_counter_calls_it_and_the_ticket_page_sends_the_citizen_there_R40(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 1);
        var citizen = app.Browser();
        var first = await citizen.PostFormAsync("/lay-so", new() { ["Group"] = Justice, ["Priority"] = "None", ["kiosk"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal("/lay-so/2026-11-23/1?kiosk=true", first.Headers.Location!.OriginalString);
        var elderly = await citizen.PostFormAsync("/lay-so", new() { ["Group"] = Justice, ["Priority"] = "Elderly" });
        Assert.Equal("/lay-so/2026-11-23/2", elderly.Headers.Location!.OriginalString);

        var page = await citizen.GetStringAsync("/lay-so/2026-11-23/1");
        Assert.Contains("<p class=\"ticket-number\" id=\"ticket-number\">0001</p>", page);
        Assert.Contains("Trước bạn còn <strong>1</strong> người; thời gian chờ dự kiến khoảng <strong>10 phút</strong>", page);

        var counter = await app.SignedIn("tiepnhan1");
        Assert.Equal(HttpStatusCode.Redirect, (await counter.PostFormAsync("/quay?so=1&handler=Next", new(), "/quay?so=1")).StatusCode);
        var console = await counter.GetStringAsync("/quay?so=1");
        Assert.Contains("Đã gọi số 0002.", console); // the priority lane first
        Assert.Contains("Đang phục vụ: số <span id=\"counter-current\">0002</span>", console);
        Assert.Contains("Mời bạn đến <strong>quầy số 1</strong>", await citizen.GetStringAsync("/lay-so/2026-11-23/2"));
        Assert.Contains("Bạn là người tiếp theo", await citizen.GetStringAsync("/lay-so/2026-11-23/1"));

        // The next press finishes the one being served and calls the next.
        await counter.PostFormAsync("/quay?so=1&handler=Next", new(), "/quay?so=1");
        await using var db = app.NewDbContext();
        var tickets = await db.Tickets.OrderBy(t => t.Number).ToListAsync();
        Assert.Equal([(TicketState.Called, (int?)1), (TicketState.Served, 1)], tickets.Select(t => (t.State, t.Counter)));
        Assert.Equal(TicketSource.Kiosk, tickets[0].Source);

        var empty = await counter.PostFormAsync("/quay?so=1&handler=Next", new(), "/quay?so=1");
        Assert.Contains("Không còn công dân chờ ở lĩnh vực của quầy.", await empty.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_ticket_for_a_group_no_counter_serves_is_refused_and_unknown_tickets_are_not_found_R40()
    {
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 1);
        var citizen = app.Browser();
        var refused = await citizen.PostFormAsync("/lay-so", new() { ["Group"] = "Không có", ["Priority"] = "None" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Chọn lĩnh vực cần giải quyết để lấy số thứ tự.", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync("/lay-so/2026-11-23/99")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync("/lay-so/2026-11-22/1")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await citizen.GetAsync("/lay-so/khong-phai-ngay/1")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await citizen.GetAsync("/quay")).StatusCode);
    }

    [Fact]
    public async Task The_board_receives_each_call_as_it_is_made_R40()
    {
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 1);
        var citizen = app.Browser();
        await citizen.PostFormAsync("/lay-so", new() { ["Group"] = Justice, ["Priority"] = "None" });

        using var board = app.Browser();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/bang-goi/su-kien");
        using var response = await board.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        Assert.Equal("retry: 2000", await reader.ReadLineAsync());

        var counter = await app.SignedIn("tiepnhan1");
        await counter.PostFormAsync("/quay?so=1&handler=Next", new(), "/quay?so=1");

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        string? line;
        while ((line = await reader.ReadLineAsync(timeout.Token)) is not null && !line.StartsWith("data: ", StringComparison.Ordinal))
        {
        }
        var call = JsonDocument.Parse(line![6..]).RootElement;
        Assert.Equal(("0001", 1, Justice), (call.GetProperty("ticket").GetString(), call.GetProperty("counter").GetInt32(), call.GetProperty("group").GetString()));
        Assert.Equal("Mời công dân có số thứ tự 1 đến quầy số 1", call.GetProperty("spoken").GetString());
        Assert.Contains("<td class=\"board-ticket\">0001</td>", await app.Browser().GetStringAsync("/bang-goi"));
    }
    [Fact]
    public async Task Finishing_a_ticket_links_the_dossier_received_only_when_it_is_one_of_the_Centers_R40()
    {
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 3);
        string code;
        await using (var db = app.NewDbContext())
            code = (await db.Dossiers.Select(d => d.Code).FirstAsync()).ToString();
        await app.Browser().PostFormAsync("/lay-so", new() { ["Group"] = Justice, ["Priority"] = "None" });
        var counter = await app.SignedIn("tiepnhan1");
        await counter.PostFormAsync("/quay?so=1&handler=Next", new(), "/quay?so=1");

        var unknown = await counter.PostFormAsync("/quay?so=1&handler=Finish", new() { ["Ticket"] = "1", ["DossierCode"] = "000.00.00.H00-261123-9999" }, "/quay?so=1");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("Không có hồ sơ với mã này tại Trung tâm", await unknown.Content.ReadAsStringAsync());
        var garbage = await counter.PostFormAsync("/quay?so=1&handler=Finish", new() { ["Ticket"] = "1", ["DossierCode"] = "xin\u0007chao" }, "/quay?so=1");
        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);

        var linked = await counter.PostFormAsync("/quay?so=1&handler=Finish", new() { ["Ticket"] = "1", ["DossierCode"] = " " + code.ToLowerInvariant() }, "/quay?so=1");
        Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);
        await using var check = app.NewDbContext();
        var ticket = await check.Tickets.SingleAsync();
        Assert.Equal((TicketState.Served, code), (ticket.State, ticket.DossierCode));
    }
}
