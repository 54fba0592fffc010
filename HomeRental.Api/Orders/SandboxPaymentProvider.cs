namespace HomeRental.Api.Orders;

/// <summary>A stand-in provider that moves no money: it approves every charge at once.</summary>
public sealed class SandboxPaymentProvider : IPaymentProvider
{
    public string Name => "Sandbox";

    public Task<PaymentReceipt> ChargeAsync(PaymentCharge charge) =>
        Task.FromResult(new PaymentReceipt($"sandbox-{Guid.NewGuid():N}"));
}
