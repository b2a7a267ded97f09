using System.Text.Json.Serialization;

namespace Nomadic.Core.Jobs;

/// <summary>
/// A Nomad job, the shape of Nomad 1.7's <c>api.Job</c>: the <c>job "name" { ... }</c> block of a jobspec and the
/// <c>Job</c> object of the Nomad HTTP API. Nullable members are pointers in Nomad's API: <see langword="null"/> means
/// "not set", which canonicalization replaces with a default.
/// </summary>
public sealed class Job
{
    /// <summary>The region the job runs in (<c>region</c>; default <c>global</c>).</summary>
    public string? Region { get; set; }

    /// <summary>The namespace of the job (<c>namespace</c>; default <c>default</c>).</summary>
    public string? Namespace { get; set; }

    /// <summary>The unique job identifier; the jobspec sets it from the block label (<c>id</c>).</summary>
    public string? ID { get; set; }

    /// <summary>The display name of the job; defaults to <see cref="ID"/> (<c>name</c>).</summary>
    public string? Name { get; set; }

    /// <summary>The scheduler type: <c>service</c>, <c>batch</c>, <c>system</c> or <c>sysbatch</c> (<c>type</c>; default <c>service</c>).</summary>
    public string? Type { get; set; }

    /// <summary>The scheduling priority, 1 to 100 (<c>priority</c>; default 50).</summary>
    public int? Priority { get; set; }

    /// <summary>Whether the whole job must be placed at once (<c>all_at_once</c>).</summary>
    public bool? AllAtOnce { get; set; }

    /// <summary>The datacenters the job may run in; globs are allowed (<c>datacenters</c>; default <c>["*"]</c>).</summary>
    public IList<string>? Datacenters { get; set; }

    /// <summary>The node pool the job runs in (<c>node_pool</c>; default <c>default</c>).</summary>
    public string? NodePool { get; set; }

    /// <summary>Placement constraints for every task of the job (<c>constraint</c> blocks).</summary>
    public IList<Constraint>? Constraints { get; set; }

    /// <summary>Placement preferences for every task of the job (<c>affinity</c> blocks).</summary>
    public IList<Affinity>? Affinities { get; set; }

    /// <summary>The task groups of the job (<c>group</c> blocks).</summary>
    public IList<TaskGroup>? TaskGroups { get; set; }

    /// <summary>The rolling update strategy (<c>update</c> block).</summary>
    public UpdateStrategy? Update { get; set; }

    /// <summary>The multi-region deployment (<c>multiregion</c> block; Enterprise).</summary>
    public Multiregion? Multiregion { get; set; }

    /// <summary>How allocations spread over node attributes (<c>spread</c> blocks).</summary>
    public IList<Spread>? Spreads { get; set; }

    /// <summary>The cron schedule of a periodic job (<c>periodic</c> block).</summary>
    public PeriodicConfig? Periodic { get; set; }

    /// <summary>What a dispatch of this parameterized job takes (<c>parameterized</c> block).</summary>
    public ParameterizedJobConfig? ParameterizedJob { get; set; }

    /// <summary>The reschedule policy for every group (<c>reschedule</c> block).</summary>
    public ReschedulePolicy? Reschedule { get; set; }

    /// <summary>The migrate strategy for every group (<c>migrate</c> block).</summary>
    public MigrateStrategy? Migrate { get; set; }

    /// <summary>User metadata (<c>meta</c> block or attribute).</summary>
    public IDictionary<string, string>? Meta { get; set; }

    /// <summary>Deprecated Consul token; kept only so that API JSON round-trips, never set by the jobspec.</summary>
    [JsonInclude]
    [JsonPropertyName("ConsulToken")]
    internal string? DeprecatedConsulToken { get; set; }

    /// <summary>Deprecated Vault token; kept only so that API JSON round-trips, never set by the jobspec.</summary>
    [JsonInclude]
    [JsonPropertyName("VaultToken")]
    internal string? DeprecatedVaultToken { get; set; }

    /// <summary>Whether the job is stopped (set by the server).</summary>
    public bool? Stop { get; set; }

    /// <summary>The parent job of a dispatched or periodic child (set by the server).</summary>
    public string? ParentID { get; set; }

    /// <summary>Whether this job was dispatched from a parameterized job (set by the server).</summary>
    public bool Dispatched { get; set; }

    /// <summary>The idempotency token of the dispatch that created this job (set by the server).</summary>
    public string? DispatchIdempotencyToken { get; set; }

    /// <summary>The dispatch payload (set by the server); base64 in JSON.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1819:Properties should not return arrays", Justification = "Mirrors Go's []byte, which JSON carries as base64.")]
    public byte[]? Payload { get; set; }

    /// <summary>The Consul namespace given at submission (<c>-consul-namespace</c>).</summary>
    public string? ConsulNamespace { get; set; }

    /// <summary>The Vault namespace given at submission (<c>-vault-namespace</c>).</summary>
    public string? VaultNamespace { get; set; }

    /// <summary>The accessor of the ACL token that submitted the job (set by the server).</summary>
    public string? NomadTokenID { get; set; }

    /// <summary>The job status: <c>pending</c>, <c>running</c> or <c>dead</c> (set by the server).</summary>
    public string? Status { get; set; }

    /// <summary>A human-readable description of <see cref="Status"/> (set by the server).</summary>
    public string? StatusDescription { get; set; }

    /// <summary>Whether this version of the job is stable (set by the server).</summary>
    public bool? Stable { get; set; }

    /// <summary>The job version (set by the server).</summary>
    public ulong? Version { get; set; }

    /// <summary>The submission time in Unix nanoseconds (set by the server).</summary>
    public long? SubmitTime { get; set; }

    /// <summary>The Raft index that created the job (set by the server).</summary>
    public ulong? CreateIndex { get; set; }

    /// <summary>The Raft index that last modified the job (set by the server).</summary>
    public ulong? ModifyIndex { get; set; }

    /// <summary>The Raft index that last changed the job specification (set by the server).</summary>
    public ulong? JobModifyIndex { get; set; }

    /// <summary>The job's presentation in the web UI (<c>ui</c> block; Nomad 1.8+, omitted from JSON when unset).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JobUIConfig? UI { get; set; }
}
