using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace MotCua.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Where the data lives: <c>Database:Provider</c> (Sqlite by default) and <c>Database:ConnectionString</c>.</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
    public string? ConnectionString { get; set; }
}

public static class Database
{
    public const string SqliteMigrations = "MotCua.Migrations.Sqlite";
    public const string PostgresMigrations = "MotCua.Migrations.Postgres";

    /// <summary>Points a context at one provider, with that provider's migrations assembly.</summary>
    public static DbContextOptionsBuilder UseMotCua(this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        if (provider == DatabaseProvider.Postgres)
            options.UseNpgsql(connectionString, o => o.MigrationsAssembly(PostgresMigrations));
        else
            options.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrations));
        // The model differs by provider (how instants are stored), so it is cached per provider.
        return options.ReplaceService<IModelCacheKeyFactory, ProviderModelCacheKey>();
    }

    public static DbContextOptions<MotCuaDbContext> Options(DatabaseProvider provider, string connectionString) =>
        ((DbContextOptionsBuilder<MotCuaDbContext>)new DbContextOptionsBuilder<MotCuaDbContext>().UseMotCua(provider, connectionString)).Options;

    sealed class ProviderModelCacheKey : IModelCacheKeyFactory
    {
        public object Create(DbContext context, bool designTime) => (context.GetType(), context.Database.ProviderName, designTime);
    }
}
