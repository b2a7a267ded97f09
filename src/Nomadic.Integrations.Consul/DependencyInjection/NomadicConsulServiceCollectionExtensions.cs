using Microsoft.Extensions.DependencyInjection.Extensions;
using Nomadic.Integrations.Consul;
using Nomadic.Integrations.Http;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Consul clusters: named, validated <see cref="ConsulClientOptions"/>, a resilient HTTP client each, and <see cref="IConsulClientFactory"/>.</summary>
public static class NomadicConsulServiceCollectionExtensions
{
    /// <summary>Adds the Consul cluster named <c>default</c>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the cluster.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddNomadicConsul(this IServiceCollection services, Action<ConsulClientOptions> configure) =>
        AddNomadicConsul(services, ConsulClientOptions.DefaultClusterName, configure);

    /// <summary>
    /// Adds a Consul cluster by name (a Nomad agent's <c>consul { name = ... }</c>). Its options are validated when the host starts.
    /// Calls retry connection failures, timeouts, 429 and 5xx with exponential backoff and jitter, bounded by
    /// <see cref="ConsulClientOptions.MaxRetryAttempts"/> and <see cref="ConsulClientOptions.TotalTimeout"/>; other 4xx are never retried.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The cluster name.</param>
    /// <param name="configure">Configures the cluster.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddNomadicConsul(this IServiceCollection services, string name, Action<ConsulClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(configure);
        IntegrationServices.AddCluster<ConsulClientOptions, ConsulClientOptionsValidator>(services, name, configure, ConsulClusterRegistration.HttpClientName(name), "consul");
        services.AddSingleton(new ConsulClusterRegistration(name));
        services.TryAddSingleton<IConsulClientFactory, ConsulClientFactory>();
        services.TryAddSingleton<ConsulClusterResolver>();
        services.AddOptions<ConsulNamespaceRulesOptions>();
        return services;
    }
}
