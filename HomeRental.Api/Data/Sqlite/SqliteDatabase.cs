using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HomeRental.Api.Data.Sqlite;

public static class SqliteDatabase
{
    public const int BusyTimeoutSeconds = 5;

    /// <summary>SQLite through EF Core; a relative database file is placed under the content root, its folder created.</summary>
    public static IServiceCollection AddSqliteDatabase(this IServiceCollection services, string configured, IHostEnvironment environment)
    {
        SqliteConnectionStringBuilder connectionString;
        try
        {
            connectionString = new SqliteConnectionStringBuilder(configured);
        }
        catch (ArgumentException exception)
        {
            throw new InvalidOperationException(
                $"{DatabaseServiceCollectionExtensions.ConnectionStringSetting} is not a SQLite connection string: {exception.Message}", exception);
        }
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

        services.AddDbContext<SqliteHomeRentalDbContext>(options => options.UseSqlite(connectionString.ToString()));
        services.AddScoped<HomeRentalDbContext>(provider => provider.GetRequiredService<SqliteHomeRentalDbContext>());
        services.AddSingleton<WriteGate>();
        services.AddSingleton<IWriteTransactions>(provider => provider.GetRequiredService<WriteGate>());
        services.AddSingleton<IDatabaseStartUp, SqliteStartUp>();
        return services;
    }

    private sealed class SqliteStartUp : IDatabaseStartUp
    {
        public async Task<IAsyncDisposable> BeginMigrationAsync(HomeRentalDbContext db, CancellationToken cancellationToken)
        {
            // WAL lets readers go on while one writer writes; the mode is kept in the database file. EF Core's own
            // migration lock keeps processes that start at once on one file from migrating together.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            return NoLock.Instance;
        }

        private sealed class NoLock : IAsyncDisposable
        {
            public static readonly NoLock Instance = new();

            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }
}
