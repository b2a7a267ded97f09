namespace Nomadic.Core.Jobs;

/// <summary>An <c>upstreams</c> block of a proxy.</summary>
public sealed class ConsulUpstream
{
    /// <summary>The upstream service (<c>destination_name</c>).</summary>
    public string DestinationName { get; set; } = "";

    /// <summary>Its Consul namespace (<c>destination_namespace</c>).</summary>
    public string DestinationNamespace { get; set; } = "";

    /// <summary>Its cluster peer (<c>destination_peer</c>).</summary>
    public string DestinationPeer { get; set; } = "";

    /// <summary>Its admin partition (<c>destination_partition</c>).</summary>
    public string DestinationPartition { get; set; } = "";

    /// <summary><c>service</c> or <c>prepared_query</c> (<c>destination_type</c>).</summary>
    public string DestinationType { get; set; } = "";

    /// <summary>The local port (<c>local_bind_port</c>).</summary>
    public int LocalBindPort { get; set; }

    /// <summary>The upstream's datacenter (<c>datacenter</c>).</summary>
    public string Datacenter { get; set; } = "";

    /// <summary>The local address (<c>local_bind_address</c>).</summary>
    public string LocalBindAddress { get; set; } = "";

    /// <summary>A Unix socket path instead of a port (<c>local_bind_socket_path</c>).</summary>
    public string LocalBindSocketPath { get; set; } = "";

    /// <summary>The socket's file mode (<c>local_bind_socket_mode</c>).</summary>
    public string LocalBindSocketMode { get; set; } = "";

    /// <summary>The mesh gateway mode (<c>mesh_gateway</c> block).</summary>
    public ConsulMeshGateway? MeshGateway { get; set; }

    /// <summary>Schemaless upstream configuration (<c>config</c>).</summary>
    public IDictionary<string, object?>? Config { get; set; }
}
