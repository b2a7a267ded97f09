namespace Nomadic.Integrations.Consul;

/// <summary>The inputs of <see cref="ConsulSetup"/>: <c>nomad setup consul</c>'s flag and constants (Nomad 1.7.7 <c>command/setup_consul.go</c>).</summary>
public sealed class ConsulSetupOptions
{
    /// <summary>The URL Consul fetches Nomad's signing keys from (<c>-jwks-url</c>); default <c>http://localhost:4646/.well-known/jwks.json</c>.</summary>
    public string JwksUrl { get; set; } = "http://localhost:4646/.well-known/jwks.json";

    /// <summary>The JWT auth method; default <c>nomad-workloads</c>.</summary>
    public string AuthMethodName { get; set; } = ConsulClientOptions.DefaultAuthMethod;

    /// <summary>The role tasks of Nomad namespace <c>default</c> bind to (<c>nomad-${value.nomad_namespace}-tasks</c>); default <c>nomad-default-tasks</c>.</summary>
    public string RoleName { get; set; } = "nomad-default-tasks";

    /// <summary>The tasks' policy; default <c>policy-nomad-tasks</c>.</summary>
    public string PolicyName { get; set; } = "policy-nomad-tasks";

    /// <summary>The audience the auth method binds (and the server's identities get); default <c>consul.io</c>.</summary>
    public string Audience { get; set; } = ConsulWorkloadIdentity.DefaultAudience;

    /// <summary>The namespace created on Consul Enterprise when the client has none (<c>CONSUL_NAMESPACE</c>); default <c>nomad-workloads</c>.</summary>
    public string EnterpriseNamespace { get; set; } = "nomad-workloads";
}
