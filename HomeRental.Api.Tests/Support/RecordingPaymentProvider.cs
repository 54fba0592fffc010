using System.Collections.Concurrent;
using HomeRental.Api.Orders;

namespace HomeRental.Api.Tests.Support;

/// <summary>The payment provider of the test host: approves every charge, as the sandbox does, and keeps what it was asked to charge.</summary>
public sealed class RecordingPaymentProvider : IPaymentProvider
{
    private readonly ConcurrentQueue<PaymentCharge> charges = new();

    public string Name => "Recording";

    /// <summary>Every charge asked for so far, in the order they arrived.</summary>
    public IReadOnlyList<PaymentCharge> Charges => [.. charges];

    public IReadOnlyList<PaymentCharge> ChargesFor(int orderId) => Charges.Where(charge => charge.OrderId == orderId).ToList();

    public Task<PaymentReceipt> ChargeAsync(PaymentCharge charge)
    {
        charges.Enqueue(charge);
        return Task.FromResult(new PaymentReceipt($"recorded-{charges.Count}"));
    }
}
