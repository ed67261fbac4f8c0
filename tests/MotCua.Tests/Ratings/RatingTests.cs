using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Features.Shared;
using MotCua.Domain.Codes;
using MotCua.Domain.Ratings;
using MotCua.Features.Demo;
using MotCua.Features.Portal;
using MotCua.Features.Ratings;
using MotCua.Tests.Exceptions;
using MotCua.Tests.Forms;
using MotCua.Tests.Processing;
using MotCua.Tests.Reception;

namespace MotCua.Tests.Ratings;

/// <summary>
/// The applicant's rating (LAW §11, R33, R63) over HTTP. The public pages and endpoints share the lookup's rate limit
/// (10 a minute from one address), so each test stays under it.
/// </summary>
public sealed class RatingTests
{
    const string Birth = "1.001193";          // Phòng Tư pháp
    const string Building = "1.013225";       // Phòng Kinh tế, Hạ tầng và Đô thị
    const string Digits = "5678";             // the demo applicant's phone ends so

    static readonly DateTimeOffset ReceivedAt = MotCuaApp.DefaultNow.AddHours(-1);

    static async Task<string> Text(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    static async Task<Rating?> StoredAsync(MotCuaApp app, string code)
    {
        await using var db = app.NewDbContext();
        var parsed = DossierCode.Parse(code);
        return await db.Ratings.AsNoTracking().SingleOrDefaultAsync(r => r.DossierCode == parsed);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_applicant_rates_on_the_portal_with_code_and_digits_changes_it_within_the_window_and_not_after_R33_R63(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var code = await TestDossiers.ReceiveAsync(app, Birth, ReceivedAt);
        var citizen = app.Browser();

        var lookup = await Text(await citizen.GetAsync($"/tra-cuu?ma={code}&so={Digits}"));
        Assert.Contains($"href=\"/danh-gia?ma={code}&so={Digits}\"", lookup.Replace("&amp;", "&"));

        var rated = await citizen.PostFormAsync("/danh-gia", new()
        {
            ["ma"] = code, ["so"] = Digits, ["muc"] = "Satisfied", ["tc[4]"] = "VerySatisfied", ["tc[1]"] = "Satisfied", ["y"] = "Cán bộ hướng dẫn tận tình.",
        });
        Assert.Equal(HttpStatusCode.OK, rated.StatusCode);
        Assert.Contains($"Cảm ơn bạn đã đánh giá hồ sơ {code}: Hài lòng", await Text(rated));
        // The window: 7 days from Monday 23/11, to the end of the working day on Monday 30/11.
        Assert.Contains("đến hết 17:00 30/11/2026", await Text(rated));

        var first = (await StoredAsync(app, code))!;
        Assert.Equal(SatisfactionLevel.Satisfied, first.Level);
        Assert.Equal(RatingChannel.Portal, first.Channel);
        Assert.Equal([new CriterionLevel(RatingCriterion.OverallService, SatisfactionLevel.Satisfied), new CriterionLevel(RatingCriterion.StaffAttitude, SatisfactionLevel.VerySatisfied)],
            first.Criteria);
        Assert.Equal("Cán bộ hướng dẫn tận tình.", first.Comment);
        Assert.Equal(("Nguyễn Thị Lan", DemoCatalog.Justice.Id, DemoCatalog.Center.Id), (first.ReceptionOfficerName, first.AgencyId, first.CenterId));

        app.Clock.Advance(TimeSpan.FromDays(3));
        var changed = await citizen.PostFormAsync("/danh-gia", new() { ["ma"] = code, ["so"] = Digits, ["muc"] = "Dissatisfied" });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var second = (await StoredAsync(app, code))!;
        Assert.Equal((SatisfactionLevel.Dissatisfied, 1, first.RatedAt), (second.Level, second.Changes, second.RatedAt));
        Assert.Empty(second.Criteria);

        app.Clock.Advance(TimeSpan.FromDays(5));
        var late = await citizen.PostFormAsync("/danh-gia", new() { ["ma"] = code, ["so"] = Digits, ["muc"] = "VerySatisfied" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, late.StatusCode);
        Assert.Contains("Đã hết thời hạn thay đổi đánh giá của hồ sơ này", await Text(late));
        Assert.Equal((SatisfactionLevel.Dissatisfied, 1), ((await StoredAsync(app, code))!.Level, (await StoredAsync(app, code))!.Changes));
    }

    [Fact]
    public async Task The_receipt_carries_the_rating_QR_whose_link_rates_without_the_phone_and_a_forged_link_is_refused_R33()
    {
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 0);
        var code = await TestDossiers.ReceiveAsync(app, Birth, ReceivedAt);
        var other = await TestDossiers.ReceiveAsync(app, Birth, ReceivedAt.AddMinutes(20), applicant: "Trần Văn Bảo");
        var links = app.Services.GetRequiredService<RatingLinks>();

        var reception = await app.SignedIn("tiepnhan1");
        var receipt = await reception.GetAsync($"/bieu-mau/{code}/mau-01");
        Assert.Equal(HttpStatusCode.OK, receipt.StatusCode);
        var pdf = Regex.Replace((await ReceiptPdfTests.PdfText(await receipt.Content.ReadAsByteArrayAsync())).Normalize(System.Text.NormalizationForm.FormC), @"\s+", " ");
        Assert.Contains("Quét mã để tra cứu tình trạng hồ sơ", pdf);
        Assert.Contains("Quét mã để đánh giá mức độ hài lòng", pdf);

        var url = links.Url(DossierCode.Parse(code));
        Assert.StartsWith($"http://localhost:5080/danh-gia?ma={code}&k=", url);
        var path = new Uri(url).PathAndQuery;
        var citizen = app.Browser();
        var page = await Text(await citizen.GetAsync(path));
        Assert.DoesNotContain("name=\"so\"", page);
        var rated = await citizen.PostFormAsync("/danh-gia", new() { ["ma"] = code, ["k"] = links.Token(DossierCode.Parse(code)), ["muc"] = "VerySatisfied" }, path);
        Assert.Equal(HttpStatusCode.OK, rated.StatusCode);
        Assert.Equal((SatisfactionLevel.VerySatisfied, RatingChannel.ReceiptQr), ((await StoredAsync(app, code))!.Level, (await StoredAsync(app, code))!.Channel));

        // Another dossier's token, or one edited by hand, does not open this one.
        var forgedPage = await citizen.GetAsync($"/danh-gia?ma={other}&k=AAAAAAAAAAAAAAAAAAAAAA");
        Assert.Equal(HttpStatusCode.BadRequest, forgedPage.StatusCode);
        Assert.Contains("Đường dẫn đánh giá không hợp lệ", await Text(forgedPage));
        var forged = await citizen.PostFormAsync("/danh-gia", new() { ["ma"] = other, ["k"] = links.Token(DossierCode.Parse(code)), ["muc"] = "Dissatisfied" }, "/danh-gia");
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("Đường dẫn đánh giá không hợp lệ", await Text(forged));
        Assert.Null(await StoredAsync(app, other));
    }

    [Fact]
    public async Task Bad_input_answers_4xx_with_a_Vietnamese_message_and_stores_nothing_R33()
    {
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 0);
        var code = await TestDossiers.ReceiveAsync(app, Birth, ReceivedAt);
        var form = await FormPage.OpenAsync(app.Browser(), "/danh-gia");

        async Task Refused(HttpStatusCode status, string message, params (string, string)[] fields)
        {
            var response = await form.PostAsync("/danh-gia", fields);
            Assert.Equal(status, response.StatusCode);
            Assert.Contains(message, await Text(response));
        }

        await Refused(HttpStatusCode.BadRequest, "Mức độ hài lòng chỉ có thể là Rất hài lòng, Hài lòng hoặc Không hài lòng.", ("ma", code), ("so", Digits), ("muc", "Excellent"));
        await Refused(HttpStatusCode.BadRequest, "Ý kiến góp ý có ký tự điều khiển", ("ma", code), ("so", Digits), ("muc", "Satisfied"), ("y", "Tốt\u0001"));
        await Refused(HttpStatusCode.BadRequest, "Ý kiến góp ý không quá 1000 ký tự.", ("ma", code), ("so", Digits), ("muc", "Satisfied"), ("y", new string('a', 1001)));
        await Refused(HttpStatusCode.BadRequest, "Chỉ có 12 tiêu chí đánh giá", ("ma", code), ("so", Digits), ("muc", "Satisfied"), ("tc[13]", "Satisfied"));
        await Refused(HttpStatusCode.NotFound, "Không tìm thấy hồ sơ với mã và số điện thoại này.", ("ma", code), ("so", "0000"), ("muc", "Satisfied"));
        await Refused(HttpStatusCode.BadRequest, "Nhập đúng 4 chữ số cuối", ("ma", code), ("so", "56a8"), ("muc", "Satisfied"));
        Assert.Null(await StoredAsync(app, code));
    }

    [Fact]
    public async Task The_counter_tablet_rates_and_the_figures_count_per_agency_and_officer_each_scope_seeing_its_own_R63()
    {
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 0);
        var justiceA = await TestDossiers.ReceiveAsync(app, Birth, ReceivedAt);
        var justiceB = await TestDossiers.ReceiveAsync(app, Birth, ReceivedAt.AddMinutes(15), applicant: "Trần Văn Bảo");
        var building = await TestDossiers.ReceiveAsync(app, Building, ReceivedAt.AddMinutes(30));

        var reception = await app.SignedIn("tiepnhan1");
        var start = await Text(await reception.GetAsync("/danh-gia/quay"));
        Assert.Contains($"href=\"/danh-gia/quay?ma={justiceA}\"", start);
        Assert.Contains($"href=\"/danh-gia/quay?ma={building}\"", start);
        foreach (var (code, level) in new[] { (justiceA, "VerySatisfied"), (justiceB, "Dissatisfied"), (building, "Satisfied") })
        {
            var tablet = await FormPage.OpenAsync(reception, $"/danh-gia/quay?ma={code}");
            Assert.Contains("Rất hài lòng", tablet.Text);
            var tapped = await tablet.PostAsync("/danh-gia/quay", ("ma", code), ("muc", level));
            Assert.Equal(HttpStatusCode.OK, tapped.StatusCode);
            Assert.Contains("Cảm ơn Ông/Bà đã đánh giá", await Text(tapped));
        }
        Assert.Equal(RatingChannel.CounterTablet, (await StoredAsync(app, building))!.Channel);

        static string Row(string html, string id) => Regex.Replace(Regex.Replace(
            Regex.Match(html, $"<tr data-id=\"{Regex.Escape(id)}\">(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value, "<[^>]+>", " "), @"\s+", " ").Trim();
        var director = await Text(await (await app.SignedIn("giamdoc")).GetAsync("/danh-gia/tong-hop"));
        Assert.Equal("Phòng Tư pháp huyện Vĩnh An 1 0 1 2 50,0 %", Row(director, DemoCatalog.Justice.Id));
        Assert.Equal("Phòng Kinh tế, Hạ tầng và Đô thị huyện Vĩnh An 0 1 0 1 100,0 %", Row(director, DemoCatalog.Infrastructure.Id));
        Assert.Matches(@"Nguyễn Thị Lan</td>\s*<td>1</td><td>1</td><td>1</td><td>3</td>\s*<td>66,7 %</td>", director);

        // An agency's leader sees their agency only; a processor sees no figures but their own page.
        var justiceLeader = await Text(await (await app.SignedIn("lanhdao1")).GetAsync("/danh-gia/tong-hop"));
        Assert.Contains("1 0 1 2 50,0 %", Row(justiceLeader, DemoCatalog.Justice.Id));
        Assert.DoesNotContain("Phòng Kinh tế, Hạ tầng", justiceLeader);
        Assert.Matches(@"Nguyễn Thị Lan</td>\s*<td>1</td><td>0</td><td>1</td><td>2</td>", justiceLeader);
        var processor = await (await app.SignedIn("chuyenvien1")).GetAsync("/danh-gia/tong-hop");
        Assert.Equal(HttpStatusCode.Redirect, processor.StatusCode);
        Assert.Contains("/khong-co-quyen", processor.Headers.Location!.OriginalString);

        var mine = await Text(await reception.GetAsync("/danh-gia/cua-toi"));
        Assert.Contains(justiceB, mine);
        Assert.Contains("66,7 %", mine);
        var otherOfficer = await Text(await (await app.SignedIn("tiepnhan2")).GetAsync("/danh-gia/cua-toi"));
        Assert.DoesNotContain(justiceA, otherOfficer);

        var api = await app.WithTokenAsync("lanhdao3");
        var summary = await (await api.GetAsync("/api/v1/officer/ratings/summary?from=01/11/2026&to=30/11/2026")).JsonAsync();
        Assert.Equal(1, (int)summary["total"]!["total"]!);
        Assert.Equal(DemoCatalog.Infrastructure.Id, (string)summary["agencies"]!.AsArray().Single()!["id"]!);
        Assert.Equal(100.0m, (decimal)summary["agencies"]![0]!["tally"]!["satisfiedPercent"]!);
        var outside = await (await api.GetAsync("/api/v1/officer/ratings/summary?from=01/12/2026&to=31/12/2026")).JsonAsync();
        Assert.Equal(0, (int)outside["total"]!["total"]!);
        var badPeriod = await api.GetAsync("/api/v1/officer/ratings/summary?from=31/02/2026");
        Assert.Equal(HttpStatusCode.BadRequest, badPeriod.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.WithTokenAsync("chuyenvien3")).GetAsync("/api/v1/officer/ratings/summary")).StatusCode);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_rating_API_takes_the_phone_digits_or_the_QR_token_and_answers_ProblemDetails_on_every_error_R33(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var code = await TestDossiers.ReceiveAsync(app, Birth, ReceivedAt);
        var url = $"/api/v1/dossiers/{code}/rating";
        var client = app.CreateClient();

        var created = await (await client.PostAsJsonAsync(url, new { phone = Digits, level = "Satisfied", criteria = new Dictionary<string, string> { ["3"] = "Dissatisfied" } }))
            .JsonAsync(HttpStatusCode.Created);
        Assert.Equal(("Satisfied", "Hài lòng", 3, "Giải quyết hồ sơ đúng hẹn"),
            ((string)created["level"]!, (string)created["levelName"]!, (int)created["criteria"]![0]!["number"]!, (string)created["criteria"]![0]!["name"]!));
        var token = app.Services.GetRequiredService<RatingLinks>().Token(DossierCode.Parse(code));
        var changed = await (await client.PostAsJsonAsync(url, new { token, level = "3" })).JsonAsync();
        Assert.Equal(("Dissatisfied", "ReceiptQr"), ((string)changed["level"]!, (string)changed["channel"]!));

        async Task<JsonNode> Problem(HttpResponseMessage response, HttpStatusCode status)
        {
            Assert.Equal(status, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        }
        Assert.Equal(StatusLookup.NotFound + ".", (string)(await Problem(await client.PostAsJsonAsync(url, new { phone = "0000", level = "Satisfied" }), HttpStatusCode.NotFound))["detail"]!);
        Assert.NotNull((await Problem(await client.PostAsJsonAsync(url, new { token = "AAAAAAAAAAAAAAAAAAAAAA", level = "Satisfied" }), HttpStatusCode.BadRequest))["errors"]!["token"]);
        Assert.NotNull((await Problem(await client.PostAsJsonAsync(url, new { phone = Digits, level = "Great" }), HttpStatusCode.BadRequest))["errors"]!["level"]);
        Assert.NotNull((await Problem(await client.PostAsync(url, new StringContent("{\"phone\":\"5678\",\"criteria\":{\"x\":1}}", System.Text.Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest))["errors"]);
        Assert.NotNull((await Problem(await client.PostAsync(url, new StringContent("level=1")), HttpStatusCode.BadRequest))["errors"]!["body"]);
        Assert.Equal(SatisfactionLevel.Dissatisfied, (await StoredAsync(app, code))!.Level);

        var document = JsonNode.Parse(await client.GetStringAsync("/api/v1/openapi.json"))!;
        var rate = document["paths"]!["/api/v1/dossiers/{code}/rating"]!["post"]!;
        Assert.Equal(["phone", "token", "level", "criteria", "comment"],
            rate["requestBody"]!["content"]!["application/json"]!["schema"]!["properties"]!.AsObject().Select(p => p.Key));
        Assert.Equal(["200", "201", "400", "404", "422", "429"], rate["responses"]!.AsObject().Select(r => r.Key).Order());
        Assert.NotNull(document["paths"]!["/api/v1/officer/ratings/summary"]!["get"]);
    }

    [Fact]
    public async Task A_rating_turning_dissatisfied_opens_a_feedback_item_to_the_agency_once_per_turn_R33_R34()
    {
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 0);
        var code = DossierCode.Parse(await TestDossiers.ReceiveAsync(app, Birth, ReceivedAt));

        async Task<RatingSaved> Rate(SatisfactionLevel level)
        {
            using var scope = app.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<MotCua.Data.MotCuaDbContext>();
            var dossier = await StatusLookup.VerifiedAsync(db, code, Digits);
            var saved = await scope.ServiceProvider.GetRequiredService<RatingDesk>().RateAsync(dossier!, new RatingChoice(level, [], null), RatingChannel.Portal, default);
            Assert.True(saved.Succeeded, saved.ToString());
            return saved.Value!;
        }

        Assert.Equal((true, false), ((await Rate(SatisfactionLevel.Satisfied)) is var s ? (s.First, s.OpensFeedback) : default));
        Assert.True((await Rate(SatisfactionLevel.Dissatisfied)).OpensFeedback);
        Assert.False((await Rate(SatisfactionLevel.Dissatisfied)).OpensFeedback);

        // One item, opened with the rating, about the agency that holds the dossier, from its applicant.
        await using var read = app.NewDbContext();
        var item = await read.FeedbackItems.SingleAsync();
        Assert.Equal((MotCua.Domain.Feedback.FeedbackChannel.Rating, MotCua.Domain.Feedback.FeedbackTopic.AgencyHandling, code),
            (item.Channel, item.Topic, item.DossierCode!));
        Assert.Equal(MotCua.Features.Demo.DemoCatalog.Justice.Id, item.AgencyId);
        Assert.Equal("Đỗ Thị Hoa", item.Sender.Name);
        Assert.Equal(MotCua.Domain.Ratings.SatisfactionLevel.Dissatisfied, (await read.Ratings.SingleAsync()).Level);
    }
}
