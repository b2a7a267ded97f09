using Microsoft.Extensions.Options;
using Nomadic.Locks.Http;

namespace Nomadic.Locks.Chaos.Tests.Worker;

/// <summary>The entry point of <c>dotnet Nomadic.Locks.Chaos.Tests.dll worker ...</c>: one competing process of the chaos test.</summary>
public static class ChaosWorkerProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args is not ["worker", ..] || args.Length != 8)
        {
            await Console.Error.WriteLineAsync("usage: worker ID PATH TTL_SECONDS DELAY_SECONDS FENCE_URL agent|etcd TARGET");
            return 2;
        }

        var settings = ChaosWorkerSettings.Parse(args);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        await using var store = OpenStore(settings, http);
        var worker = new ChaosWorker(settings, store.Store, new FenceClient(http, settings.Fence, settings.Id), Console.Out);
        await worker.RunAsync(CancellationToken.None);
        return 0;
    }

    private static StoreLease OpenStore(ChaosWorkerSettings settings, HttpClient http) => settings.Backend switch
    {
        "etcd" => new StoreLease(new EtcdVariableStore(settings.Target.Split(','), TimeProvider.System)),
        "agent" => new StoreLease(new NomadHttpVariableStore(http, Options.Create(new NomadHttpVariableStoreOptions { Address = new Uri(settings.Target), UseEnvironment = false }))),
        _ => throw new ArgumentException($"unknown backend '{settings.Backend}'", nameof(settings)),
    };

    /// <summary>The worker's store, disposed at exit whatever kind it is.</summary>
    private sealed class StoreLease(IVariableStore store) : IAsyncDisposable
    {
        public IVariableStore Store { get; } = store;

        public async ValueTask DisposeAsync()
        {
            if (Store is IAsyncDisposable asyncDisposable)
            {
                await asyncDisposable.DisposeAsync();
            }
            else if (Store is IDisposable disposable)
            {
                disposable.Dispose();
            }
        }
    }
}
