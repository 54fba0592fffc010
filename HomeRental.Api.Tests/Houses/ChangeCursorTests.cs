using HomeRental.Api.Houses.SearchIndex;

namespace HomeRental.Api.Tests.Houses;

public sealed class ChangeCursorTests
{
    private static readonly long GapTimeout = (long)ChangeCursor.GapTimeout.TotalMilliseconds;

    [Fact]
    public void Changes_in_order_move_the_floor_and_are_taken_once()
    {
        var cursor = new ChangeCursor(10);

        cursor.Take([(11, 1), (12, 2), (13, 1)], 0).Should().BeEquivalentTo([1, 2]);
        cursor.Floor.Should().Be(13);
        cursor.Take([], 1).Should().BeEmpty();
    }

    [Fact]
    public void A_change_that_commits_after_a_later_one_is_still_taken_when_it_shows()
    {
        var cursor = new ChangeCursor(10);

        cursor.Take([(12, 2)], 0).Should().BeEquivalentTo([2]);
        cursor.Floor.Should().Be(10, "id 11 may belong to a transaction that has not committed yet");
        cursor.Take([(12, 2)], 100).Should().BeEmpty("12 was taken; reading from the floor again finds it once more");
        cursor.Take([(11, 7), (12, 2)], 200).Should().BeEquivalentTo([7]);
        cursor.Floor.Should().Be(12);
    }

    [Fact]
    public void A_gap_that_stays_open_past_the_timeout_is_passed()
    {
        var cursor = new ChangeCursor(10);

        cursor.Take([(12, 2), (14, 4)], 0);
        cursor.Take([(12, 2), (14, 4)], GapTimeout - 1);
        cursor.Floor.Should().Be(10);

        cursor.Take([(12, 2), (14, 4)], GapTimeout);

        cursor.Floor.Should().Be(12, "id 11 was rolled back; 13 is a new gap with its own time");
        cursor.Take([(14, 4)], 2 * GapTimeout);
        cursor.Floor.Should().Be(14);
    }
}
