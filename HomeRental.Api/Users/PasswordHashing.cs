namespace HomeRental.Api.Users;

/// <summary>
/// Runs password hashing, about 40 ms of CPU each time, on threads of its own and at most once per core at a time;
/// the other callers wait without holding a thread. On the thread pool, a burst of sign-ins would take every pool
/// thread (two on a two-core machine, and the pool adds more only slowly), and every other request would wait
/// behind the hashing.
/// </summary>
public sealed class PasswordHashing
{
    private readonly SemaphoreSlim cores = new(Environment.ProcessorCount);

    public Task RunAsync(Action hashing) =>
        RunAsync(() =>
        {
            hashing();
            return true;
        });

    public async Task<T> RunAsync<T>(Func<T> hashing)
    {
        await cores.WaitAsync();
        try
        {
            return await Task.Factory.StartNew(hashing, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
        finally
        {
            cores.Release();
        }
    }
}
