using Microsoft.Extensions.Options;
using HomeRental.Api.Infrastructure.Store;
using HomeRental.Api.Tests.Support;

namespace HomeRental.Api.Tests.Store;

public sealed class RedisStoreContractTests : StoreContractTests, IAsyncLifetime
{
    private RedisConnection? connection;

    protected override IKeyValueStore CreateStore()
    {
        var options = new RedisOptions
        {
            Configuration = RedisServer.Shared.Configuration,
            // Timeouts are the outage tests' business; here a generous one keeps a busy machine from failing the contract.
            OperationTimeoutMilliseconds = 10_000,
        };
        connection = new RedisConnection(Options.Create(options));
        return new RedisStore(connection);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (connection is not null)
        {
            await connection.DisposeAsync();
        }
    }
}
