using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HomeRental.Api.Data;

public static class DatabaseServiceCollectionExtensions
{
    public const string ConnectionStringName = "HomeRental";

    public const int BusyTimeoutSeconds = 5;

    /// <summary>SQLite through EF Core; a relative database file is placed under the content root, its folder created.</summary>
    public static IServiceCollection AddDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new InvalidOperationException($"ConnectionStrings:{ConnectionStringName} is not set (for example \"Data Source=data/homerental.db\").");
        }

        var connectionString = new SqliteConnectionStringBuilder(configured);
        if (connectionString.DataSource != ":memory:")
        {
            connectionString.DataSource = Path.GetFullPath(connectionString.DataSource, environment.ContentRootPath);
            Directory.CreateDirectory(Path.GetDirectoryName(connectionString.DataSource)!);
        }
        // Microsoft.Data.Sqlite retries a busy database until the command timeout: writers wait for each other
        // this long, and an outage surfaces as 503 within it instead of a hang.
        if (!configured.Contains("Default Timeout", StringComparison.OrdinalIgnoreCase))
        {
            connectionString.DefaultTimeout = BusyTimeoutSeconds;
        }

        services.AddDbContext<HomeRentalDbContext>(options => options.UseSqlite(connectionString.ToString()));
        services.AddSingleton<WriteGate>();
        return services;
    }
}
