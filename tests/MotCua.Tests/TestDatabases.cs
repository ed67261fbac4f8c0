using Microsoft.EntityFrameworkCore;
using MotCua.Data;
using Npgsql;

namespace MotCua.Tests;

/// <summary>
/// A fresh, migrated database per test, on SQLite (always) or PostgreSQL (when
/// <c>MOTCUA_TEST_POSTGRES</c> names a server; in CI a missing server fails the PostgreSQL tests).
/// PostgreSQL databases are cloned from a template migrated once per run, so each test is isolated
/// and the migrations are what built it.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "MOTCUA_TEST_POSTGRES";

    static readonly SemaphoreSlim TemplateLock = new(1, 1);
    static bool _templateReady;
    /// <summary>Named after the newest migration: test runs of branches with other migrations on one server keep their own template.</summary>
    static readonly string Template = TemplateName();

    readonly Func<Task> _drop;

    TestDatabase(DatabaseProvider provider, string connectionString, Func<Task> drop)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _drop = drop;
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }

    public MotCuaDbContext NewContext() => new(Database.Options(Provider, ConnectionString));

    public static Task<TestDatabase> Create(string provider) =>
        Enum.Parse<DatabaseProvider>(provider) == DatabaseProvider.Postgres ? CreatePostgres() : CreateSqlite();

    static async Task<TestDatabase> CreateSqlite()
    {
        var file = Path.Combine(Path.GetTempPath(), $"motcua-test-{Guid.NewGuid():N}.db");
        var connectionString = $"Data Source={file};Pooling=False";
        await using (var db = new MotCuaDbContext(Database.Options(DatabaseProvider.Sqlite, connectionString)))
            await db.Database.MigrateAsync();
        return new TestDatabase(DatabaseProvider.Sqlite, connectionString, () =>
        {
            File.Delete(file);
            return Task.CompletedTask;
        });
    }

    static async Task<TestDatabase> CreatePostgres()
    {
        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrEmpty(server))
            throw new InvalidOperationException(
                $"PostgreSQL tests need a server: set {PostgresVariable} (e.g. Host=127.0.0.1;Port=55432;Username=postgres). `bash .ci/run` starts one.");
        await EnsureTemplate(server);
        var name = $"motcua_test_{Guid.NewGuid():N}";
        await Execute(server, $"CREATE DATABASE \"{name}\" TEMPLATE \"{Template}\"");
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false }.ConnectionString;
        return new TestDatabase(DatabaseProvider.Postgres, connectionString,
            () => Execute(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"));
    }

    static async Task EnsureTemplate(string server)
    {
        await TemplateLock.WaitAsync();
        try
        {
            if (_templateReady)
                return;
            await Execute(server, $"DROP DATABASE IF EXISTS \"{Template}\" WITH (FORCE)");
            await Execute(server, $"CREATE DATABASE \"{Template}\"");
            var template = new NpgsqlConnectionStringBuilder(server) { Database = Template, Pooling = false }.ConnectionString;
            await using (var db = new MotCuaDbContext(Database.Options(DatabaseProvider.Postgres, template)))
                await db.Database.MigrateAsync();
            _templateReady = true;
        }
        finally
        {
            TemplateLock.Release();
        }
    }

    static string TemplateName()
    {
        using var db = new MotCuaDbContext(Database.Options(DatabaseProvider.Postgres, "Host=localhost"));
        var newest = db.Database.GetMigrations().Last();
        var name = $"motcua_test_template_{newest.ToLowerInvariant()}";
        return name.Length > 63 ? name[..63] : name; // PostgreSQL's longest name
    }

    static async Task Execute(string server, string sql)
    {
        var admin = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString;
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public ValueTask DisposeAsync() => new(_drop());
}

/// <summary>The providers every database test runs on.</summary>
public sealed class Providers : TheoryData<string>
{
    public Providers()
    {
        Add(nameof(DatabaseProvider.Sqlite));
        Add(nameof(DatabaseProvider.Postgres));
    }
}
