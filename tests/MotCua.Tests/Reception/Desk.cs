using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Domain.Catalog;
using MotCua.Domain.Codes;
using MotCua.Domain.Dossiers;
using MotCua.Features.Demo;
using MotCua.Platform;

namespace MotCua.Tests.Reception;

/// <summary>
/// What the desk tests share: a form page loaded now and posted later (as two officers with the same
/// form open would), page text as people read it, and dossiers put into the demo database through
/// the domain's own transitions.
/// </summary>
public static partial class Desk
{
    public const string Marriage = "1.000894";
    public const string MarriageForm = "Tờ khai đăng ký kết hôn theo mẫu, đủ thông tin hai bên (có thể khai chung một tờ khai)";
    public const string Simple = "Đủ điều kiện, không cần xác minh";
    public const string Verified = "Cần xác minh thêm điều kiện kết hôn";
    public const string Hoa = "Đỗ Thị Hoa";

    public static readonly Applicant Applicant = TestApplicants.Individual(Hoa, Address, email: "hoa@example.vn");
    public const string Address = "Số 5, đường Lê Lợi, huyện Vĩnh An";

    /// <summary>The page's text with entities decoded, as a reader sees it.</summary>
    public static async Task<string> TextAsync(this HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    public static async Task<string> TextAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.TextAsync();
    }

    public static void RedirectsTo(this HttpResponseMessage response, string location)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(location, response.Headers.Location!.OriginalString);
    }

    public static async Task<Actor> ActorAsync(MotCuaDbContext db, string userName, Role role)
    {
        var officer = await db.Users.SingleAsync(u => u.UserName == userName);
        return new Actor(officer.Id, officer.FullName, role, officer.UnitId);
    }

    /// <summary>An online submission of the marriage registration waiting at the demo Center.</summary>
    public static async Task SubmitOnlineAsync(MotCuaApp app, string code, DateTimeOffset at)
    {
        await using var db = app.NewDbContext();
        var locality = await app.Services.GetRequiredService<LocalitySource>().GetAsync(db);
        var procedure = await db.Procedures.Include(p => p.Versions).SingleAsync(p => p.Code == Marriage);
        var submitted = Dossier.SubmitOnline(DossierCode.Parse(code), DemoCatalog.Center.Id, procedure, Simple, Applicant, [new(MarriageForm, 1, 0)],
            Channel.InPerson, new Actor("applicant", Hoa, Role.Applicant, ""), at, locality);
        db.Dossiers.Add(Ok(submitted));
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// A marriage registration received at <paramref name="received"/>, taken through the agency's three
    /// steps to its result at <paramref name="resultAt"/>, then handed to the return desk half an hour later (unless not).
    /// </summary>
    public static async Task WithResultAsync(MotCuaApp app, string code, string caseName, DateTimeOffset received, DateTimeOffset resultAt,
        Channel resultChannel, bool handedToDesk = true)
    {
        await using var db = app.NewDbContext();
        var locality = await app.Services.GetRequiredService<LocalitySource>().GetAsync(db);
        var procedure = await db.Procedures.Include(p => p.Versions).SingleAsync(p => p.Code == Marriage);
        var reception = await ActorAsync(db, "tiepnhan1", Role.Reception);
        var processor = await ActorAsync(db, "chuyenvien1", Role.Processor);
        var leader = await ActorAsync(db, "lanhdao1", Role.AgencyLeader);
        var dossier = Ok(Dossier.Receive(DossierCode.Parse(code), DemoCatalog.Center.Id, procedure, caseName, Applicant, [new(MarriageForm, 1, 0)],
            Channel.InPerson, resultChannel, reception, received, locality));
        Ok(dossier.Transfer(reception, received.AddMinutes(5), locality));
        Ok(dossier.Forward(processor, received.AddMinutes(30), locality));
        Ok(dossier.Approve(leader, received.AddMinutes(50), locality));
        Ok(dossier.RecordResult("Giấy chứng nhận kết hôn số 125/2026", processor, resultAt, locality));
        if (handedToDesk)
            Ok(dossier.HandToReturnDesk(processor, resultAt.AddMinutes(30), locality));
        db.Dossiers.Add(dossier);
        await db.SaveChangesAsync();
    }

    /// <summary>A second Center with its own reception officer, who must see nothing of the demo Center.</summary>
    public static async Task<HttpClient> OtherCenterOfficerAsync(MotCuaApp app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        db.Units.Add(new Unit { Id = "000.20.32.H22", Name = "Trung tâm Phục vụ hành chính công huyện Vĩnh Bình", Kind = UnitKind.Center });
        await db.SaveChangesAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Officer>>();
        var officer = new Officer { UserName = "tiepnhankhac", FullName = "Võ Thị Khác", UnitId = "000.20.32.H22", EmailConfirmed = true };
        Assert.True((await users.CreateAsync(officer, DemoSeed.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(officer, nameof(Role.Reception))).Succeeded);
        return await app.SignedIn("tiepnhankhac");
    }

    static T Ok<T>(Outcome<T> outcome) where T : class
    {
        Assert.True(outcome.Succeeded, outcome.ToString());
        return outcome.Value!;
    }

    static void Ok(Outcome outcome) => Assert.True(outcome.Succeeded, outcome.ToString());
}

/// <summary>
/// A form page as a browser holds it: loaded once, posted later with the anti-forgery token and the
/// hidden fields it was shown with (the dossier's version), whatever happened in between.
/// </summary>
public sealed partial class FormPage
{
    readonly HttpClient _client;
    readonly string _html;

    FormPage(HttpClient client, string html)
    {
        _client = client;
        _html = html;
    }

    public string Text => WebUtility.HtmlDecode(_html);

    public static async Task<FormPage> OpenAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new FormPage(client, await response.Content.ReadAsStringAsync());
    }

    public Task<HttpResponseMessage> PostAsync(string url, params (string Name, string Value)[] fields)
    {
        var form = fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).ToList();
        form.Add(KeyValuePair.Create("__RequestVerificationToken", WebUtility.HtmlDecode(Token().Match(_html).Groups[1].Value)));
        if (Seen().Match(_html) is { Success: true } seen && fields.All(f => f.Name != "Seen"))
            form.Add(KeyValuePair.Create("Seen", seen.Groups[1].Value));
        return _client.PostAsync(url, new FormUrlEncodedContent(form));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("name=\"Seen\" value=\"(\\d+)\"")]
    private static partial Regex Seen();
}
