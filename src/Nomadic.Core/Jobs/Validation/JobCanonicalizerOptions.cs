namespace Nomadic.Core.Jobs.Validation;

/// <summary>
/// Server-side settings that Nomad's job endpoint hooks apply while canonicalizing: the identities a server's
/// agent configuration injects (<c>vault.default_identity</c>, <c>consul.task_identity</c>). Unset means the
/// server has none configured, so no implicit identity is added.
/// </summary>
public sealed class JobCanonicalizerOptions
{
    /// <summary>The identity given as <c>vault_&lt;cluster&gt;</c> to tasks with a <c>vault</c> block and no such identity (Nomad's <c>vault.default_identity</c>).</summary>
    public WorkloadIdentity? VaultDefaultIdentity { get; set; }

    /// <summary>The identity given as <c>consul_&lt;cluster&gt;</c> to tasks with templates and no such identity (Nomad's <c>consul.task_identity</c>).</summary>
    public WorkloadIdentity? ConsulTaskIdentity { get; set; }

    /// <summary>
    /// The identity given to Consul services without one (Nomad's <c>consul.service_identity</c>), named
    /// <c>consul-service_[&lt;task&gt;-]&lt;service&gt;-&lt;port&gt;</c>. Services that declare an identity keep it, under that name.
    /// </summary>
    public WorkloadIdentity? ConsulServiceIdentity { get; set; }

    /// <summary>When true, groups with any workload identity get the constraint <c>${attr.nomad.version} semver &gt;= 1.7.0-a</c> as Nomad's implicit-identities hook adds.</summary>
    public bool AddImplicitConstraints { get; set; } = true;
}
