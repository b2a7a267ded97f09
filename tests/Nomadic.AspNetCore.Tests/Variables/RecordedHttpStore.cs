using Microsoft.Extensions.Options;
using Nomadic.Locks.Http;

namespace Nomadic.AspNetCore.Tests;

/// <summary>A loopback Nomadic server and a <see cref="NomadHttpVariableStore"/> that reaches it through a <see cref="RecordingHandler"/>.</summary>
internal sealed class RecordedHttpStore : IAsyncDisposable
{
    private readonly HttpClient _client;

    private RecordedHttpStore(LoopbackNomadServer server)
    {
        Server = server;
        _client = new HttpClient(Handler);
        Store = new NomadHttpVariableStore(_client, Options.Create(new NomadHttpVariableStoreOptions { Address = server.Address, UseEnvironment = false }));
    }

    public LoopbackNomadServer Server { get; }

    public RecordingHandler Handler { get; } = new();

    public NomadHttpVariableStore Store { get; }

    public static async Task<RecordedHttpStore> StartAsync(TimeProvider timeProvider) => new(await LoopbackNomadServer.StartAsync(timeProvider));

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await Server.DisposeAsync();
    }
}
