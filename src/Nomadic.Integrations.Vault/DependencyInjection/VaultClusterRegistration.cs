namespace Nomadic.Integrations.Vault;

/// <summary>Marks one registered cluster name in the service collection.</summary>
internal sealed record VaultClusterRegistration(string Name)
{
    public static string HttpClientName(string cluster) => "Nomadic.Vault." + cluster;
}
