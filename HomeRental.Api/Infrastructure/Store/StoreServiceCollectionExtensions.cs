namespace HomeRental.Api.Infrastructure.Store;

public static class StoreServiceCollectionExtensions
{
    /// <summary>Registers Redis when <c>Redis:Configuration</c> is set, else the embedded in-process store.</summary>
    public static IServiceCollection AddKeyValueStore(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RedisOptions.SectionName).Get<RedisOptions>() ?? new RedisOptions();
        if (options.OperationTimeoutMilliseconds <= 0)
        {
            throw new InvalidOperationException("Redis:OperationTimeoutMilliseconds must be a positive number of milliseconds.");
        }

        if (string.IsNullOrWhiteSpace(options.Configuration))
        {
            services.AddSingleton<IKeyValueStore, EmbeddedStore>();
        }
        else
        {
            services.AddSingleton(options);
            services.AddSingleton<RedisConnection>();
            services.AddSingleton<IKeyValueStore, RedisStore>();
        }
        return services;
    }
}
