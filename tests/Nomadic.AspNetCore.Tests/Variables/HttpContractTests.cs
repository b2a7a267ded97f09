using Nomadic.Locks;
using Nomadic.Locks.Tests;

namespace Nomadic.AspNetCore.Tests;

// The contract suites, run through NomadHttpVariableStore against MapNomadicVariables on Kestrel. The server's store
// shares the suite's FakeTimeProvider, so lock expiry follows the test's clock.

public sealed class HttpVariableStoreContractTests : VariableStoreContractTests, IAsyncLifetime
{
    private LoopbackNomadServer? _server;

    protected override IVariableStore CreateStore(TimeProvider timeProvider) => (_server = LoopbackNomadServer.Start(timeProvider)).Store;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}

public sealed class HttpDistributedLockContractTests : DistributedLockContractTests, IAsyncLifetime
{
    private LoopbackNomadServer? _server;

    protected override IVariableStore CreateStore(TimeProvider timeProvider) => (_server = LoopbackNomadServer.Start(timeProvider)).Store;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}

public sealed class HttpLeaderElectionContractTests : LeaderElectionContractTests, IAsyncLifetime
{
    private LoopbackNomadServer? _server;

    protected override IVariableStore CreateStore(TimeProvider timeProvider) => (_server = LoopbackNomadServer.Start(timeProvider)).Store;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
