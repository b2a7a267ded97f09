namespace Nomadic.Core.Jobs;

/// <summary>
/// A <c>gateway</c> block of <c>connect</c>. The ingress, terminating and mesh configuration entries are deep and rarely
/// used; they are kept schemaless, in the Nomad API JSON shape (Go field names, durations in nanoseconds).
/// </summary>
public sealed class ConsulGateway
{
    /// <summary>The gateway's Envoy proxy (<c>proxy</c> block).</summary>
    public ConsulGatewayProxy? Proxy { get; set; }

    /// <summary>The ingress configuration entry (<c>ingress</c> block), schemaless.</summary>
    public IDictionary<string, object?>? Ingress { get; set; }

    /// <summary>The terminating configuration entry (<c>terminating</c> block), schemaless.</summary>
    public IDictionary<string, object?>? Terminating { get; set; }

    /// <summary>The mesh configuration entry (<c>mesh</c> block), schemaless.</summary>
    public IDictionary<string, object?>? Mesh { get; set; }
}
