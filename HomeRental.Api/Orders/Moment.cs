using HomeRental.Api.Data;

namespace HomeRental.Api.Orders;

/// <summary>Now, as the order rules read it: today's date for stays, and the UTC time for requests that lapse.</summary>
public readonly record struct Moment(DateOnly Today, DateTime UtcNow)
{
    public static Moment Of(TimeProvider clock) => new(StayRules.Today(clock), clock.UtcNow());
}
