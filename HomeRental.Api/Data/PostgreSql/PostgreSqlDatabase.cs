using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace HomeRental.Api.Data.PostgreSql;

public static class PostgreSqlDatabase
{
    /// <summary>PostgreSQL through Npgsql's EF Core provider, for instances on many machines sharing one database.</summary>
    public static IServiceCollection AddPostgreSqlDatabase(this IServiceCollection services, string configured)
    {
        NpgsqlConnectionStringBuilder connectionString;
        try
        {
            connectionString = new NpgsqlConnectionStringBuilder(configured);
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException)
        {
            throw new InvalidOperationException(
                $"{DatabaseServiceCollectionExtensions.ConnectionStringSetting} is not a PostgreSQL connection string: {exception.Message}", exception);
        }

        services.AddDbContext<PostgreSqlHomeRentalDbContext>(options => options.UseNpgsql(connectionString.ToString()));
        services.AddScoped<HomeRentalDbContext>(provider => provider.GetRequiredService<PostgreSqlHomeRentalDbContext>());
        services.AddSingleton<IWriteTransactions, PostgreSqlWriteTransactions>();
        services.AddSingleton<IDatabaseStartUp, PostgreSqlStartUp>();
        return services;
    }

    /// <summary>Instances that start at once on one database take turns: the first migrates, the others then find nothing to do.</summary>
    private sealed class PostgreSqlStartUp : IDatabaseStartUp
    {
        // Any number unique to this app among the advisory locks taken on the database; session-level, so a crashed
        // instance's lock goes with its connection.
        private const long MigrationLockKey = 0x486F_6D65_5265_6E74; // "HomeRent"

        public async Task<IAsyncDisposable> BeginMigrationAsync(HomeRentalDbContext db, CancellationToken cancellationToken)
        {
            try
            {
                await db.Database.OpenConnectionAsync(cancellationToken);
            }
            // Npgsql's execution strategy wraps a failed connection in an InvalidOperationException.
            catch (Exception exception) when (exception is NpgsqlException || exception.InnerException is NpgsqlException)
            {
                var cause = exception as NpgsqlException ?? exception.InnerException!;
                var connection = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());
                throw new InvalidOperationException(
                    $"Could not open the PostgreSQL database that {DatabaseServiceCollectionExtensions.ConnectionStringSetting} names " +
                    $"(host {connection.Host}, port {connection.Port}, database {connection.Database}, user {connection.Username}): {cause.Message}",
                    exception);
            }
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({MigrationLockKey})", cancellationToken);
            // Npgsql's provider reads the history table without asking whether it exists, and logs the failure on an
            // empty database as an error (npgsql/efcore.pg#3407): creating it first keeps the first start's log clean.
            await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
            return new MigrationLock(db);
        }

        private sealed class MigrationLock(HomeRentalDbContext db) : IAsyncDisposable
        {
            public async ValueTask DisposeAsync()
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({MigrationLockKey})");
                await db.Database.CloseConnectionAsync();
            }
        }
    }
}
