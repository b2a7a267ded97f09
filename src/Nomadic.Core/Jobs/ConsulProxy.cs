using System.Text.Json.Serialization;

namespace Nomadic.Core.Jobs;

/// <summary>A <c>proxy</c> block of a sidecar service.</summary>
public sealed class ConsulProxy
{
    /// <summary>The address the proxy forwards to (<c>local_service_address</c>).</summary>
    public string LocalServiceAddress { get; set; } = "";

    /// <summary>The port the proxy forwards to (<c>local_service_port</c>).</summary>
    public int LocalServicePort { get; set; }

    /// <summary>Paths exposed without mTLS (<c>expose</c> block).</summary>
    public ConsulExposeConfig? Expose { get; set; }

    /// <summary>Deprecated alias of <see cref="Expose"/>; kept only so that API JSON round-trips.</summary>
    [JsonInclude]
    [JsonPropertyName("ExposeConfig")]
    internal ConsulExposeConfig? DeprecatedExposeConfig { get; set; }

    /// <summary>Upstream services (<c>upstreams</c> blocks).</summary>
    public IList<ConsulUpstream>? Upstreams { get; set; }

    /// <summary>Schemaless Envoy proxy configuration (<c>config</c>).</summary>
    public IDictionary<string, object?>? Config { get; set; }
}
