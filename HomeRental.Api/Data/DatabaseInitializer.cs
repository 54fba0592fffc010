using HomeRental.Api.Demo;
using HomeRental.Api.Districts;
using HomeRental.Api.Users;
using Microsoft.EntityFrameworkCore;

namespace HomeRental.Api.Data;

/// <summary>Brings the database up to date before the server takes its first request.</summary>
public static class DatabaseInitializer
{
    public static async Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HomeRentalDbContext>();
        await using (await scope.ServiceProvider.GetRequiredService<IDatabaseStartUp>().BeginMigrationAsync(db, cancellationToken))
        {
            await db.Database.MigrateAsync(cancellationToken);
            await ReferenceDataSeeder.SeedAsync(db, cancellationToken);
            await GeneratedUsername.ReplacePhoneUsernamesAsync(db, scope.ServiceProvider.GetRequiredService<ILoggerFactory>()
                .CreateLogger(nameof(DatabaseInitializer)), cancellationToken);
            await DemoSeeder.SeedIfEmptyAsync(scope.ServiceProvider, cancellationToken);
        }
    }
}
