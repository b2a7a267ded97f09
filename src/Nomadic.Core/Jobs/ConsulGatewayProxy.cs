namespace Nomadic.Core.Jobs;

/// <summary>A gateway's <c>proxy</c> block.</summary>
public sealed class ConsulGatewayProxy
{
    /// <summary>The upstream connect timeout (<c>connect_timeout</c>).</summary>
    public TimeSpan? ConnectTimeout { get; set; }

    /// <summary>Whether Envoy binds the tagged addresses (<c>envoy_gateway_bind_tagged_addresses</c>).</summary>
    public bool EnvoyGatewayBindTaggedAddresses { get; set; }

    /// <summary>Extra bind addresses by name (<c>envoy_gateway_bind_addresses</c>).</summary>
    public IDictionary<string, ConsulGatewayBindAddress>? EnvoyGatewayBindAddresses { get; set; }

    /// <summary>Whether Envoy skips the default bind (<c>envoy_gateway_no_default_bind</c>).</summary>
    public bool EnvoyGatewayNoDefaultBind { get; set; }

    /// <summary>The Envoy DNS discovery type (<c>envoy_dns_discovery_type</c>).</summary>
    public string EnvoyDNSDiscoveryType { get; set; } = "";

    /// <summary>Schemaless Envoy configuration (<c>config</c>).</summary>
    public IDictionary<string, object?>? Config { get; set; }
}
