namespace Nomadic.Locks.Tests;

public sealed class InMemoryDistributedLockTests : DistributedLockContractTests
{
    protected override IVariableStore CreateStore(TimeProvider timeProvider) => new InMemoryVariableStore(timeProvider);
}
