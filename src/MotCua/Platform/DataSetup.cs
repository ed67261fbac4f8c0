using Microsoft.EntityFrameworkCore;
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

    public static DatabaseOptions ReadDatabaseOptions(IConfiguration configuration)
    {
        var options = configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (options.Provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(options.ConnectionString))
            throw new InvalidOperationException("Database:Provider là Postgres nhưng chưa có Database:ConnectionString.");
        return options;
    }

    public static bool IsEmbeddedDefault(DatabaseOptions options) =>
        options.Provider == DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(options.ConnectionString);

    public static IServiceCollection AddMotCuaDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var options = ReadDatabaseOptions(configuration);
        var connectionString = options.ConnectionString;
        if (IsEmbeddedDefault(options))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(EmbeddedFile))!);
            connectionString = $"Data Source={Path.GetFullPath(EmbeddedFile)}";
        }
        services.AddSingleton(options);
        services.AddDbContext<MotCuaDbContext>(o => o.UseMotCua(options.Provider, connectionString!));
        return services;
    }
}
