using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Nomadic.Locks;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers Nomadic.Locks with its variables and locks stored on an etcd cluster.
/// </summary>
public static class NomadicLocksEtcdServiceCollectionExtensions
{
    /// <summary>
    /// Registers an <see cref="EtcdVariableStore"/> on the cluster at <paramref name="endpoints"/> as the
    /// <see cref="IVariableStore"/>, replacing any store registered before (such as the in-memory default of
    /// <c>AddNomadicLocks()</c>), then registers the rest of Nomadic.Locks with
    /// <see cref="NomadicLocksServiceCollectionExtensions.AddNomadicLocks(IServiceCollection, Action{NomadicLocksOptions}?)"/>.
    /// The store's options are validated when the host starts; the connections close when the container is disposed.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="endpoints">The members' client URLs; <see cref="EtcdVariableStoreOptions.Endpoints"/>.</param>
    /// <param name="configure">Configures the store (key prefix, timeouts); may be <see langword="null"/>.</param>
    /// <param name="configureLocks">Configures the lock defaults, as <c>AddNomadicLocks</c> does; may be <see langword="null"/>.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddNomadicLocksEtcd(
        this IServiceCollection services,
        IEnumerable<string> endpoints,
        Action<EtcdVariableStoreOptions>? configure = null,
        Action<NomadicLocksOptions>? configureLocks = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(endpoints);
        var endpointList = endpoints.ToArray();
        var options = services.AddOptions<EtcdVariableStoreOptions>().Configure(o =>
        {
            foreach (var endpoint in endpointList)
            {
                o.Endpoints.Add(endpoint);
            }
        });
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EtcdVariableStoreOptions>, EtcdVariableStoreOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(static provider => new EtcdVariableStore(
            provider.GetRequiredService<IOptions<EtcdVariableStoreOptions>>().Value,
            provider.GetRequiredService<TimeProvider>()));
        services.RemoveAll<IVariableStore>();
        services.AddSingleton<IVariableStore>(static provider => provider.GetRequiredService<EtcdVariableStore>());
        return services.AddNomadicLocks(configureLocks);
    }
}
