using System.Collections.Concurrent;
using HomeRental.Api.Infrastructure.Store;
using HomeRental.Api.Tests.Support;

namespace HomeRental.Api.Tests.Store;

/// <summary>
/// The behaviour every <see cref="IKeyValueStore"/> must have, run against each implementation.
/// Keys are unique per test so the tests never collide on a shared server.
/// </summary>
public abstract class StoreContractTests
{
    private const int ConcurrentCallers = 50;
    // Long enough that no pause of a busy machine between two calls outlives it on Redis, whose clock runs on its own.
    private static readonly TimeSpan ShortTimeToLive = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan PastShortTimeToLive = ShortTimeToLive + TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan LongTimeToLive = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan DeliveryDeadline = TimeSpan.FromSeconds(5);

    private readonly string keyPrefix = $"storetests:{Guid.NewGuid():N}:";
    private IKeyValueStore? store;

    protected IKeyValueStore Store => store ??= CreateStore();

    protected abstract IKeyValueStore CreateStore();

    /// <summary>Moves the store's own clock on by <paramref name="span"/>, or waits until it has moved that far.</summary>
    protected abstract Task LetTimePassAsync(TimeSpan span);

    [Fact]
    public async Task Get_returns_the_value_that_was_set()
    {
        var key = NewKey();

        await Store.SetAsync(key, "value", LongTimeToLive);

        (await Store.GetAsync(key)).Should().Be("value");
    }

    [Fact]
    public async Task Get_of_a_missing_key_is_null()
    {
        (await Store.GetAsync(NewKey())).Should().BeNull();
    }

    [Fact]
    public async Task A_value_expires_after_its_time_to_live()
    {
        var key = NewKey();
        await Store.SetAsync(key, "value", ShortTimeToLive);

        await LetTimePassAsync(PastShortTimeToLive);

        (await Store.GetAsync(key)).Should().BeNull();
        (await Store.GetTimeToLiveAsync(key)).Should().BeNull();
    }

    [Fact]
    public async Task Set_replaces_the_value_and_a_short_time_to_live_with_a_longer_one()
    {
        var key = NewKey();
        await Store.SetAsync(key, "first", ShortTimeToLive);

        await Store.SetAsync(key, "second", LongTimeToLive);
        await LetTimePassAsync(PastShortTimeToLive);

        (await Store.GetAsync(key)).Should().Be("second");
    }

    [Fact]
    public async Task Set_replaces_a_long_time_to_live_with_a_shorter_one()
    {
        var key = NewKey();
        await Store.SetAsync(key, "first", LongTimeToLive);

        await Store.SetAsync(key, "second", ShortTimeToLive);

        (await Store.GetTimeToLiveAsync(key)).Should().BeLessThanOrEqualTo(ShortTimeToLive);
    }

    [Fact]
    public async Task Set_if_absent_sets_only_the_first_time()
    {
        var key = NewKey();

        (await Store.SetIfAbsentAsync(key, "first", LongTimeToLive)).Should().BeTrue();
        (await Store.SetIfAbsentAsync(key, "second", LongTimeToLive)).Should().BeFalse();

        (await Store.GetAsync(key)).Should().Be("first");
    }

    [Fact]
    public async Task Set_if_absent_sets_again_once_the_value_has_expired()
    {
        var key = NewKey();
        await Store.SetIfAbsentAsync(key, "first", ShortTimeToLive);
        await LetTimePassAsync(PastShortTimeToLive);

        (await Store.SetIfAbsentAsync(key, "second", LongTimeToLive)).Should().BeTrue();

        (await Store.GetAsync(key)).Should().Be("second");
    }

    [Fact]
    public async Task Set_if_absent_lets_exactly_one_of_many_concurrent_callers_set()
    {
        var key = NewKey();

        var results = await RunConcurrently(caller => Store.SetIfAbsentAsync(key, $"caller {caller}", LongTimeToLive));

        results.Should().ContainSingle(wasSet => wasSet);
    }

    [Fact]
    public async Task Get_and_delete_returns_the_value_once_and_removes_it()
    {
        var key = NewKey();
        await Store.SetAsync(key, "value", LongTimeToLive);

        (await Store.GetAndDeleteAsync(key)).Should().Be("value");

        (await Store.GetAndDeleteAsync(key)).Should().BeNull();
        (await Store.GetAsync(key)).Should().BeNull();
    }

    [Fact]
    public async Task Get_and_delete_gives_the_value_to_exactly_one_of_many_concurrent_callers()
    {
        var key = NewKey();
        await Store.SetAsync(key, "value", LongTimeToLive);

        var results = await RunConcurrently(_ => Store.GetAndDeleteAsync(key));

        results.Should().ContainSingle(value => value != null).Which.Should().Be("value");
    }

    [Fact]
    public async Task Increment_starts_a_new_counter_at_one_and_then_counts_up()
    {
        var key = NewKey();

        (await Store.IncrementAsync(key, LongTimeToLive)).Should().Be(1);
        (await Store.IncrementAsync(key, LongTimeToLive)).Should().Be(2);
    }

    [Fact]
    public async Task Concurrent_increments_each_get_a_distinct_count()
    {
        var key = NewKey();

        var counts = await RunConcurrently(_ => Store.IncrementAsync(key, LongTimeToLive), callers: 100);

        counts.Should().BeEquivalentTo(Enumerable.Range(1, 100).Select(count => (long)count));
        (await Store.GetAsync(key)).Should().Be("100");
    }

    [Fact]
    public async Task Increment_keeps_the_time_to_live_the_counter_was_created_with()
    {
        var key = NewKey();
        await Store.IncrementAsync(key, LongTimeToLive);

        await Store.IncrementAsync(key, TimeSpan.FromHours(1));

        (await Store.GetTimeToLiveAsync(key)).Should().BeLessThanOrEqualTo(LongTimeToLive);
    }

    [Fact]
    public async Task A_counter_expires_after_the_time_to_live_it_was_created_with()
    {
        var key = NewKey();
        await Store.IncrementAsync(key, ShortTimeToLive);
        (await Store.IncrementAsync(key, LongTimeToLive)).Should().Be(2);

        await LetTimePassAsync(PastShortTimeToLive);

        (await Store.IncrementAsync(key, LongTimeToLive)).Should().Be(1);
    }

    [Fact]
    public async Task Time_to_live_of_a_missing_key_is_null()
    {
        (await Store.GetTimeToLiveAsync(NewKey())).Should().BeNull();
    }

    [Fact]
    public async Task Time_to_live_is_close_to_the_one_set()
    {
        var key = NewKey();

        await Store.SetAsync(key, "value", LongTimeToLive);

        (await Store.GetTimeToLiveAsync(key)).Should().BeCloseTo(LongTimeToLive, TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task Delete_removes_the_key_and_tells_whether_it_existed()
    {
        var key = NewKey();
        await Store.SetAsync(key, "value", LongTimeToLive);

        (await Store.DeleteAsync(key)).Should().BeTrue();

        (await Store.GetAsync(key)).Should().BeNull();
        (await Store.DeleteAsync(key)).Should().BeFalse();
    }

    [Fact]
    public async Task Ping_answers()
    {
        await Store.Invoking(store => store.PingAsync()).Should().NotThrowAsync();
    }

    [Fact]
    public async Task A_subscriber_gets_a_message_published_on_its_channel()
    {
        var channel = NewKey();
        var received = new ConcurrentQueue<string>();
        await Store.SubscribeAsync(channel, received.Enqueue);

        await Store.PublishAsync(channel, "house 7 changed");

        (await Polling.UntilAsync(() => !received.IsEmpty, DeliveryDeadline)).Should().NotBeNull($"the message is delivered within {DeliveryDeadline}");
        received.Should().Equal("house 7 changed");
    }

    [Fact]
    public async Task Two_subscribers_of_a_channel_both_get_a_message()
    {
        var channel = NewKey();
        var first = new ConcurrentQueue<string>();
        var second = new ConcurrentQueue<string>();
        await Store.SubscribeAsync(channel, first.Enqueue);
        await Store.SubscribeAsync(channel, second.Enqueue);

        await Store.PublishAsync(channel, "for both");

        (await Polling.UntilAsync(() => !first.IsEmpty && !second.IsEmpty, DeliveryDeadline)).Should().NotBeNull(
            $"both subscribers get the message within {DeliveryDeadline}; the first got [{string.Join(", ", first)}], the second [{string.Join(", ", second)}]");
        first.Should().Equal("for both");
        second.Should().Equal("for both");
    }

    [Fact]
    public async Task A_message_on_another_channel_is_not_delivered()
    {
        var (channel, other) = (NewKey(), NewKey());
        var received = new ConcurrentQueue<string>();
        var receivedOnOther = new ConcurrentQueue<string>();
        await Store.SubscribeAsync(channel, received.Enqueue);
        await Store.SubscribeAsync(other, receivedOnOther.Enqueue);

        await Store.PublishAsync(other, "not for you");
        // Once the other channel's subscriber has it, and a later message on the channel has arrived, the first was not sent here.
        (await Polling.UntilAsync(() => !receivedOnOther.IsEmpty, DeliveryDeadline)).Should().NotBeNull();
        await Store.PublishAsync(channel, "for you");
        (await Polling.UntilAsync(() => !received.IsEmpty, DeliveryDeadline)).Should().NotBeNull();

        received.Should().Equal("for you");
        receivedOnOther.Should().Equal("not for you");
    }

    private string NewKey() => keyPrefix + Guid.NewGuid().ToString("N");

    private static Task<T[]> RunConcurrently<T>(Func<int, Task<T>> call, int callers = ConcurrentCallers) =>
        Task.WhenAll(Enumerable.Range(0, callers).Select(caller => Task.Run(() => call(caller))));
}
