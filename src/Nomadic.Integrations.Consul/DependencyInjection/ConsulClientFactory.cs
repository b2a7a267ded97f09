using Microsoft.Extensions.Options;
using Nomadic.Integrations.Http;

namespace Nomadic.Integrations.Consul;

/// <summary>The <see cref="IConsulClientFactory"/> over <see cref="IHttpClientFactory"/> and named <see cref="ConsulClientOptions"/>.</summary>
internal sealed class ConsulClientFactory(IHttpClientFactory httpClients, IOptionsMonitor<ConsulClientOptions> options, IEnumerable<ConsulClusterRegistration> registrations) : IConsulClientFactory
{
    private readonly NamedClusters<ConsulClientOptions> _clusters = new(options, registrations.Select(r => r.Name), "Consul", "AddNomadicConsul");

    public IReadOnlyCollection<string> ClusterNames => _clusters.Names;

    public ConsulClient CreateClient(string cluster = ConsulClientOptions.DefaultClusterName)
    {
        var o = GetOptions(cluster);
        return new ConsulClient(httpClients.CreateClient(ConsulClusterRegistration.HttpClientName(cluster)), new Uri(o.Address), o.Token, o.Namespace, o.Partition);
    }

    public ConsulClientOptions GetOptions(string cluster = ConsulClientOptions.DefaultClusterName) => _clusters.Get(cluster);
}
