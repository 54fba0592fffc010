using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace HomeRental.Api.Data.PostgreSql;

/// <summary>
/// The shared model with what PostgreSQL adds: each order's stay as a <c>daterange</c>, which the exclusion constraint
/// <see cref="StayOverlap.ConstraintName"/> (written in the migration, since EF Core cannot model it) keeps from
/// overlapping another active order of the same house, and the data-protection key ring that every instance shares.
/// </summary>
public sealed class PostgreSqlHomeRentalDbContext(DbContextOptions<PostgreSqlHomeRentalDbContext> options, TimeProvider timeProvider)
    : HomeRentalDbContext(options, timeProvider), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.HasPostgresExtension("btree_gist");
        modelBuilder.Entity<Order>()
            .Property<NpgsqlRange<DateOnly>>(StayOverlap.StayColumn)
            .HasComputedColumnSql("""daterange("CheckIn", "CheckOut")""", stored: true);
    }
}
