using Microsoft.Extensions.Options;

namespace Nomadic.Integrations.Consul;

/// <summary>The <see cref="IConsulClientFactory"/> over <see cref="IHttpClientFactory"/> and named <see cref="ConsulClientOptions"/>.</summary>
internal sealed class ConsulClientFactory(IHttpClientFactory httpClients, IOptionsMonitor<ConsulClientOptions> options, IEnumerable<ConsulClusterRegistration> registrations) : IConsulClientFactory
{
    private readonly string[] _names = registrations.Select(r => r.Name).Distinct(StringComparer.Ordinal).ToArray();

    public IReadOnlyCollection<string> ClusterNames => _names;

    public ConsulClient CreateClient(string cluster = ConsulClientOptions.DefaultClusterName)
    {
        var o = GetOptions(cluster);
        return new ConsulClient(httpClients.CreateClient(ConsulClusterRegistration.HttpClientName(cluster)), new Uri(o.Address), o.Token, o.Namespace, o.Partition);
    }

    public ConsulClientOptions GetOptions(string cluster = ConsulClientOptions.DefaultClusterName) =>
        _names.Contains(cluster, StringComparer.Ordinal)
            ? options.Get(cluster)
            : throw new InvalidOperationException($"No Consul cluster named \"{cluster}\" is registered; known: {string.Join(", ", _names.Select(n => $"\"{n}\""))}. Call services.AddNomadicConsul(\"{cluster}\", ...).");
}
