using HomeRental.Api.Data.PostgreSql;
using HomeRental.Api.Data.Sqlite;
using HomeRental.Api.Infrastructure.Configuration;

namespace HomeRental.Api.Data;

public static class DatabaseServiceCollectionExtensions
{
    public const string ProviderSetting = "Database:Provider";
    public const string ConnectionStringName = "HomeRental";
    public const string ConnectionStringSetting = $"ConnectionStrings:{ConnectionStringName}";

    /// <summary>
    /// The provider that <c>Database:Provider</c> names (SQLite when it is not set) with <c>ConnectionStrings:HomeRental</c>;
    /// a setting that cannot work stops start-up with a message naming it.
    /// </summary>
    public static IServiceCollection AddDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = NamedChoice.Read(configuration, ProviderSetting, DatabaseProvider.Sqlite, "a database this app knows");
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(provider == DatabaseProvider.Sqlite
                ? $"{ConnectionStringSetting} is not set (for example \"Data Source=data/homerental.db\")."
                : $"{ConnectionStringSetting} is not set (for example \"Host=db.internal;Database=homerental;Username=homerental;Password=...\").");
        }

        services.AddSingleton(new DatabaseChoice(provider));
        return provider switch
        {
            DatabaseProvider.PostgreSQL => services.AddPostgreSqlDatabase(connectionString),
            _ => services.AddSqliteDatabase(connectionString, environment),
        };
    }
}

/// <summary>The provider chosen at start-up, for the few decisions outside the data layer that depend on it.</summary>
public sealed record DatabaseChoice(DatabaseProvider Provider);
