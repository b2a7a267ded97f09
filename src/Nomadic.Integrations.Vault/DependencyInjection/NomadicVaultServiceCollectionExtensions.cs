using Microsoft.Extensions.DependencyInjection.Extensions;
using Nomadic.Integrations.Http;
using Nomadic.Integrations.Vault;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Vault clusters: named, validated <see cref="VaultClientOptions"/>, a resilient HTTP client each, and <see cref="IVaultClientFactory"/>.</summary>
public static class NomadicVaultServiceCollectionExtensions
{
    /// <summary>Adds the Vault cluster named <c>default</c>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the cluster.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddNomadicVault(this IServiceCollection services, Action<VaultClientOptions> configure) =>
        AddNomadicVault(services, VaultClientOptions.DefaultClusterName, configure);

    /// <summary>
    /// Adds a Vault cluster by name (a Nomad agent's <c>vault { name = ... }</c>). Its options are validated when the host starts.
    /// Calls retry connection failures, timeouts, 429 and 5xx with exponential backoff and jitter, bounded by
    /// <see cref="VaultClientOptions.MaxRetryAttempts"/> and <see cref="VaultClientOptions.TotalTimeout"/>; other 4xx are never retried.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The cluster name.</param>
    /// <param name="configure">Configures the cluster.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddNomadicVault(this IServiceCollection services, string name, Action<VaultClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(configure);
        IntegrationServices.AddCluster<VaultClientOptions, VaultClientOptionsValidator>(services, name, configure, VaultClusterRegistration.HttpClientName(name), "vault");
        services.AddSingleton(new VaultClusterRegistration(name));
        services.TryAddSingleton<IVaultClientFactory, VaultClientFactory>();
        services.TryAddSingleton<VaultClusterResolver>();
        services.AddOptions<VaultNamespaceRulesOptions>();
        return services;
    }
}
