namespace Nomadic.Integrations.Consul;

/// <summary>The body of <c>PUT /v1/agent/service/register</c>: the fields a Nomad workload service sets.</summary>
public sealed class ConsulServiceRegistration
{
    /// <summary>The service ID, e.g. Nomad's <c>_nomad-task-&lt;alloc&gt;-&lt;task&gt;-&lt;service&gt;-&lt;port label&gt;</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The service name; a token can register it only with <c>service "name" { policy = "write" }</c> or a matching service identity.</summary>
    public required string Name { get; init; }

    /// <summary>The tags; default none.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The address; default empty (the agent's).</summary>
    public string Address { get; init; } = "";

    /// <summary>The port; default 0.</summary>
    public int Port { get; init; }

    /// <summary>The metadata; default none.</summary>
    public IReadOnlyDictionary<string, string> Meta { get; init; } = new Dictionary<string, string>();
}
