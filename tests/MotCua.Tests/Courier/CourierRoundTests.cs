using System.Net;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Catalog;
using MotCua.Domain.Codes;
using MotCua.Domain.Courier;
using MotCua.Domain.Dossiers;
using MotCua.Features.Shared;
using MotCua.Tests.Exceptions;
using MotCua.Tests.Processing;

namespace MotCua.Tests.Courier;

/// <summary>Paper courier rounds over HTTP (R12): dispatched by the Center with a manifest, confirmed by the agency with the count and ticks.</summary>
public sealed class CourierRoundTests
{
    const string Marital = ExceptionDesk.MaritalStatus; // Hộ tịch, Phòng Tư pháp
    static DateTimeOffset At(int day, int hour, int minute = 0) => ExceptionDesk.Local(day, hour, minute).ToUniversalTime();

    /// <summary>Bắc Kạn's rounds (11:00, 16:00) on Monday 23/11/2026 at 10:00, three paper dossiers transferred to Phòng Tư pháp at 09:10.</summary>
    static async Task<(MotCuaApp App, IReadOnlyList<string> Codes)> StartAsync(string provider)
    {
        var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        await ExceptionDesk.UseProfileAsync(app, "bac-kan-ward-2025");
        return (app, await TestDossiers.ReceiveManyAsync(app, Marital, At(23, 9), 3));
    }

    static IEnumerable<KeyValuePair<string, string>> Fields(IEnumerable<string> codes, string name, params (string Key, string Value)[] others) =>
        codes.Select(c => new KeyValuePair<string, string>(name, c)).Concat(others.Select(o => new KeyValuePair<string, string>(o.Key, o.Value)));

    static async Task<string> DispatchAsync(HttpClient reception, IEnumerable<string> codes, string slot = "11:00")
    {
        var page = $"/chuyen-giao-nhan?Agency={ExceptionDesk.Justice}";
        var sent = await reception.PostFieldsAsync($"/chuyen-giao-nhan?handler=Dispatch&Agency={ExceptionDesk.Justice}",
            Fields(codes, "Codes", ("Slot", slot), ("CourierName", "Đinh Văn Toàn")), page);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        return sent.Headers.Location!.OriginalString;
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_round_confirmed_with_one_dossier_missing_writes_the_hand_over_rows_and_a_lost_dossier_incident_R12_R13_R20(string provider)
    {
        var (app, codes) = await StartAsync(provider);
        await using var _ = app;
        var reception = await app.SignedIn("tiepnhan1");
        var day = await reception.ReadAsync($"/chuyen-giao-nhan?Agency={ExceptionDesk.Justice}");
        Assert.Contains("Các chuyến ngày 23/11/2026", day);
        Assert.Contains("<option value=\"11:00\">Chuyến 11:00</option>", day);
        Assert.All(codes, c => Assert.Contains($"value=\"{c}\"", day));
        // Marital status is a three-step procedure: Bắc Kạn sends its paper at once, in an extra round (R12).
        Assert.Contains("id=\"at-once\"", day);
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Count(day, "Giao ngay \\(quy trình 3 bước\\)"));

        var round = await DispatchAsync(reception, codes);
        var sent = await reception.ReadAsync(round);
        Assert.Contains("Chuyến 11:00 ngày 23/11/2026", sent);
        Assert.Contains("Chờ bên nhận", sent);
        Assert.DoesNotContain("id=\"confirm\"", sent); // the sender does not confirm its own round
        var pdf = await reception.GetAsync($"{round}/pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);

        var processor = await app.SignedIn("chuyenvien1");
        Assert.Contains(round, await processor.ReadAsync("/chuyen-giao-nhan"));
        var confirmed = await processor.PostFieldsAsync($"{round}/Confirm",
            Fields([codes[0], codes[2]], "Received", ("Counted", "2"), ("SignedBy", "Hoàng Văn Nam")), round);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var shown = await processor.ReadAsync(round);
        Assert.Contains("Chuyến thiếu 1 hồ sơ so với danh sách giao.", shown);
        Assert.Contains($"href=\"/ho-so/{codes[1]}/su-co\"", shown);
        Assert.Contains("đếm được <strong>2/3</strong>", shown);

        await using (var db = app.NewDbContext())
        {
            var dossiers = await db.Dossiers.Whole().Where(d => d.AgencyId == ExceptionDesk.Justice).ToListAsync();
            var received = dossiers.Single(d => d.Code == DossierCode.Parse(codes[0]));
            Assert.Equal((DossierAction.CourierHandOver, DossierState.InProcessing), (received.History[^1].Action, received.State));
            Assert.Equal("Nguyễn Thị Lan", received.History[^1].By.Name); // who handed over
            Assert.StartsWith("Hoàng Văn Nam", received.History[^1].ReceivedBy);
            var missing = dossiers.Single(d => d.Code == DossierCode.Parse(codes[1]));
            Assert.Equal(IncidentKind.Lost, missing.Incidents.Single().Kind);
            Assert.DoesNotContain(missing.History, h => h.Action == DossierAction.CourierHandOver);
            var stored = await db.CourierRounds.SingleAsync();
            Assert.Equal([codes[1]], stored.Missing.Select(c => c.ToString()));
        }
        Assert.Contains("Thất lạc hồ sơ", await processor.ReadAsync($"/ho-so/{codes[1]}/su-co"));
        Assert.Contains("Bàn giao hồ sơ giấy qua chuyến", await processor.ReadAsync($"/ho-so/{codes[0]}"));
        Assert.Contains("Ghi nhận sự cố", await reception.ReadAsync($"/ho-so/{codes[1]}"));
        // The missing dossier waits for a later round; the received ones do not.
        var after = await reception.ReadAsync($"/chuyen-giao-nhan?Agency={ExceptionDesk.Justice}");
        Assert.Contains($"value=\"{codes[1]}\"", after);
        Assert.DoesNotContain($"value=\"{codes[0]}\"", after);
        Assert.DoesNotContain("<option value=\"11:00\">", after);
    }

    [Fact]
    public async Task Bad_input_is_refused_on_the_page_in_Vietnamese_R12()
    {
        var (app, codes) = await StartAsync("Sqlite");
        await using var _ = app;
        var reception = await app.SignedIn("tiepnhan1");
        var page = $"/chuyen-giao-nhan?Agency={ExceptionDesk.Justice}";
        async Task<string> Dispatch(IEnumerable<string> codes, string slot, string courier)
        {
            var response = await reception.PostFieldsAsync($"/chuyen-giao-nhan?handler=Dispatch&Agency={ExceptionDesk.Justice}",
                Fields(codes, "Codes", ("Slot", slot), ("CourierName", courier)), page);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        }
        Assert.Contains("Chọn ít nhất một hồ sơ để giao trong chuyến.", await Dispatch([], "11:00", "Toàn"));
        Assert.Contains("không phải giờ luân chuyển", await Dispatch(codes, "10:00", "Toàn"));
        Assert.Contains("Xin chọn giờ của chuyến", await Dispatch(codes, "25:00", "Toàn"));
        Assert.Contains("không quá 200 ký tự", await Dispatch(codes, "11:00", new string('a', 5000)));
        Assert.Contains("chỉ gồm một dòng", await Dispatch(codes, "11:00", "Toàn\u0001"));
        Assert.Contains("mã hồ sơ không hợp lệ", await Dispatch(["<script>"], "11:00", "Toàn"));
        Assert.Contains("không nằm trong danh sách chờ giao", await Dispatch(["000.01.31.H22-261123-9999"], "11:00", "Toàn"));
        Assert.Contains("không phải là ngày hợp lệ", await reception.ReadAsync("/chuyen-giao-nhan?Day=32/13/2026"));

        var round = await DispatchAsync(reception, codes);
        Assert.Contains("Chuyến này đã được giao đi", await Dispatch(codes.Take(1), "11:00", "Toàn"));
        var processor = await app.SignedIn("chuyenvien1");
        async Task<string> Confirm(string counted, IEnumerable<string> ticked, string signer)
        {
            var response = await processor.PostFieldsAsync($"{round}/Confirm", Fields(ticked, "Received", ("Counted", counted), ("SignedBy", signer)), round);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        }
        Assert.Contains("Xin nhập số hồ sơ đếm được", await Confirm("ba", codes, "Nam"));
        Assert.Contains("Số hồ sơ đếm được (3) khác số hồ sơ đã đánh dấu là nhận (2)", await Confirm("3", codes.Take(2), "Nam"));
        Assert.Contains("Số hồ sơ đếm được phải là số từ 0 đến 3", await Confirm("4", codes, "Nam"));
        Assert.Contains("Xin nhập số hồ sơ đếm được", await Confirm("99999999999", codes, "Nam"));
        Assert.Contains("chỉ gồm một dòng", await Confirm("3", codes, "Nam\nX"));
        Assert.Contains("Phải ghi họ tên người ký nhận", await Confirm("3", codes, " "));
        await using (var db = app.NewDbContext())
            Assert.Null((await db.CourierRounds.SingleAsync()).Confirmation);
    }

    [Fact]
    public async Task Each_sees_only_the_rounds_of_their_unit_and_the_courier_confirms_for_the_Center_R12()
    {
        var (app, codes) = await StartAsync("Sqlite");
        await using var _ = app;
        var round = await DispatchAsync(await app.SignedIn("tiepnhan1"), codes);
        var otherAgency = await app.SignedIn("chuyenvien2");
        Assert.Equal(HttpStatusCode.NotFound, (await otherAgency.GetAsync(round)).StatusCode);
        Assert.DoesNotContain(round, await otherAgency.ReadAsync("/chuyen-giao-nhan"));
        var citizen = app.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await citizen.GetAsync(round)).StatusCode);

        var courier = await app.SignedIn("buuchinh");
        var list = await courier.ReadAsync("/chuyen-giao-nhan");
        Assert.Contains(round, list);
        Assert.Contains("Chuyến giao nhận", list); // in the navigation
        Assert.DoesNotContain("href=\"/thong-bao\"", list); // the officers' inbox is not the courier's
        var confirmed = await courier.PostFieldsAsync($"{round}/Confirm", Fields(codes, "Received", ("Counted", "3"), ("SignedBy", "Hoàng Văn Nam")), round);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var shown = await courier.ReadAsync(round);
        Assert.Contains("Đã xác nhận nhận đủ 3 hồ sơ.", shown);
        Assert.DoesNotContain("id=\"discrepancy\"", shown);
        await using var db = app.NewDbContext();
        Assert.False((await db.CourierRounds.SingleAsync()).HasDiscrepancy);
        Assert.Equal(3, await db.History.CountAsync(h => h.Action == DossierAction.CourierHandOver));
    }

    [Fact]
    public async Task The_postal_courier_takes_paper_results_back_and_the_desk_confirms_them_Vinh_Long_R12()
    {
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 0);
        await ExceptionDesk.UseProfileAsync(app, "vinh-long-province-2025");
        const string code = "000.01.31.H22-261118-0901";
        await Reception.Desk.WithResultAsync(app, code, Reception.Desk.Simple, At(18, 9), At(23, 8), Channel.InPerson);
        var courier = await app.SignedIn("buuchinh");
        var page = $"/chuyen-giao-nhan?Agency={ExceptionDesk.Justice}";
        var list = await courier.ReadAsync(page);
        Assert.Contains("Kết quả giấy từ cơ quan về Trung tâm — Phòng Tư pháp huyện Vĩnh An", list);
        Assert.Contains($"value=\"{code}\"", list);
        var sent = await courier.PostFieldsAsync($"/chuyen-giao-nhan?handler=Dispatch&Agency={ExceptionDesk.Justice}",
            Fields([code], "Codes", ("Slot", "10:00"), ("CourierName", "Đinh Văn Toàn")), page);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var round = sent.Headers.Location!.OriginalString;
        Assert.Contains("Biên bản giao nhận hồ sơ", await courier.ReadAsync(round));

        var desk = await app.SignedIn("tiepnhan1");
        Assert.Contains(round, await desk.ReadAsync("/chuyen-giao-nhan"));
        var confirmed = await desk.PostFieldsAsync($"{round}/Confirm", Fields([code], "Received", ("Counted", "1"), ("SignedBy", "Nguyễn Thị Lan")), round);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        await using var db = app.NewDbContext();
        var dossier = await db.Dossiers.Whole().SingleAsync(d => d.Code == DossierCode.Parse(code));
        Assert.Equal((DossierAction.CourierHandOver, DossierState.AtReturnDesk), (dossier.History[^1].Action, dossier.State));
        Assert.Contains("biên bản giao nhận hồ sơ", dossier.History[^1].ReceivedBy, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_administrator_gives_the_courier_role_to_a_Center_account_R12()
    {
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 0);
        var admin = await app.SignedIn("quantri");
        var created = await admin.PostFormAsync("/quan-tri/can-bo?handler=Create", new()
        {
            ["UserName"] = "buuta2", ["FullName"] = "Lê Văn Bưu", ["UnitId"] = Features.Demo.DemoCatalog.Center.Id, ["Role"] = "Courier", ["Password"] = "MatKhau@2026x",
        }, "/quan-tri/can-bo");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var signIn = await app.Browser().PostFormAsync("/dang-nhap", new() { ["UserName"] = "buuta2", ["Password"] = "MatKhau@2026x" });
        Assert.Equal("/chuyen-giao-nhan", signIn.Headers.Location!.OriginalString);
    }
}
