namespace HomeRental.Api.Data;

public enum OrderStatus
{
    /// <summary>Awaiting the host's decision.</summary>
    Pending,
    /// <summary>Accepted by the host, awaiting payment.</summary>
    Unpaid,
    Paid,
    /// <summary>The stay is over, awaiting the guest's review.</summary>
    ReviewPending,
    Completed,
    Cancelled,
    Rejected,
}
