namespace Nomadic.Identity;

/// <summary>The claim names Nomad 1.7 writes into workload identities (<c>IdentityClaims</c>).</summary>
public static class IdentityClaimNames
{
    /// <summary><c>nomad_namespace</c>.</summary>
    public const string Namespace = "nomad_namespace";

    /// <summary><c>nomad_job_id</c>: the parent job for dispatched and periodic children.</summary>
    public const string JobId = "nomad_job_id";

    /// <summary><c>nomad_allocation_id</c>.</summary>
    public const string AllocationId = "nomad_allocation_id";

    /// <summary><c>nomad_task</c>, on task identities.</summary>
    public const string Task = "nomad_task";

    /// <summary><c>nomad_service</c>, on service identities.</summary>
    public const string Service = "nomad_service";

    /// <summary><c>consul_namespace</c>, on <c>consul*</c> identities.</summary>
    public const string ConsulNamespace = "consul_namespace";

    /// <summary><c>vault_namespace</c>, on <c>vault_*</c> identities.</summary>
    public const string VaultNamespace = "vault_namespace";

    /// <summary><c>vault_role</c>, on <c>vault_*</c> identities.</summary>
    public const string VaultRole = "vault_role";
}
