namespace Nomadic.Integrations.Consul;

/// <summary>Marks one registered cluster name in the service collection.</summary>
internal sealed record ConsulClusterRegistration(string Name)
{
    public static string HttpClientName(string cluster) => "Nomadic.Consul." + cluster;
}
