namespace Nomadic.Identity;

/// <summary>What a workload identity token is minted for: Nomad's job, group, task or service and identity block.</summary>
public sealed record WorkloadIdentityRequest
{
    /// <summary>The name of the default identity, <c>default</c>.</summary>
    public const string DefaultIdentityName = "default";

    /// <summary>The region; default <c>global</c>.</summary>
    public string Region { get; init; } = "global";

    /// <summary>The job's namespace (<c>nomad_namespace</c>); default <c>default</c>.</summary>
    public string Namespace { get; init; } = "default";

    /// <summary>The job ID, used in <c>sub</c> (for a dispatched or periodic child, the child's ID). Required.</summary>
    public required string JobId { get; init; }

    /// <summary>The parent job of a dispatched or periodic child; when set, <c>nomad_job_id</c> is this; default <see langword="null"/>.</summary>
    public string? ParentJobId { get; init; }

    /// <summary>The task group. Required.</summary>
    public required string Group { get; init; }

    /// <summary>The task of a task identity (<c>nomad_task</c>); set this or <see cref="ServiceName"/>.</summary>
    public string? Task { get; init; }

    /// <summary>The interpolated service name of a service identity (<c>nomad_service</c>); set this or <see cref="Task"/>.</summary>
    public string? ServiceName { get; init; }

    /// <summary>The identity block's name; default <c>default</c>. Must match <c>^[a-zA-Z0-9-_]{1,128}$</c>.</summary>
    public string IdentityName { get; init; } = DefaultIdentityName;

    /// <summary>The audiences (<c>aud</c>); one is written as a plain string, like go-jose; default none.</summary>
    public IReadOnlyList<string> Audience { get; init; } = [];

    /// <summary>The token lifetime; <see langword="null"/> or zero means no <c>exp</c> (Nomad's default identity); default <see langword="null"/>.</summary>
    public TimeSpan? Ttl { get; init; }

    /// <summary>The allocation ID (<c>nomad_allocation_id</c>). Required.</summary>
    public required string AllocationId { get; init; }

    /// <summary>The Consul namespace from the task's or group's <c>consul</c> block; written only for identities whose name starts with <c>consul</c>.</summary>
    public string? ConsulNamespace { get; init; }

    /// <summary>The jobspec <c>vault.namespace</c>; written only for <c>vault_*</c> identities.</summary>
    public string? VaultNamespace { get; init; }

    /// <summary>The jobspec <c>vault.role</c> (not the agent's <c>create_from_role</c>); written only for <c>vault_*</c> identities.</summary>
    public string? VaultRole { get; init; }
}
