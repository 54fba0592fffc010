using Microsoft.Extensions.Options;

namespace HomeRental.Api.Infrastructure.Store;

public static class StoreServiceCollectionExtensions
{
    /// <summary>Registers Redis when <c>Redis:Configuration</c> is set, else the embedded in-process store.</summary>
    public static IServiceCollection AddKeyValueStore(this IServiceCollection services)
    {
        services.AddOptions<RedisOptions>().BindConfiguration(RedisOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RedisOptions>, RedisOptionsValidator>();
        services.AddSingleton<RedisConnection>();
        services.AddSingleton<IKeyValueStore>(provider =>
            provider.GetRequiredService<IOptions<RedisOptions>>().Value.UsesEmbeddedStore
                ? ActivatorUtilities.CreateInstance<EmbeddedStore>(provider)
                : ActivatorUtilities.CreateInstance<RedisStore>(provider));
        return services;
    }
}
