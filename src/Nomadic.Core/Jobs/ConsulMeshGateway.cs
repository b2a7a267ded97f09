namespace Nomadic.Core.Jobs;

/// <summary>A <c>mesh_gateway</c> block of an upstream.</summary>
public sealed class ConsulMeshGateway
{
    /// <summary><c>local</c>, <c>remote</c> or <c>none</c> (<c>mode</c>).</summary>
    public string Mode { get; set; } = "";
}
