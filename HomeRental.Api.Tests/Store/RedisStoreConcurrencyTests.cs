using Microsoft.Extensions.Options;
using System.Diagnostics;
using HomeRental.Api.Infrastructure.Store;
using HomeRental.Api.Tests.Support;

namespace HomeRental.Api.Tests.Store;

/// <summary>What a request does after a Redis reply (a sign-in hashing a password) must not hold up the replies of others.</summary>
public sealed class RedisStoreConcurrencyTests : IAsyncDisposable
{
    private static readonly TimeSpan BusyFor = TimeSpan.FromSeconds(2);

    private readonly RedisOptions options = new()
    {
        Configuration = RedisServer.Shared.Configuration,
        OperationTimeoutMilliseconds = 10_000,
    };
    private readonly RedisConnection connection;
    private readonly RedisStore store;

    public RedisStoreConcurrencyTests()
    {
        connection = new RedisConnection(Options.Create(options));
        store = new RedisStore(connection);
    }

    [Fact]
    public async Task A_caller_that_keeps_its_thread_busy_after_a_reply_does_not_delay_the_next_reply()
    {
        var key = $"storetests:{Guid.NewGuid():N}";
        await store.SetAsync(key, "value", TimeSpan.FromMinutes(1));
        var busyCallerHasItsReply = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var busyCaller = Task.Run(async () =>
        {
            await store.GetAsync(key);
            busyCallerHasItsReply.SetResult();
            Thread.Sleep(BusyFor);
        });
        await busyCallerHasItsReply.Task;
        var stopwatch = Stopwatch.StartNew();
        var value = await store.GetAsync(key);
        stopwatch.Stop();
        await busyCaller;

        value.Should().Be("value");
        stopwatch.Elapsed.Should().BeLessThan(BusyFor / 2);
    }

    public async ValueTask DisposeAsync() => await connection.DisposeAsync();
}
