using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Platform;

namespace MotCua.Features.Demo;

public static class DemoSetup
{
    public static IServiceCollection AddDemo(this IServiceCollection services) => services.AddScoped<DemoSeed>();

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
        if (await TallyRebuild.IsMissingAsync(db))
            await TallyRebuild.RunAsync(db);
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
