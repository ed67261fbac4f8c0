using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace MotCua.Platform;

/// <summary>What every node runs whatever it serves: traces and metrics, and the health endpoints a load balancer asks (ADR 11).</summary>
public static class PlatformDefaults
{
    public const string ServiceName = "motcua";

    /// <summary>The app's own spans: one per background job pass.</summary>
    public static readonly ActivitySource Activities = new("MotCua");

    public static WebApplicationBuilder AddPlatformDefaults(this WebApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<TelemetryOptions>(TelemetryOptions.Section);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(ServiceName))
            .WithTracing(t => t.AddSource(Activities.Name)
                // The health probes would be most of the traces and say nothing.
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation()
                .AddNpgsql())
            .WithMetrics(m => m.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentation().AddNpgsqlInstrumentation());
        var configured = builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>();
        if (!string.IsNullOrWhiteSpace(configured?.OtlpEndpoint) && Uri.TryCreate(configured.OtlpEndpoint, UriKind.Absolute, out var endpoint))
            telemetry.WithLogging().UseOtlpExporter(configured.OtlpProtocol, endpoint);
        else if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
            telemetry.WithLogging().UseOtlpExporter();

        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [Ready], timeout: TimeSpan.FromSeconds(5));
        return builder;
    }

    const string Ready = "ready";

    /// <summary>
    /// <c>/health/live</c>: the process answers (restart it when not). <c>/health/ready</c>: it can serve,
    /// its database answers a query (take it out of the balancer when not: 503). Both anonymous.
    /// </summary>
    public static WebApplication MapPlatformHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready) }).AllowAnonymous();
        return app;
    }
}
