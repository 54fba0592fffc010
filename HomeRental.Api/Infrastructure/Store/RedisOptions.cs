namespace HomeRental.Api.Infrastructure.Store;

public sealed class RedisOptions
{
    public const string SectionName = "Redis";

    /// <summary>A StackExchange.Redis configuration string such as "localhost:6379"; empty selects the embedded store.</summary>
    public string Configuration { get; set; } = string.Empty;

    public int OperationTimeoutMilliseconds { get; set; } = 1500;

    public TimeSpan OperationTimeout => TimeSpan.FromMilliseconds(OperationTimeoutMilliseconds);
}
