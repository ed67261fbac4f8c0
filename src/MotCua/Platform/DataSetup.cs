using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Data;

namespace MotCua.Platform;

/// <summary>
/// The database from configuration: <c>Database:Provider</c> (Sqlite, the default, or Postgres) and
/// <c>Database:ConnectionString</c>. Without a connection string the app runs on its embedded
/// default, a SQLite file under <c>data/</c>, which it migrates and fills with demo data on first start.
/// </summary>
public static class DataSetup
{
    public const string EmbeddedFile = "data/motcua.db";

    public static bool IsEmbeddedDefault(DatabaseOptions options) =>
        options.Provider == DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(options.ConnectionString);

    public static IServiceCollection AddMotCuaDatabase(this IServiceCollection services)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration("Database")
            .Validate(o => o.Provider != DatabaseProvider.Postgres || !string.IsNullOrWhiteSpace(o.ConnectionString),
                "Database:Provider là Postgres nhưng chưa có Database:ConnectionString.")
            .Validate(o => Enum.IsDefined(o.Provider), "Database:Provider phải là Sqlite hoặc Postgres.")
            .ValidateOnStart();
        services.AddSingleton(s => s.GetRequiredService<IOptions<DatabaseOptions>>().Value);
        services.AddDbContext<MotCuaDbContext>((s, o) =>
        {
            var options = s.GetRequiredService<DatabaseOptions>();
            o.UseMotCua(options.Provider, ConnectionString(options));
        });
        return services;
    }

    static string ConnectionString(DatabaseOptions options)
    {
        if (!IsEmbeddedDefault(options))
            return options.ConnectionString!;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(EmbeddedFile))!);
        return $"Data Source={Path.GetFullPath(EmbeddedFile)}";
    }
}
