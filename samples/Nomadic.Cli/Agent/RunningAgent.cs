using Microsoft.AspNetCore.Builder;

namespace Nomadic.Cli.Agent;

/// <summary>A started agent: its address, and a way to stop it (tests start agents in-process on port 0).</summary>
internal sealed class RunningAgent : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _disposed;

    public RunningAgent(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The agent's HTTP address, for example <c>http://127.0.0.1:41234</c>.</summary>
    public Uri Address { get; }

    /// <summary>Stops the agent gracefully; a second call does nothing.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
