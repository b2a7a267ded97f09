using Microsoft.Extensions.Options;

namespace Nomadic.Integrations.Vault;

/// <summary>The <see cref="IVaultClientFactory"/> over <see cref="IHttpClientFactory"/> and named <see cref="VaultClientOptions"/>.</summary>
internal sealed class VaultClientFactory(IHttpClientFactory httpClients, IOptionsMonitor<VaultClientOptions> options, IEnumerable<VaultClusterRegistration> registrations) : IVaultClientFactory
{
    private readonly string[] _names = registrations.Select(r => r.Name).Distinct(StringComparer.Ordinal).ToArray();

    public IReadOnlyCollection<string> ClusterNames => _names;

    public VaultClient CreateClient(string cluster = VaultClientOptions.DefaultClusterName)
    {
        var o = GetOptions(cluster);
        return new VaultClient(httpClients.CreateClient(VaultClusterRegistration.HttpClientName(cluster)), new Uri(o.Address), o.Token, o.Namespace);
    }

    public VaultClientOptions GetOptions(string cluster = VaultClientOptions.DefaultClusterName)
    {
        if (!_names.Contains(cluster, StringComparer.Ordinal))
        {
            throw new InvalidOperationException($"No Vault cluster named \"{cluster}\" is registered; known: {string.Join(", ", _names.Select(n => $"\"{n}\""))}. Call services.AddNomadicVault(\"{cluster}\", ...).");
        }

        return options.Get(cluster);
    }
}
