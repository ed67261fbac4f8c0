using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace MotCua.Tests.Platform;

/// <summary>The load balancer's probes: live while the process answers, ready while the database answers too.</summary>
public sealed class HealthTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Ready_and_live_answer_200_to_anyone_while_the_database_answers(string provider)
    {
        await using var app = await MotCuaApp.StartAsync(provider, dossiers: 0);
        var anonymous = app.Browser();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/live")).StatusCode);
        var ready = await anonymous.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_answers_503_while_the_database_does_not_and_live_still_200()
    {
        await using var started = await MotCuaApp.StartAsync("Sqlite", dossiers: 0);
        // A PostgreSQL server that is not there: nothing listens on port 1.
        await using var app = started.WithWebHostBuilder(b =>
        {
            b.UseSetting("Database:Provider", "Postgres");
            b.UseSetting("Database:ConnectionString", "Host=127.0.0.1;Port=1;Username=postgres;Timeout=3");
        });
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
    }
}
