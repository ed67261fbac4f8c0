using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace MotCua.Tests.Api;

/// <summary>An unexpected failure (here: the catalog's table gone) answers as its caller reads it, with nothing of the exception shown.</summary>
public class FailureTests
{
    [Fact]
    public async Task A_failure_answers_ProblemDetails_under_the_API_and_the_error_page_elsewhere()
    {
        await using var app = await MotCuaApp.StartAsync("Sqlite", dossiers: 0);
        await using (var db = app.NewDbContext())
            await db.Database.ExecuteSqlRawAsync("""ALTER TABLE "Procedures" RENAME TO "Gone" """);
        var client = app.CreateClient();

        var api = await client.GetAsync("/api/v1/procedures");
        Assert.Equal(HttpStatusCode.InternalServerError, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await api.Content.ReadAsStringAsync())!;
        Assert.Equal("Có lỗi xảy ra", (string)problem["title"]!);
        Assert.DoesNotContain("Gone", problem.ToJsonString());
        Assert.DoesNotContain("SQLite", problem.ToJsonString());

        var page = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Contains("Hệ thống chưa xử lý được yêu cầu của bạn", html);
        Assert.DoesNotContain("SQLite", html);
    }
}
