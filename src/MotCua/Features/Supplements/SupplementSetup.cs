using MotCua.Platform;

namespace MotCua.Features.Supplements;

public static class SupplementSetup
{
    /// <summary>The job closing dossiers left unsupplemented (R16), run in the web application's process.</summary>
    public static IServiceCollection AddSupplementClosure(this IServiceCollection services)
    {
        services.AddValidatedOptions<SupplementClosureOptions>("SupplementClosure");
        services.AddSingleton<SupplementClosureJob>();
        services.AddHostedService(s => s.GetRequiredService<SupplementClosureJob>());
        return services;
    }
}
