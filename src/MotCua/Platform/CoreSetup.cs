namespace MotCua.Platform;

/// <summary>What both the web application and the command-line verbs need: the database, the clock, the locality and the app's address.</summary>
public static class CoreSetup
{
    public static IServiceCollection AddMotCuaCore(this IServiceCollection services)
    {
        services.AddMotCuaDatabase();
        services.TryAddSingleton(TimeProvider.System);
        services.AddValidatedOptions<AppOptions>(AppOptions.Section);
        services.AddValidatedOptions<LocalityOptions>(LocalityOptions.Section);
        services.AddSingleton<LocalitySource>();
        return services;
    }

    static void TryAddSingleton<T>(this IServiceCollection services, T instance) where T : class
    {
        if (services.All(s => s.ServiceType != typeof(T)))
            services.AddSingleton(instance);
    }
}
