using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MotCua.Features.Shared;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Features.Portal;
using MotCua.Platform;
using MotCua.Tests.Exceptions;
using MotCua.Tests.Reception;

namespace MotCua.Tests.Portal;

/// <summary>
/// One reading of what people type, at every edge: the counter, the portal and the API refuse the same applicant with
/// the same Vietnamese message, never with a 500 (and never later, when a form is printed).
/// </summary>
public partial class EdgeTests
{
    const string Counter = $"/tiep-nhan/thu-tuc/{Desk.Marriage}";
    const string Portal = "/nop-ho-so/1.001193";
    const string Declaration = "Tờ khai đăng ký khai sinh theo mẫu";

    static (string, string)[] CounterFields(string name, string address) =>
    [
        ("CaseName", Desk.Simple), ("Ticked", Desk.MarriageForm), ("ApplicantName", name), ("IdentityNumber", "001190012345"),
        ("Address", address), ("Phone", "0912 345 678"), ("ApplicantKind", "individual"), ("ChannelIn", "InPerson"), ("ResultChannel", "InPerson"),
    ];

    static Dictionary<string, string> PortalFields(string key, string name, string address) => new()
    {
        ["IdempotencyKey"] = key,
        ["CaseName"] = "Đăng ký khai sinh",
        ["Applicant.Name"] = name,
        ["Applicant.IdentityNumber"] = "001190012345",
        ["Applicant.Address"] = address,
        ["Applicant.Phone"] = "0912 345 678",
        ["ResultChannel"] = "Online",
        ["Components[0]"] = Declaration,
    };

    static object ApiBody(string name, string address, object?[]? components = null) => new
    {
        procedureCode = "1.001193",
        caseName = "Đăng ký khai sinh",
        applicant = new { name, identityNumber = "001190012345", address, phone = "0912345678" },
        components = components ?? [new { name = Declaration }],
        resultChannel = "Online",
    };

    static Task<HttpResponseMessage> SubmitAsync(HttpClient client, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/dossiers") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        return client.SendAsync(request);
    }

    /// <summary>The message each edge gives for one applicant field: the counter's and the portal's pages, the API's ValidationProblem.</summary>
    static async Task<(string Counter, string Portal, string Api)> RefusalsAsync(MotCuaApp app, string name, string address, string field)
    {
        var officer = await app.SignedIn("tiepnhan1");
        var counter = await (await FormPage.OpenAsync(officer, Counter)).PostAsync($"{Counter}?handler=Receive", CounterFields(name, address));
        Assert.Equal(HttpStatusCode.OK, counter.StatusCode);

        var citizen = app.Browser();
        var key = IdempotencyKey().Match(await citizen.TextAsync(Portal)).Groups[1].Value;
        var portal = await citizen.PostFormAsync(Portal, PortalFields(key, name, address));
        Assert.Equal(HttpStatusCode.OK, portal.StatusCode);

        var api = await SubmitAsync(citizen, ApiBody(name, address));
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        var errors = (await api.Content.ReadFromJsonAsync<JsonNode>())!["errors"]!;
        return (await FieldErrorAsync(counter, field == "Name" ? "ApplicantName" : field), await FieldErrorAsync(portal, $"Applicant.{field}"),
            (string)errors[$"applicant.{char.ToLowerInvariant(field[0])}{field[1..]}"]![0]!);
    }

    /// <summary>The message shown beside an input (its validation span).</summary>
    static async Task<string> FieldErrorAsync(HttpResponseMessage page, string field) =>
        Regex.Match(await page.TextAsync(), $"data-valmsg-for=\"{Regex.Escape(field)}\"[^>]*>([^<]+)<").Groups[1].Value;

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_501_character_address_is_refused_alike_at_the_counter_the_portal_and_the_API_R6(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var (counter, portal, api) = await RefusalsAsync(app, Desk.Hoa, new string('a', Applicant.MaxAddressLength + 1), "Address");
        Assert.Equal("Địa chỉ không quá 500 ký tự.", counter);
        Assert.Equal(counter, portal);
        Assert.Equal(counter, api);
        await using var db = app.NewDbContext();
        Assert.Empty(db.Dossiers);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_name_in_a_script_the_forms_cannot_print_is_refused_when_typed_R6(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var (counter, portal, api) = await RefusalsAsync(app, "王小明", Desk.Address, "Name");
        Assert.Equal("Họ và tên có ký tự \"王\" không in được trên giấy tờ: chỉ dùng chữ tiếng Việt hoặc chữ Latinh, chữ số và dấu câu thông thường.", counter);
        Assert.Equal(counter, portal);
        Assert.Equal(counter, api);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Control_characters_are_refused_in_an_applicants_fields_R6(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var (counter, portal, api) = await RefusalsAsync(app, "Đỗ Thị\tHoa", Desk.Address, "Name");
        Assert.Equal("Họ và tên chỉ gồm một dòng, không có ký tự xuống dòng, tab hay ký tự điều khiển.", counter);
        Assert.Equal(counter, portal);
        Assert.Equal(counter, api);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_null_or_nameless_component_in_the_API_is_a_400_naming_it_R4(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var client = app.Browser();
        var response = await SubmitAsync(client, ApiBody(Desk.Hoa, Desk.Address, [null, new { name = " " }]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonNode>())!["errors"]!;
        Assert.Equal("Thành phần hồ sơ thứ 1 không có tên.", (string)errors["components[0]"]![0]!);
        Assert.Equal("Thành phần hồ sơ thứ 2 không có tên.", (string)errors["components[1]"]![0]!);

        // And a component's count of another type is a JSON error: 400 as well.
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/dossiers")
        {
            Content = new StringContent("""{"components":[{"name":"x","originals":"một"}]}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(request)).StatusCode);

        // A body bound by the endpoint's parameters, not JSON: 400 ProblemDetails too, not an empty answer.
        var token = await client.PostAsync("/api/v1/token", new StringContent("""{"userName": [""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, token.StatusCode);
        Assert.Equal("application/problem+json", token.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_checkbox_posted_with_another_value_gets_a_Vietnamese_message_not_a_500(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var officer = await app.SignedIn("tiepnhan1");
        var counter = await (await FormPage.OpenAsync(officer, Counter))
            .PostAsync($"{Counter}?handler=Receive", [.. CounterFields(Desk.Hoa, Desk.Address), ("NotifyByEmail", "xyz")]);
        Assert.Equal(HttpStatusCode.BadRequest, counter.StatusCode);
        Assert.Contains(BindingErrors.Message, await counter.TextAsync());

        var citizen = app.Browser();
        var key = IdempotencyKey().Match(await citizen.TextAsync(Portal)).Groups[1].Value;
        var fields = PortalFields(key, Desk.Hoa, Desk.Address);
        fields["Applicant.IsOrganization"] = "banana";
        var portal = await citizen.PostFormAsync(Portal, fields);
        Assert.Equal(HttpStatusCode.BadRequest, portal.StatusCode);
        Assert.Contains(BindingErrors.Message, await portal.TextAsync());
        await using var db = app.NewDbContext();
        Assert.Empty(db.Dossiers);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_public_finds_a_dossier_by_its_code_typed_in_small_letters_and_the_phone_written_any_way(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var code = await Processing.TestDossiers.ReceiveAsync(app, Desk.Marriage, MotCuaApp.DefaultNow);
        var typed = $" {code.ToLowerInvariant()} ";
        Assert.NotEqual(code, typed.Trim());
        var client = app.Browser();

        var page = await client.TextAsync($"/tra-cuu?ma={Uri.EscapeDataString(typed)}&so=5678");
        Assert.Contains("******5678", page);
        Assert.DoesNotContain(StatusLookup.NotFound, page);
        var status = await client.GetAsync($"/api/v1/dossiers/{Uri.EscapeDataString(typed.Trim())}/status?phone=5678");
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        Assert.Equal(code, (string)(await status.Content.ReadFromJsonAsync<JsonNode>())!["code"]!);

        // The whole number, written as people write it, for the receipt with personal data in full.
        var receipt = await client.GetAsync($"/api/v1/dossiers/{Uri.EscapeDataString(typed.Trim())}/receipt?phone={Uri.EscapeDataString("+84 912.345.678")}");
        Assert.Equal(HttpStatusCode.OK, receipt.StatusCode);
        Assert.Equal("application/pdf", receipt.Content.Headers.ContentType?.MediaType);
        var wrong = await client.GetAsync($"/api/v1/dossiers/{Uri.EscapeDataString(typed.Trim())}/receipt?phone=0912345679");
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_officers_reason_the_forms_cannot_print_is_a_400_before_the_action_R15(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var code = await Processing.TestDossiers.ReceiveAsync(app, ExceptionDesk.MaritalStatus, MotCuaApp.DefaultNow);
        var token = await app.WithTokenAsync("chuyenvien1");
        foreach (var body in new object[] { new { items = new[] { "Giấy xác nhận 😀" }, reason = "Thiếu" }, new { items = new[] { "Giấy xác nhận" }, reason = "Thiếu\tgiấy" } })
        {
            var refused = await token.PostAsJsonAsync($"/api/v1/officer/dossiers/{code}/supplement-request", body);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            var errors = (await refused.Content.ReadFromJsonAsync<JsonNode>())!["errors"]!.AsObject();
            Assert.StartsWith("Trường \"", (string)errors.Single().Value![0]!);
        }
        await using var db = app.NewDbContext();
        Assert.Equal(DossierState.InProcessing, db.Dossiers.Single(d => d.Code == DossierCode.Parse(code)).State);
    }

    [GeneratedRegex("name=\"IdempotencyKey\" value=\"([^\"]+)\"")]
    private static partial Regex IdempotencyKey();
}
