using HomeRental.Api.Data;
using HomeRental.Api.Infrastructure.Store;
using Microsoft.EntityFrameworkCore;

namespace HomeRental.Api.Houses.SearchIndex;

/// <summary>
/// Keeps this instance's <see cref="AvailabilityIndex"/> current with what other instances write: a round on every
/// change message through the store, and one every <see cref="PollInterval"/> whatever the messages, which catches
/// what a lost message (or a Redis outage) would have missed well within <see cref="AvailabilityIndex.MaxLag"/>.
/// Also removes changes older than <see cref="HouseChanges.Retention"/>.
/// </summary>
public sealed class AvailabilityIndexSync(
    AvailabilityIndex index, IKeyValueStore store, IServiceScopeFactory scopes, TimeProvider clock, ILogger<AvailabilityIndexSync> logger)
    : BackgroundService
{
    private bool toldOfNoSubscription;

    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    private static readonly TimeSpan PruneInterval = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var subscribed = false;
        var nextPrune = DateTime.MinValue;
        // Real time, not the clock: the lag is about this process's view of the database, whatever the date says.
        using var timer = new PeriodicTimer(PollInterval);
        do
        {
            subscribed = subscribed || await TrySubscribeAsync();
            await index.CatchUpAsync();
            if (DateTime.UtcNow >= nextPrune)
            {
                nextPrune = DateTime.UtcNow + PruneInterval;
                await PruneAsync(stoppingToken);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task<bool> TrySubscribeAsync()
    {
        try
        {
            await store.SubscribeAsync(HouseChanges.Channel, _ => index.CatchUpAsync());
            return true;
        }
        catch (StoreUnavailableException exception) when (!toldOfNoSubscription)
        {
            toldOfNoSubscription = true;
            logger.LogWarning(exception, "No change messages from other instances until the store answers: their changes reach the " +
                                         "availability index from the database within {PollInterval}.", PollInterval);
            return false;
        }
        catch (StoreUnavailableException)
        {
            return false;
        }
    }

    private async Task PruneAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HomeRentalDbContext>();
            var before = clock.UtcNow() - HouseChanges.Retention;
            await using var transaction = await scope.ServiceProvider.GetRequiredService<IWriteTransactions>().BeginAsync(db.Database);
            await db.HouseChanges.Where(change => change.ChangedAt < before).ExecuteDeleteAsync(stoppingToken);
            await transaction.CommitAsync(stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Old house changes could not be removed; trying again in {PruneInterval}.", PruneInterval);
        }
    }
}
