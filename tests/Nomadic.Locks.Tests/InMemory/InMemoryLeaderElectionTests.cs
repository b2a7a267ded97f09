namespace Nomadic.Locks.Tests;

public sealed class InMemoryLeaderElectionTests : LeaderElectionContractTests
{
    protected override IVariableStore CreateStore(TimeProvider timeProvider) => new InMemoryVariableStore(timeProvider);
}
