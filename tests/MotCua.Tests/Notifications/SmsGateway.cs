using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MotCua.Tests.Notifications;

/// <summary>An HTTP SMS gateway on a free port: takes the JSON POST, checks the bearer token, keeps the messages.</summary>
public sealed class SmsGateway : IAsyncDisposable
{
    public const string Token = "test-token";
    readonly WebApplication _app;

    SmsGateway(WebApplication app) => _app = app;

    public ConcurrentQueue<JsonElement> Received { get; } = new();
    /// <summary>How many requests to answer with 503 before accepting.</summary>
    public int FailNext;
    public string Url { get; private set; } = "";

    public static async Task<SmsGateway> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var gateway = new SmsGateway(app);
        app.MapPost("/sms", async (HttpContext context) =>
        {
            if (context.Request.Headers.Authorization != $"Bearer {Token}")
                return Results.StatusCode(StatusCodes.Status401Unauthorized);
            if (Interlocked.Decrement(ref gateway.FailNext) >= 0)
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            var body = await JsonSerializer.DeserializeAsync<JsonElement>(context.Request.Body);
            gateway.Received.Enqueue(body);
            return Results.Ok(new { id = Guid.NewGuid() });
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        gateway.Url = $"{address}/sms";
        return gateway;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
