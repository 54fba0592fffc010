using System.Diagnostics;

namespace HomeRental.Api.Tests.Support;

/// <summary>Waiting for what happens in the background: poll a condition until it holds or a deadline passes, never a fixed sleep.</summary>
public static class Polling
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(20);

    /// <summary>How long after the call <paramref name="condition"/> first held, or null if it did not within <paramref name="deadline"/>.</summary>
    public static async Task<TimeSpan?> UntilAsync(Func<Task<bool>> condition, TimeSpan deadline)
    {
        var stopwatch = Stopwatch.StartNew();
        while (true)
        {
            if (await condition())
            {
                return stopwatch.Elapsed;
            }
            if (stopwatch.Elapsed > deadline)
            {
                return null;
            }
            await Task.Delay(Interval);
        }
    }

    /// <summary>The same for a condition that needs no waiting to check.</summary>
    public static Task<TimeSpan?> UntilAsync(Func<bool> condition, TimeSpan deadline) => UntilAsync(() => Task.FromResult(condition()), deadline);
}
