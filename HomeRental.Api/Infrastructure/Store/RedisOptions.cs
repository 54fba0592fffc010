using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace HomeRental.Api.Infrastructure.Store;

public sealed class RedisOptions
{
    public const string SectionName = "Redis";

    /// <summary>A StackExchange.Redis configuration string such as "localhost:6379"; empty selects the embedded store.</summary>
    public string Configuration { get; set; } = string.Empty;

    public int OperationTimeoutMilliseconds { get; set; } = 1500;

    public bool UsesEmbeddedStore => string.IsNullOrWhiteSpace(Configuration);

    /// <summary>
    /// The client's settings: every call, and the connection itself, gives up after the operation timeout; a Redis that
    /// is down at start-up, or goes away later, is connected to in the background until it answers.
    /// </summary>
    public ConfigurationOptions ToConfigurationOptions()
    {
        var configuration = ConfigurationOptions.Parse(Configuration);
        configuration.AbortOnConnectFail = false;
        configuration.ConnectTimeout = OperationTimeoutMilliseconds;
        configuration.SyncTimeout = OperationTimeoutMilliseconds;
        configuration.AsyncTimeout = OperationTimeoutMilliseconds;
        // Async timeouts are noticed on the heartbeat: at the default of one second a call could run 1 s past its timeout.
        configuration.HeartbeatInterval = TimeSpan.FromMilliseconds(Math.Min(250, OperationTimeoutMilliseconds));
        // While there is no connection a call fails at once, instead of queueing behind the reconnect until its own
        // timeout: a request that already waited for the first connect attempt would otherwise wait twice.
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        return configuration;
    }
}

internal sealed class RedisOptionsValidator : IValidateOptions<RedisOptions>
{
    public ValidateOptionsResult Validate(string? name, RedisOptions options)
    {
        if (options.OperationTimeoutMilliseconds <= 0)
        {
            return ValidateOptionsResult.Fail(
                $"Redis:OperationTimeoutMilliseconds must be a positive number of milliseconds, not {options.OperationTimeoutMilliseconds}.");
        }
        if (options.UsesEmbeddedStore)
        {
            return ValidateOptionsResult.Success;
        }
        try
        {
            options.ToConfigurationOptions();
            return ValidateOptionsResult.Success;
        }
        catch (Exception exception) when (exception is ArgumentException or RedisConnectionException)
        {
            return ValidateOptionsResult.Fail($"Redis:Configuration '{options.Configuration}' is not a valid StackExchange.Redis configuration: {exception.Message}");
        }
    }
}
