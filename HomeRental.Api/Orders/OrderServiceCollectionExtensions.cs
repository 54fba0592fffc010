namespace HomeRental.Api.Orders;

public static class OrderServiceCollectionExtensions
{
    public static IServiceCollection AddOrders(this IServiceCollection services)
    {
        services.AddOptions<OrderOptions>()
            .BindConfiguration(OrderOptions.Section)
            .Validate(options => options.IsValid,
                $"{OrderOptions.Section}:PendingHours, UnpaidHours, MaxNights and BookingHorizonDays must each be 1 or more.")
            .ValidateOnStart();
        services.AddSingleton<IPaymentProvider, SandboxPaymentProvider>();
        services.AddScoped<OrderWorkflow>();
        services.AddHostedService<OrderLapseSweep>();
        return services;
    }
}
