namespace Nomadic.Core.Jobs;

/// <summary>An entry of <c>envoy_gateway_bind_addresses</c>.</summary>
public sealed class ConsulGatewayBindAddress
{
    /// <summary>The entry name (the block label).</summary>
    public string Name { get; set; } = "";

    /// <summary>The address (<c>address</c>).</summary>
    public string Address { get; set; } = "";

    /// <summary>The port (<c>port</c>).</summary>
    public int Port { get; set; }
}
