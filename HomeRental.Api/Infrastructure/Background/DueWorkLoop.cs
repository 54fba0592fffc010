namespace HomeRental.Api.Infrastructure.Background;

/// <summary>
/// A background service that does whatever has fallen due, then sleeps until the next thing is due: at least
/// <see cref="ShortestWait"/>, and at most <see cref="LongestWait"/>, so that work added meanwhile is never overslept
/// by much. A round that fails is logged and tried again after the longest wait.
/// </summary>
public abstract class DueWorkLoop(TimeProvider clock, ILogger logger) : BackgroundService
{
    public static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan ShortestWait = TimeSpan.FromSeconds(1);

    protected TimeProvider Clock { get; } = clock;

    /// <summary>Does what is due now and answers how long until the next thing is (<see cref="WaitUntil"/>).</summary>
    public abstract Task<TimeSpan> RunDueAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = LongestWait;
            try
            {
                wait = await RunDueAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "{Work} failed; trying again in {Wait}.", GetType().Name, wait);
            }
            await Task.Delay(wait, Clock, stoppingToken);
        }
    }

    /// <summary>The sleep until <paramref name="next"/> (UTC; null when nothing is waiting), within the shortest and longest wait.</summary>
    protected TimeSpan WaitUntil(DateTime? next)
    {
        var untilNext = next - Clock.GetUtcNow().UtcDateTime ?? LongestWait;
        return untilNext < ShortestWait ? ShortestWait : untilNext > LongestWait ? LongestWait : untilNext;
    }
}
