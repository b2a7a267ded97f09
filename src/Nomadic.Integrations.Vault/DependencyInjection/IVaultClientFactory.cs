namespace Nomadic.Integrations.Vault;

/// <summary>Creates <see cref="VaultClient"/>s for the clusters registered with <c>services.AddNomadicVault(name, ...)</c>.</summary>
public interface IVaultClientFactory
{
    /// <summary>The registered cluster names.</summary>
    IReadOnlyCollection<string> ClusterNames { get; }

    /// <summary>A client for <paramref name="cluster"/> with its configured admin token and namespace.</summary>
    /// <param name="cluster">The cluster name; default <c>default</c>.</param>
    /// <returns>The client.</returns>
    /// <exception cref="InvalidOperationException">No cluster of that name is registered.</exception>
    VaultClient CreateClient(string cluster = VaultClientOptions.DefaultClusterName);

    /// <summary>The options of <paramref name="cluster"/>.</summary>
    /// <param name="cluster">The cluster name.</param>
    /// <returns>The validated options.</returns>
    /// <exception cref="InvalidOperationException">No cluster of that name is registered.</exception>
    VaultClientOptions GetOptions(string cluster = VaultClientOptions.DefaultClusterName);
}
