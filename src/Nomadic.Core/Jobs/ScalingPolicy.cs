namespace Nomadic.Core.Jobs;

/// <summary>A <c>scaling</c> block: the bounds and autoscaler policy of a group count or of a task's resources.</summary>
public sealed class ScalingPolicy
{
    /// <summary>The lowest count (<c>min</c>).</summary>
    public long? Min { get; set; }

    /// <summary>The highest count (<c>max</c>).</summary>
    public long? Max { get; set; }

    /// <summary>The autoscaler policy, schemaless (<c>policy</c> block).</summary>
    public IDictionary<string, object?>? Policy { get; set; }

    /// <summary>Whether the autoscaler acts on this policy (<c>enabled</c>).</summary>
    public bool? Enabled { get; set; }

    /// <summary>The policy type: <c>horizontal</c>, or for tasks <c>vertical_cpu</c>/<c>vertical_mem</c> (the <c>scaling</c> label or <c>type</c>).</summary>
    public string Type { get; set; } = "";

    /// <summary>The policy ID (set by the server).</summary>
    public string ID { get; set; } = "";

    /// <summary>The namespace (set by the server).</summary>
    public string Namespace { get; set; } = "";

    /// <summary>What the policy scales: Namespace, Job, Group (set by the server).</summary>
    public IDictionary<string, string>? Target { get; set; }

    /// <summary>The Raft index that created the policy (set by the server).</summary>
    public ulong CreateIndex { get; set; }

    /// <summary>The Raft index that last modified the policy (set by the server).</summary>
    public ulong ModifyIndex { get; set; }
}
