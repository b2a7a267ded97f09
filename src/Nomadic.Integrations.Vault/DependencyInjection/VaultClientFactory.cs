using Microsoft.Extensions.Options;
using Nomadic.Integrations.Http;

namespace Nomadic.Integrations.Vault;

/// <summary>The <see cref="IVaultClientFactory"/> over <see cref="IHttpClientFactory"/> and named <see cref="VaultClientOptions"/>.</summary>
internal sealed class VaultClientFactory(IHttpClientFactory httpClients, IOptionsMonitor<VaultClientOptions> options, IEnumerable<VaultClusterRegistration> registrations) : IVaultClientFactory
{
    private readonly NamedClusters<VaultClientOptions> _clusters = new(options, registrations.Select(r => r.Name), "Vault", "AddNomadicVault");

    public IReadOnlyCollection<string> ClusterNames => _clusters.Names;

    public VaultClient CreateClient(string cluster = VaultClientOptions.DefaultClusterName)
    {
        var o = GetOptions(cluster);
        return new VaultClient(httpClients.CreateClient(VaultClusterRegistration.HttpClientName(cluster)), new Uri(o.Address), o.Token, o.Namespace);
    }

    public VaultClientOptions GetOptions(string cluster = VaultClientOptions.DefaultClusterName) => _clusters.Get(cluster);
}
