namespace HomeRental.Api.Users;

/// <summary>
/// Runs password hashing, about 40 ms of CPU each time, at most once per core at a time; the other callers wait
/// without holding a thread. Without this a burst of sign-ins fills the thread pool with hashing, and every other
/// request, Redis replies included, queues behind it until store calls time out.
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
            return hashing();
        }
        finally
        {
            cores.Release();
        }
    }
}
