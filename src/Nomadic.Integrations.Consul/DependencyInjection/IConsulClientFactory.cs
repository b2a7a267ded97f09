namespace Nomadic.Integrations.Consul;

/// <summary>Creates <see cref="ConsulClient"/>s for the clusters registered with <c>services.AddNomadicConsul(name, ...)</c>.</summary>
public interface IConsulClientFactory
{
    /// <summary>The registered cluster names.</summary>
    IReadOnlyCollection<string> ClusterNames { get; }

    /// <summary>A client for <paramref name="cluster"/> with its configured admin token, namespace and partition.</summary>
    /// <param name="cluster">The cluster name; default <c>default</c>.</param>
    /// <returns>The client.</returns>
    /// <exception cref="InvalidOperationException">No cluster of that name is registered.</exception>
    ConsulClient CreateClient(string cluster = ConsulClientOptions.DefaultClusterName);

    /// <summary>The options of <paramref name="cluster"/>.</summary>
    /// <param name="cluster">The cluster name.</param>
    /// <returns>The validated options.</returns>
    /// <exception cref="InvalidOperationException">No cluster of that name is registered.</exception>
    ConsulClientOptions GetOptions(string cluster = ConsulClientOptions.DefaultClusterName);
}
