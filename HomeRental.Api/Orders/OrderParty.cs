namespace HomeRental.Api.Orders;

/// <summary>The two people an order concerns; each action belongs to one of them.</summary>
public enum OrderParty
{
    Guest,
    Host,
}
