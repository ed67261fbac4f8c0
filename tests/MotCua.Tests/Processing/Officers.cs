using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Data;
using MotCua.Domain;
using MotCua.Features.Demo;

namespace MotCua.Tests.Processing;

/// <summary>More officers than the demo has, and pages held open in a browser to post later.</summary>
public static partial class Officers
{
    public static async Task AddAsync(MotCuaApp app, string userName, string fullName, Role role, string unitId)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Officer>>();
        var officer = new Officer { UserName = userName, FullName = fullName, UnitId = unitId, EmailConfirmed = true };
        Assert.True((await users.CreateAsync(officer, DemoSeed.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(officer, role.ToString())).Succeeded);
    }

    /// <summary>A browser signed in on <paramref name="app"/>, which may be a variant of a <see cref="MotCuaApp"/> with other services.</summary>
    public static async Task<HttpClient> SignedInAsync(WebApplicationFactory<Program> app, string userName)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await client.PostFormAsync("/dang-nhap", new() { ["UserName"] = userName, ["Password"] = DemoSeed.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>GETs a page now and keeps its anti-forgery token, to post one of its forms later, as a browser tab left open does.</summary>
    public static async Task<OpenForm> OpenFormAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        var token = Token().Match(html);
        Assert.True(token.Success, $"no anti-forgery token on {page}");
        return new OpenForm(client, page, WebUtility.HtmlDecode(token.Groups[1].Value));
    }

    public sealed record OpenForm(HttpClient Client, string Page, string Token)
    {
        public Task<HttpResponseMessage> PostAsync(string handler, Dictionary<string, string>? fields = null) =>
            Client.PostAsync($"{Page}?handler={handler}",
                new FormUrlEncodedContent(new Dictionary<string, string>(fields ?? []) { ["__RequestVerificationToken"] = Token }));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
