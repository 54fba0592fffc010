namespace HomeRental.Api.Orders;

/// <summary>Something that moves an order from one status to the next.</summary>
public enum OrderAction
{
    /// <summary>The host accepts a pending order.</summary>
    Accept,
    /// <summary>The host rejects a pending order.</summary>
    Reject,
    /// <summary>The guest pays an accepted order.</summary>
    Pay,
    /// <summary>The guest cancels an order that is not yet paid.</summary>
    Cancel,
    /// <summary>The guest reviews a finished stay.</summary>
    Review,
}
