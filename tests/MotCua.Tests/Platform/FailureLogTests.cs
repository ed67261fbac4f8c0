using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MotCua.Tests.Platform;

/// <summary>An unexpected failure (here: the catalog's table gone) is logged with a trace id, and the one who met it is given that id.</summary>
public sealed partial class FailureLogTests
{
    [Fact]
    public async Task An_API_500_and_a_page_500_each_leave_one_error_log_with_the_trace_id_their_answer_shows()
    {
        await using var started = await MotCuaApp.StartAsync("Sqlite", dossiers: 0);
        var logs = new CapturedLogs();
        await using var app = started.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<ILoggerProvider>(logs)));
        await using (var db = started.NewDbContext())
            await db.Database.ExecuteSqlRawAsync("""ALTER TABLE "Procedures" RENAME TO "Gone" """);
        var client = app.CreateClient();

        var api = await client.GetAsync("/api/v1/procedures");
        Assert.Equal(HttpStatusCode.InternalServerError, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await api.Content.ReadAsStringAsync())!;
        var apiTrace = (string)problem["traceId"]!;
        Assert.True(Regex.IsMatch(apiTrace, "^[0-9a-f]{32}$"), apiTrace);
        Assert.Contains(apiTrace, (string)problem["detail"]!);
        Assert.DoesNotContain("Gone", problem.ToJsonString());
        var apiLog = Assert.Single(Failures(logs, apiTrace));
        Assert.Equal("/api/v1/procedures", apiLog.Values["Path"]?.ToString());
        Assert.NotNull(apiLog.Exception);

        var page = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
        var shown = ShownTraceId().Match(WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()));
        Assert.True(shown.Success, "the error page shows no trace id");
        var pageTrace = shown.Groups[1].Value;
        Assert.NotEqual(apiTrace, pageTrace);
        var pageLog = Assert.Single(Failures(logs, pageTrace));
        Assert.Equal("/", pageLog.Values["Path"]?.ToString());

        // One entry per failure: the exception middleware does not log it a second time.
        Assert.Equal(2, logs.Entries.Count(e => e.Category.StartsWith("Microsoft.AspNetCore.Diagnostics", StringComparison.Ordinal)
            || e.Category == typeof(MotCua.Platform.UnexpectedFailureHandler).FullName));
    }

    static IEnumerable<CapturedLogs.Entry> Failures(CapturedLogs logs, string traceId) =>
        logs.Entries.Where(e => e.Level == LogLevel.Error && Equals(e.Values.GetValueOrDefault("TraceId"), traceId));

    [GeneratedRegex(@"Mã lỗi: <code>([^<]+)</code>")]
    private static partial Regex ShownTraceId();
}
