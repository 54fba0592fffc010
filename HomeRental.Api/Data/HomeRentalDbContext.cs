using Microsoft.EntityFrameworkCore;

namespace HomeRental.Api.Data;

/// <summary>
/// The model both providers share. Each provider has its own context type (<see cref="Sqlite.SqliteHomeRentalDbContext"/>,
/// <see cref="PostgreSql.PostgreSqlHomeRentalDbContext"/>) with what only it has, and its own migrations, as EF Core
/// documents for several providers; the app asks for this type and gets the one <c>Database:Provider</c> chose.
/// </summary>
public abstract class HomeRentalDbContext(DbContextOptions options, TimeProvider timeProvider)
    : DbContext(options)
{
    public DbSet<User> Users => Set<User>();
    public DbSet<District> Districts => Set<District>();
    public DbSet<Amenity> Amenities => Set<Amenity>();
    public DbSet<House> Houses => Set<House>();
    public DbSet<HouseImage> HouseImages => Set<HouseImage>();
    public DbSet<Order> Orders => Set<Order>();
    public DbSet<StoredImage> StoredImages => Set<StoredImage>();
    public DbSet<CalendarBlock> CalendarBlocks => Set<CalendarBlock>();
    public DbSet<CalendarImport> CalendarImports => Set<CalendarImport>();
    public DbSet<HouseChange> HouseChanges => Set<HouseChange>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HomeRentalDbContext).Assembly);

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampAuditTimes();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampAuditTimes();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void StampAuditTimes()
    {
        var now = timeProvider.UtcNow();
        foreach (var entry in ChangeTracker.Entries<IAuditable>())
        {
            if (entry.State == EntityState.Added)
            {
                entry.Entity.CreatedAt = now;
                entry.Entity.UpdatedAt = now;
            }
            else if (entry.State == EntityState.Modified)
            {
                entry.Entity.UpdatedAt = now;
            }
        }
    }
}
