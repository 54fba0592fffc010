using HomeRental.Api.Houses;

namespace HomeRental.Api.Tests.Houses;

public sealed class CoalescedReadTests
{
    private readonly List<TaskCompletionSource<int>> reads = [];
    private readonly CoalescedRead<int> coalesced;

    public CoalescedReadTests() => coalesced = new CoalescedRead<int>(StartRead);

    [Fact]
    public async Task Callers_arriving_during_a_read_share_the_next_read_never_the_one_that_began_before_them()
    {
        var first = coalesced.GetAsync();
        var second = coalesced.GetAsync();
        var third = coalesced.GetAsync();
        reads.Should().HaveCount(1);

        reads[0].SetResult(1);
        await first;
        await WaitForReadsAsync(2);
        reads[1].SetResult(2);

        (await first).Should().Be(1);
        (await second).Should().Be(2);
        (await third).Should().Be(2);
        reads.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_caller_after_the_reads_are_done_starts_a_new_one()
    {
        var first = coalesced.GetAsync();
        reads[0].SetResult(1);
        (await first).Should().Be(1);

        var later = coalesced.GetAsync();
        await WaitForReadsAsync(2);
        reads[1].SetResult(5);
        (await later).Should().Be(5);
    }

    [Fact]
    public async Task A_failed_read_fails_only_its_own_callers()
    {
        var failing = coalesced.GetAsync();
        var next = coalesced.GetAsync();

        reads[0].SetException(new TimeoutException("no answer"));
        await WaitForReadsAsync(2);
        reads[1].SetResult(7);

        await failing.Invoking(task => task).Should().ThrowAsync<TimeoutException>();
        (await next).Should().Be(7);
    }

    private Task<int> StartRead()
    {
        var read = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (reads)
        {
            reads.Add(read);
        }
        return read.Task;
    }

    private async Task WaitForReadsAsync(int count)
    {
        for (var attempt = 0; attempt < 500 && Count() < count; attempt++)
        {
            await Task.Delay(10);
        }
        Count().Should().Be(count);

        int Count()
        {
            lock (reads)
            {
                return reads.Count;
            }
        }
    }
}
