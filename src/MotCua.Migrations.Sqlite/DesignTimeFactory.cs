using Microsoft.EntityFrameworkCore.Design;
using MotCua.Data;

namespace MotCua.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef</c> build the SQLite model; the file is never opened to add a migration.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<MotCuaDbContext>
{
    public MotCuaDbContext CreateDbContext(string[] args) => new(Database.Options(DatabaseProvider.Sqlite, "Data Source=design-time.db"));
}
