using HomeRental.Api.Infrastructure.Store;
using HomeRental.Api.Tests.Support;

namespace HomeRental.Api.Tests.Store;

public sealed class EmbeddedStoreContractTests : StoreContractTests
{
    private readonly TestClock clock = new();

    protected override IKeyValueStore CreateStore() => new EmbeddedStore(clock);

    protected override Task LetTimePassAsync(TimeSpan span)
    {
        clock.Advance(span);
        return Task.CompletedTask;
    }
}
