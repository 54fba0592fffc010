namespace HomeRental.Api.Data;

/// <summary>What a provider does around the migrations that start-up applies.</summary>
public interface IDatabaseStartUp
{
    /// <summary>Prepares the database and holds off other instances starting at once until the returned lock is disposed.</summary>
    Task<IAsyncDisposable> BeginMigrationAsync(HomeRentalDbContext db, CancellationToken cancellationToken);
}
