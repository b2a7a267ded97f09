namespace Nomadic.Core.Jobs;

/// <summary>A <c>consul</c> block of a group or task: which Consul cluster, namespace and partition to use.</summary>
public sealed class Consul
{
    /// <summary>The Consul namespace (<c>namespace</c>; Enterprise).</summary>
    public string Namespace { get; set; } = "";

    /// <summary>The name of the Consul cluster in the agent configuration (<c>cluster</c>; default <c>default</c>).</summary>
    public string Cluster { get; set; } = "";

    /// <summary>The Consul admin partition (<c>partition</c>; Enterprise).</summary>
    public string Partition { get; set; } = "";
}
