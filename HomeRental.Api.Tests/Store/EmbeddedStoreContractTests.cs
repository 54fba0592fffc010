using HomeRental.Api.Infrastructure.Store;

namespace HomeRental.Api.Tests.Store;

public sealed class EmbeddedStoreContractTests : StoreContractTests
{
    protected override IKeyValueStore CreateStore() => new EmbeddedStore(TimeProvider.System);
}
