using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Nomadic.Locks;
using Nomadic.Locks.Http;

namespace Nomadic.HaWorker;

/// <summary>Registers the <see cref="IVariableStore"/> that <see cref="HaWorkerOptions.Store"/> names.</summary>
internal static class HaStore
{
    public static IServiceCollection AddHaStore(this IServiceCollection services, string store)
    {
        var separator = store.IndexOf(':', StringComparison.Ordinal);
        var (kind, target) = separator < 0 ? (store, "") : (store[..separator], store[(separator + 1)..]);
        return kind switch
        {
            "sqlite" => services.AddNomadicLocksSqlite(target),
            "etcd" => services.AddNomadicLocksEtcd(target.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)),
            "agent" => services.AddSingleton<IVariableStore>(_ => new NomadHttpVariableStore(
                new HttpClient(),
                Options.Create(new NomadHttpVariableStoreOptions { Address = new Uri(target) }))),
            _ => throw new ArgumentException($"--store '{store}' must be sqlite:PATH, agent:URL or etcd:URL,URL,...", nameof(store)),
        };
    }
}
