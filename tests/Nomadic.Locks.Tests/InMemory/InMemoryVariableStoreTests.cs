namespace Nomadic.Locks.Tests;

public sealed class InMemoryVariableStoreTests : VariableStoreContractTests
{
    protected override IVariableStore CreateStore(TimeProvider timeProvider) => new InMemoryVariableStore(timeProvider);
}
