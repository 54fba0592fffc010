using HomeRental.Api.Data;
using HomeRental.Api.Infrastructure.Store;
using Microsoft.EntityFrameworkCore;

namespace HomeRental.Api.Houses.SearchIndex;

/// <summary>
/// Keeps this instance's <see cref="AvailabilityIndex"/> current with what other instances write: a round soon after a
/// change message through the store (<see cref="MessageGathering"/>), and one every <see cref="PollInterval"/> whatever
/// the messages, which catches what a lost message (or a Redis outage) would have missed well within
/// <see cref="AvailabilityIndex.MaxLag"/>.
/// Also removes changes older than <see cref="HouseChanges.Retention"/>.
/// </summary>
public sealed class AvailabilityIndexSync(
    AvailabilityIndex index, IKeyValueStore store, IServiceScopeFactory scopes, TimeProvider clock, ILogger<AvailabilityIndexSync> logger)
    : BackgroundService
{
    private bool toldOfNoSubscription;

    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// How long a round waits after a change message for more: a burst of writes elsewhere costs a round per this
    /// time, not one per write, in every instance.
    /// </summary>
    private static readonly TimeSpan MessageGathering = TimeSpan.FromMilliseconds(20);

    private static readonly TimeSpan PruneInterval = TimeSpan.FromMinutes(10);

    /// <summary>Released by a change message; holds at most one, however many arrive meanwhile.</summary>
    private readonly SemaphoreSlim changeMessage = new(0, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var subscribed = false;
        var nextPrune = DateTime.MinValue;
        try
        {
            while (true)
            {
                subscribed = subscribed || await TrySubscribeAsync();
                await index.CatchUpAsync();
                // Real time, not the clock: the lag is about this process's view of the database, whatever the date says.
                if (DateTime.UtcNow >= nextPrune)
                {
                    nextPrune = DateTime.UtcNow + PruneInterval;
                    await PruneAsync(stoppingToken);
                }
                if (await changeMessage.WaitAsync(PollInterval, stoppingToken))
                {
                    await Task.Delay(MessageGathering, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private void OnChangeMessage()
    {
        try
        {
            changeMessage.Release();
        }
        catch (SemaphoreFullException)
        {
            // A round is called already: it reads every change up to when it runs.
        }
    }

    private async Task<bool> TrySubscribeAsync()
    {
        try
        {
            await store.SubscribeAsync(HouseChanges.Channel, _ => OnChangeMessage());
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
