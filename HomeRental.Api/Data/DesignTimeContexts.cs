using HomeRental.Api.Data.PostgreSql;
using HomeRental.Api.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace HomeRental.Api.Data;

// What `dotnet ef migrations add --context ...` builds each provider's model with; no database is opened.

internal sealed class SqliteDesignTimeContext : IDesignTimeDbContextFactory<SqliteHomeRentalDbContext>
{
    public SqliteHomeRentalDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<SqliteHomeRentalDbContext>().UseSqlite("Data Source=design-time.db").Options, TimeProvider.System);
}

internal sealed class PostgreSqlDesignTimeContext : IDesignTimeDbContextFactory<PostgreSqlHomeRentalDbContext>
{
    public PostgreSqlHomeRentalDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<PostgreSqlHomeRentalDbContext>().UseNpgsql("Host=localhost;Database=homerental").Options, TimeProvider.System);
}
