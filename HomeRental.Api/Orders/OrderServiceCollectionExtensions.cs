namespace HomeRental.Api.Orders;

public static class OrderServiceCollectionExtensions
{
    public static IServiceCollection AddOrders(this IServiceCollection services)
    {
        services.AddSingleton<IPaymentProvider, SandboxPaymentProvider>();
        services.AddScoped<OrderWorkflow>();
        return services;
    }
}
