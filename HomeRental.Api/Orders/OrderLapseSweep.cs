using HomeRental.Api.Data;
using HomeRental.Api.Infrastructure.Background;
using Microsoft.EntityFrameworkCore;

namespace HomeRental.Api.Orders;

/// <summary>
/// Stores the lapses of <see cref="OrderLapse"/> as they fall due. Searches need not wait for it: the availability
/// index frees a request's nights at its ExpiresAt by itself. Every instance sweeps: the conditional update makes each
/// lapse happen once, whoever gets there first.
/// </summary>
public sealed class OrderLapseSweep(IServiceScopeFactory scopes, TimeProvider clock, ILogger<OrderLapseSweep> logger)
    : DueWorkLoop(clock, logger)
{
    /// <summary>Stores what has lapsed, and answers how long to sleep until the next lapse is due.</summary>
    public override async Task<TimeSpan> RunDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HomeRentalDbContext>();
        var now = Clock.UtcNow();
        if (await NextLapseAsync(db, cancellationToken) <= now)
        {
            int lapsed;
            await using (var transaction = await scope.ServiceProvider.GetRequiredService<IWriteTransactions>().BeginAsync(db.Database))
            {
                lapsed = await OrderLapse.StoreAsync(db.Orders, now, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            if (lapsed > 0)
            {
                logger.LogInformation("{Count} orders lapsed unanswered or unpaid.", lapsed);
            }
        }

        return WaitUntil(await NextLapseAsync(db, cancellationToken));
    }

    private static Task<DateTime?> NextLapseAsync(HomeRentalDbContext db, CancellationToken cancellationToken) =>
        db.Orders.Where(order => order.ExpiresAt != null).MinAsync(order => order.ExpiresAt, cancellationToken);
}
