namespace HomeRental.Api.Houses;

/// <summary>
/// Shares one read among the callers that arrive together, without ever answering a caller with a read that began
/// before it arrived: while a read runs, new callers wait for the next one, which starts as soon as it ends. Under
/// load this makes one round trip serve many requests, and every caller still sees all writes finished before it asked.
/// </summary>
public sealed class CoalescedRead<T>(Func<Task<T>> read)
{
    private readonly Lock gate = new();
    private bool reading;
    private TaskCompletionSource<T>? nextRound;

    public Task<T> GetAsync()
    {
        TaskCompletionSource<T> round;
        lock (gate)
        {
            if (reading)
            {
                return (nextRound ??= NewRound()).Task;
            }
            reading = true;
            round = NewRound();
        }
        _ = RunRoundsAsync(round);
        return round.Task;
    }

    private async Task RunRoundsAsync(TaskCompletionSource<T> round)
    {
        while (true)
        {
            try
            {
                round.SetResult(await read());
            }
            catch (Exception exception)
            {
                round.SetException(exception);
            }
            lock (gate)
            {
                if (nextRound is null)
                {
                    reading = false;
                    return;
                }
                round = nextRound;
                nextRound = null;
            }
        }
    }

    private static TaskCompletionSource<T> NewRound() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
