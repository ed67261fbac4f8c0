using Microsoft.EntityFrameworkCore.Design;
using MotCua.Data;

namespace MotCua.Migrations.Postgres;

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL model; no server is contacted to add a migration.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<MotCuaDbContext>
{
    public MotCuaDbContext CreateDbContext(string[] args) => new(Database.Options(DatabaseProvider.Postgres, "Host=localhost;Database=motcua_design"));
}
