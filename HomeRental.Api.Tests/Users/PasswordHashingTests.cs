using HomeRental.Api.Users;

namespace HomeRental.Api.Tests.Users;

public sealed class PasswordHashingTests
{
    [Fact]
    public async Task No_more_hashes_run_at_once_than_there_are_cores_and_every_one_runs()
    {
        var hashing = new PasswordHashing();
        var running = 0;
        var mostAtOnce = 0;

        var results = await Task.WhenAll(Enumerable.Range(0, Environment.ProcessorCount * 3).Select(index => Task.Run(() =>
            hashing.RunAsync(() =>
            {
                var now = Interlocked.Increment(ref running);
                InterlockedMax(ref mostAtOnce, now);
                Thread.Sleep(50);
                Interlocked.Decrement(ref running);
                return index;
            }))));

        mostAtOnce.Should().BeInRange(1, Environment.ProcessorCount);
        results.Should().BeEquivalentTo(Enumerable.Range(0, Environment.ProcessorCount * 3));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
