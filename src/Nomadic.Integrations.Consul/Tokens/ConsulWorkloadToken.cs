namespace Nomadic.Integrations.Consul;

/// <summary>A Consul token derived for one workload identity of an allocation.</summary>
/// <param name="Cluster">The Consul cluster.</param>
/// <param name="IdentityName">The identity, e.g. <c>consul_default</c> or <c>consul-service_web-http</c>.</param>
/// <param name="Workload">The task or service name.</param>
/// <param name="IsService">Whether the identity is a service's (else a task's).</param>
/// <param name="Token">The ACL token.</param>
public sealed record ConsulWorkloadToken(string Cluster, string IdentityName, string Workload, bool IsService, ConsulAclToken Token);
