using HomeRental.Api.Infrastructure.Store;
using HomeRental.Api.Tests.Support;

namespace HomeRental.Api.Tests.Store;

/// <summary>Expiry of the embedded store, driven exactly by a manual clock.</summary>
public sealed class EmbeddedStoreTests
{
    private static readonly TimeSpan TimeToLive = TimeSpan.FromMinutes(10);

    private readonly TestClock clock = new();
    private readonly EmbeddedStore store;

    public EmbeddedStoreTests()
    {
        store = new EmbeddedStore(clock);
    }

    [Fact]
    public async Task A_value_lives_until_the_instant_its_time_to_live_runs_out()
    {
        await store.SetAsync("key", "value", TimeToLive);

        clock.Advance(TimeToLive - TimeSpan.FromTicks(1));
        (await store.GetAsync("key")).Should().Be("value");

        clock.Advance(TimeSpan.FromTicks(1));
        (await store.GetAsync("key")).Should().BeNull();
    }

    [Fact]
    public async Task Time_to_live_counts_down_with_the_clock()
    {
        await store.SetAsync("key", "value", TimeToLive);

        clock.Advance(TimeSpan.FromMinutes(4));

        (await store.GetTimeToLiveAsync("key")).Should().Be(TimeSpan.FromMinutes(6));
    }

    [Fact]
    public async Task An_expired_key_reads_as_missing_to_every_operation()
    {
        await store.SetAsync("key", "value", TimeToLive);

        clock.Advance(TimeToLive);

        (await store.GetAsync("key")).Should().BeNull();
        (await store.GetAndDeleteAsync("key")).Should().BeNull();
        (await store.GetTimeToLiveAsync("key")).Should().BeNull();
        (await store.DeleteAsync("key")).Should().BeFalse();
        (await store.SetIfAbsentAsync("key", "again", TimeToLive)).Should().BeTrue();
    }

    [Fact]
    public async Task An_expired_counter_restarts_at_one_with_a_fresh_time_to_live()
    {
        await store.IncrementAsync("counter", TimeToLive);
        await store.IncrementAsync("counter", TimeToLive);

        clock.Advance(TimeToLive);

        (await store.IncrementAsync("counter", TimeSpan.FromMinutes(3))).Should().Be(1);
        (await store.GetTimeToLiveAsync("counter")).Should().Be(TimeSpan.FromMinutes(3));
    }

    [Fact]
    public async Task Increments_do_not_extend_the_time_to_live_of_a_counter()
    {
        await store.IncrementAsync("counter", TimeToLive);

        clock.Advance(TimeSpan.FromMinutes(9));
        await store.IncrementAsync("counter", TimeToLive);

        (await store.GetTimeToLiveAsync("counter")).Should().Be(TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task The_sweep_removes_expired_keys_and_keeps_live_ones()
    {
        await store.SetAsync("expired 1", "value", TimeSpan.FromSeconds(1));
        await store.SetAsync("live", "value", TimeToLive);
        await store.SetAsync("expired 2", "value", TimeSpan.FromSeconds(1));

        // Past the sweep interval, the next write sweeps the whole store.
        clock.Advance(TimeSpan.FromMinutes(2));
        await store.SetAsync("trigger", "value", TimeToLive);

        (await store.GetAsync("expired 1")).Should().BeNull();
        (await store.GetAsync("expired 2")).Should().BeNull();
        (await store.GetAsync("live")).Should().Be("value");
        (await store.GetTimeToLiveAsync("live")).Should().Be(TimeSpan.FromMinutes(8));
    }
}
