using System.CommandLine;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using MotCua.Features.Demo;
using MotCua.Features.Files;
using MotCua.Platform;

namespace MotCua.Cli;

/// <summary>
/// <c>motcua migrate</c> and <c>motcua seed --demo</c>, on the database the configuration names
/// (appsettings.json, or the environment: <c>Database__Provider</c>, <c>Database__ConnectionString</c>).
/// </summary>
static class DatabaseCommands
{
    public static Command Migrate()
    {
        var command = new Command("migrate", "Áp dụng các migration còn thiếu vào cơ sở dữ liệu đã cấu hình (SQLite hoặc PostgreSQL).");
        command.SetAction(async (parsed, cancellationToken) =>
        {
            await using var services = Services();
            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            await db.Database.MigrateAsync(cancellationToken);
            parsed.InvocationConfiguration.Output.WriteLine(pending.Count == 0
                ? "Cơ sở dữ liệu đã ở phiên bản mới nhất."
                : $"Đã áp dụng {pending.Count} migration: {string.Join(", ", pending)}");
            if (await TallyRebuild.IsMissingAsync(db, cancellationToken))
            {
                var counted = await TallyRebuild.RunAsync(db, cancellationToken);
                parsed.InvocationConfiguration.Output.WriteLine(
                    $"Đã đếm lại số liệu tổng hợp (theo ngày và theo trạng thái) từ {counted.ToString("N0", Domain.VietnameseFormat.Culture)} hồ sơ.");
            }
            return CommandLine.Ok;
        });
        return command;
    }

    public static Command Seed()
    {
        var demo = new Option<bool>("--demo") { Description = "Nạp dữ liệu mẫu: Trung tâm, 7 cơ quan, thủ tục thật, cán bộ mọi vai trò, khoảng 300 hồ sơ trong 60 ngày qua." };
        var command = new Command("seed", "Nạp dữ liệu vào cơ sở dữ liệu trống (đã migrate).") { demo };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            if (!parsed.GetValue(demo))
                return CommandLine.Fail(parsed, "Hãy chọn loại dữ liệu cần nạp: --demo.");
            await using var services = Services();
            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
            if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
                return CommandLine.Fail(parsed, "Cơ sở dữ liệu chưa được migrate: chạy `motcua migrate` trước.");
            var seed = scope.ServiceProvider.GetRequiredService<DemoSeed>();
            if (!await seed.IsEmptyAsync())
                return CommandLine.Fail(parsed, "Cơ sở dữ liệu đã có dữ liệu; chỉ nạp dữ liệu mẫu vào cơ sở dữ liệu trống.");
            var accounts = await seed.RunAsync();
            var output = parsed.InvocationConfiguration.Output;
            output.WriteLine($"Đã nạp dữ liệu mẫu. Tài khoản (mật khẩu: {DemoSeed.Password}):");
            foreach (var a in accounts)
                output.WriteLine($"  {a.UserName,-12} {a.Role,-15} {a.FullName} — {a.UnitName}");
            return CommandLine.Ok;
        });
        return command;
    }

    internal static ServiceProvider Services()
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddMotCuaCore();
        services.AddDemo();
        services.AddFiles();
        services.AddIdentityCore<Officer>(o => o.Password.RequiredLength = 10)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<MotCuaDbContext>();
        return services.BuildServiceProvider();
    }
}
