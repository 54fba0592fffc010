using HomeRental.Api.Data;
using HomeRental.Api.Houses;
using Microsoft.EntityFrameworkCore;

namespace HomeRental.Api.Orders;

/// <summary>
/// Stores the lapses of <see cref="OrderLapse"/> as they fall due, and tells the house cache, so that a search answered
/// from the cache shows the freed nights too. Every instance sweeps: the conditional update makes each lapse happen
/// once, whoever gets there first.
/// </summary>
public sealed class OrderLapseSweep(IServiceScopeFactory scopes, TimeProvider clock, ILogger<OrderLapseSweep> logger) : BackgroundService
{
    /// <summary>The longest sleep: a request made meanwhile lapses hours later, so it is never overslept by much.</summary>
    private static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(1);

    private static readonly TimeSpan ShortestWait = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = LongestWait;
            try
            {
                wait = await SweepAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Lapsed orders could not be stored; trying again in {Wait}.", wait);
            }
            await Task.Delay(wait, clock, stoppingToken);
        }
    }

    /// <summary>Stores what has lapsed, and answers how long to sleep until the next lapse is due.</summary>
    public async Task<TimeSpan> SweepAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HomeRentalDbContext>();
        var now = clock.UtcNow();
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
                await scope.ServiceProvider.GetRequiredService<HouseCache>().ChangedAsync();
            }
        }

        var untilNext = await NextLapseAsync(db, cancellationToken) - now ?? LongestWait;
        return untilNext < ShortestWait ? ShortestWait : untilNext > LongestWait ? LongestWait : untilNext;
    }

    private static Task<DateTime?> NextLapseAsync(HomeRentalDbContext db, CancellationToken cancellationToken) =>
        db.Orders.Where(order => order.ExpiresAt != null).MinAsync(order => order.ExpiresAt, cancellationToken);
}
