namespace Nomadic.Core.Jobs;

/// <summary>A service's <c>connect</c> block: Consul service mesh.</summary>
public sealed class ConsulConnect
{
    /// <summary>Whether the task speaks Connect natively (<c>native</c>).</summary>
    public bool Native { get; set; }

    /// <summary>The service is a gateway (<c>gateway</c> block).</summary>
    public ConsulGateway? Gateway { get; set; }

    /// <summary>The sidecar proxy service (<c>sidecar_service</c> block).</summary>
    public ConsulSidecarService? SidecarService { get; set; }

    /// <summary>Overrides of the sidecar proxy task (<c>sidecar_task</c> block).</summary>
    public SidecarTask? SidecarTask { get; set; }
}
