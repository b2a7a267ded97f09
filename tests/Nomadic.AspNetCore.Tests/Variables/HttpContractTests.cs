using Nomadic.Locks;
using Nomadic.Locks.Tests;

namespace Nomadic.AspNetCore.Tests;

// The contract suites, run through NomadHttpVariableStore against MapNomadicVariables on Kestrel. The server's store
// shares the suite's FakeTimeProvider, so lock expiry follows the test's clock.

public sealed class HttpVariableStoreContractTests : VariableStoreContractTests, IAsyncLifetime
{
    private readonly LoopbackServers _servers = new();

    protected override IVariableStore CreateStore(TimeProvider timeProvider) => _servers.StartStore(timeProvider);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _servers.DisposeAsync();
}

public sealed class HttpDistributedLockContractTests : DistributedLockContractTests, IAsyncLifetime
{
    private readonly LoopbackServers _servers = new();

    protected override IVariableStore CreateStore(TimeProvider timeProvider) => _servers.StartStore(timeProvider);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _servers.DisposeAsync();
}

public sealed class HttpLeaderElectionContractTests : LeaderElectionContractTests, IAsyncLifetime
{
    private readonly LoopbackServers _servers = new();

    protected override IVariableStore CreateStore(TimeProvider timeProvider) => _servers.StartStore(timeProvider);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _servers.DisposeAsync();
}

/// <summary>The loopback servers one contract-test instance started, stopped together when the test ends.</summary>
internal sealed class LoopbackServers
{
    private readonly List<LoopbackNomadServer> _servers = [];

    public IVariableStore StartStore(TimeProvider timeProvider)
    {
        var server = LoopbackNomadServer.Start(timeProvider);
        _servers.Add(server);
        return server.Store;
    }

    public async Task DisposeAsync()
    {
        foreach (var server in _servers)
        {
            await server.DisposeAsync();
        }
    }
}
