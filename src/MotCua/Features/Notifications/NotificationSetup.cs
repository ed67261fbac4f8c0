using MotCua.Platform;

namespace MotCua.Features.Notifications;

public static class NotificationSetup
{
    /// <summary>The outbox sender and the deadline watch, run in the web application's process.</summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services)
    {
        services.AddValidatedOptions<NotificationOptions>("Notifications");
        services.AddValidatedOptions<DeadlineWatchOptions>("DeadlineWatch");
        services.AddHttpClient(nameof(Channels), c => c.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<Channels>();
        services.AddSingleton<OutboxSender>();
        services.AddHostedService(s => s.GetRequiredService<OutboxSender>());
        services.AddSingleton<DeadlineWatch>();
        services.AddHostedService(s => s.GetRequiredService<DeadlineWatch>());
        return services;
    }
}
