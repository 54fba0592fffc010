namespace HomeRental.Api.Orders;

/// <summary>Takes a guest's payment for an order.</summary>
public interface IPaymentProvider
{
    /// <summary>The provider's name, for logs.</summary>
    string Name { get; }

    /// <summary>Charges the amount and answers the provider's reference for the payment.</summary>
    Task<PaymentReceipt> ChargeAsync(PaymentCharge charge);
}

public sealed record PaymentCharge(int OrderId, int GuestId, long AmountCents);

public sealed record PaymentReceipt(string Reference);
