using HomeRental.Api.Houses.SearchIndex;

namespace HomeRental.Api.Tests.Houses;

public sealed class NightRunsTests
{
    private static readonly DateOnly Day = new(2027, 3, 10);
    private static readonly DateTime Now = new(2027, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(0, 3, false)]  // check-out on the day a run begins
    [InlineData(0, 4, true)]
    [InlineData(6, 8, true)]   // the last night of the merged run
    [InlineData(7, 9, false)]  // check-in on the day the merged run ends
    [InlineData(4, 5, true)]
    [InlineData(10, 11, false)]
    [InlineData(11, 12, true)]
    [InlineData(10, 12, true)]
    [InlineData(12, 20, false)]
    public void A_stay_is_taken_when_any_of_its_nights_is(int fromDay, int toDay, bool taken)
    {
        // Nights 3-4 and 5-6 touch and 4-5 overlaps them: one run 3..6; then the single night 11.
        var runs = NightRuns.From([Stay(5, 7), Stay(3, 5), Stay(4, 6), Stay(11, 12)]);

        runs.AnyTaken(Day.AddDays(fromDay).DayNumber, Day.AddDays(toDay).DayNumber, Now).Should().Be(taken);
        runs.Count.Should().Be(2, "overlapping and touching stays merge into one run");
    }

    [Fact]
    public void A_waiting_request_holds_its_nights_until_the_moment_it_lapses()
    {
        var runs = NightRuns.From([new TakenStay(Day, Day.AddDays(2), Now.AddHours(1))]);
        var (checkIn, checkOut) = (Day.AddDays(1).DayNumber, Day.AddDays(3).DayNumber);

        runs.AnyTaken(checkIn, checkOut, Now).Should().BeTrue();
        runs.AnyTaken(checkIn, checkOut, Now.AddHours(1)).Should().BeFalse("at its ExpiresAt a request holds nothing, as NightsHeld says");
        runs.AnyTaken(Day.AddDays(2).DayNumber, checkOut, Now).Should().BeFalse();
    }

    [Fact]
    public void No_stays_take_no_nights() =>
        NightRuns.From([]).Should().BeSameAs(NightRuns.None);

    private static TakenStay Stay(int fromDay, int toDay) => new(Day.AddDays(fromDay), Day.AddDays(toDay), null);
}
