namespace Nomadic.Core.Jobs;

/// <summary>A <c>sidecar_service</c> block.</summary>
public sealed class ConsulSidecarService
{
    /// <summary>Tags of the sidecar service (<c>tags</c>).</summary>
    public IList<string>? Tags { get; set; }

    /// <summary>The sidecar's port label (<c>port</c>).</summary>
    public string Port { get; set; } = "";

    /// <summary>The proxy settings (<c>proxy</c> block).</summary>
    public ConsulProxy? Proxy { get; set; }

    /// <summary>Whether the default TCP check is left out (<c>disable_default_tcp_check</c>).</summary>
    public bool DisableDefaultTCPCheck { get; set; }

    /// <summary>Metadata of the sidecar service (<c>meta</c>).</summary>
    public IDictionary<string, string>? Meta { get; set; }
}
