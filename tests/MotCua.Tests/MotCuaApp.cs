using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MotCua.Data;
using MotCua.Features.Demo;

namespace MotCua.Tests;

/// <summary>
/// The whole application over HTTP, on its own migrated database (SQLite or PostgreSQL) filled with
/// the demo data, with a fake clock the test moves. Monday 23/11/2026 10:00 in Vietnam by default.
/// </summary>
public sealed class MotCuaApp : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(7));

    readonly TestDatabase _database;
    readonly IReadOnlyDictionary<string, string?> _settings;

    MotCuaApp(TestDatabase database, DateTimeOffset now, IReadOnlyDictionary<string, string?>? settings)
    {
        _database = database;
        _settings = settings ?? new Dictionary<string, string?>();
        Clock = new FakeTimeProvider(now);
    }

    public FakeTimeProvider Clock { get; }
    public TestDatabase Database => _database;

    /// <summary>The app's own file store, removed with it.</summary>
    public string FilesRoot { get; } = Path.Combine(Path.GetTempPath(), $"motcua-files-{Guid.NewGuid():N}");

    /// <summary>A new application on a fresh database with the demo Center; <paramref name="dossiers"/> demo dossiers.</summary>
    /// <param name="kestrel">
    /// Serve over a real socket on a free port (for a real browser, or a payment gateway calling back) instead of
    /// the in-memory test server; App:PublicBaseUrl is then that address, so the links the app sends out reach it.
    /// </param>
    /// <param name="settings">Configuration on top of the test's (e.g. Payments:Vnpay pointing at a local gateway).</param>
    public static async Task<MotCuaApp> StartAsync(string provider, int dossiers = 40, DateTimeOffset? now = null, bool kestrel = false,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var database = await TestDatabase.Create(provider);
        var merged = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
        var port = kestrel ? FreePort() : 0;
        if (kestrel)
            merged.TryAdd("App:PublicBaseUrl", $"http://localhost:{port}");
        var app = new MotCuaApp(database, now ?? DefaultNow, merged);
        if (kestrel)
        {
            // The port is chosen before the start: the public address is configuration, read when the host is built.
            app.UseKestrel(port);
            app.StartServer();
        }
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DemoSeed>().RunAsync(dossiers);
        return app;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", _database.Provider.ToString());
        builder.UseSetting("Database:ConnectionString", _database.ConnectionString);
        // The outbox sender and the deadline watch run when a test calls them, on the test's clock.
        builder.UseSetting("Notifications:SenderEnabled", "false");
        builder.UseSetting("DeadlineWatch:Enabled", "false");
        builder.UseSetting("Files:Root", FilesRoot);
        foreach (var (key, value) in _settings)
            builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            // Hashing a password is made slow on purpose; tests sign in dozens of officers.
            services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000);
        });
    }

    /// <summary>Where a Kestrel-served app listens, e.g. http://127.0.0.1:41234.</summary>
    public string Address => Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();

    public MotCuaDbContext NewDbContext() => _database.NewContext();

    static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A browser-like client: cookies kept, redirects not followed (tests assert them).</summary>
    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client signed in as the demo officer <paramref name="userName"/>.</summary>
    public async Task<HttpClient> SignedIn(string userName)
    {
        var client = Browser();
        var response = await client.PostFormAsync("/dang-nhap", new() { ["UserName"] = userName, ["Password"] = DemoSeed.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
        if (Directory.Exists(FilesRoot))
            Directory.Delete(FilesRoot, recursive: true);
    }
}

public static partial class HttpForms
{
    /// <summary>GETs the page, takes its anti-forgery token, and posts the form to <paramref name="url"/> as a browser would.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, Dictionary<string, string> fields, string? formPage = null)
    {
        var page = await client.GetAsync(formPage ?? url);
        var html = await page.Content.ReadAsStringAsync();
        var token = AntiForgeryToken().Match(html);
        Assert.True(token.Success, $"no anti-forgery token on {formPage ?? url} ({(int)page.StatusCode})");
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
        return await client.PostAsync(url, new FormUrlEncodedContent(form));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiForgeryToken();
}
