using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Features.Demo;

namespace MotCua.Platform;

/// <summary>What both the web application and the command-line verbs need: the database, officers' accounts, the clock.</summary>
public static class CoreSetup
{
    public static IServiceCollection AddMotCuaCore(this IServiceCollection services)
    {
        services.AddMotCuaDatabase();
        services.TryAddSingleton(TimeProvider.System);
        services.AddValidatedOptions<AppOptions>(AppOptions.Section);
        services.AddValidatedOptions<LocalityOptions>(LocalityOptions.Section);
        services.AddSingleton<LocalitySource>();
        services.AddScoped<DemoSeed>();
        return services;
    }

    static void TryAddSingleton<T>(this IServiceCollection services, T instance) where T : class
    {
        if (services.All(s => s.ServiceType != typeof(T)))
            services.AddSingleton(instance);
    }

    /// <summary>
    /// The embedded default (SQLite, no connection string) is a desk on one machine or a first try:
    /// it migrates itself and fills an empty database with the demo. A configured database is migrated
    /// only by <c>motcua migrate</c>, as an operator decides.
    /// </summary>
    public static async Task PrepareEmbeddedDatabaseAsync(IServiceProvider services, TextWriter output)
    {
        if (!DataSetup.IsEmbeddedDefault(services.GetRequiredService<DatabaseOptions>()))
            return;
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        await db.Database.MigrateAsync();
        var seed = scope.ServiceProvider.GetRequiredService<DemoSeed>();
        if (await seed.IsEmptyAsync())
        {
            output.WriteLine("Cơ sở dữ liệu mới: đang nạp dữ liệu mẫu...");
            await seed.RunAsync();
        }
        await PrintAccountsAsync(scope.ServiceProvider, output);
    }

    static async Task PrintAccountsAsync(IServiceProvider services, TextWriter output)
    {
        var users = services.GetRequiredService<UserManager<Officer>>();
        var db = services.GetRequiredService<MotCuaDbContext>();
        var units = await db.Units.ToDictionaryAsync(u => u.Id, u => u.Name);
        output.WriteLine($"Tài khoản mẫu (mật khẩu: {DemoSeed.Password}):");
        foreach (var officer in await users.Users.OrderBy(o => o.UserName).ToListAsync())
        {
            var role = (await users.GetRolesAsync(officer)).FirstOrDefault() ?? "";
            output.WriteLine($"  {officer.UserName,-12} {role,-15} {officer.FullName} — {units.GetValueOrDefault(officer.UnitId)}");
        }
    }
}
