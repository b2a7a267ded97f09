using System.Text.Json.Nodes;

namespace Nomadic.Integrations.Consul;

/// <summary>
/// What <c>nomad setup consul</c> writes (Nomad 1.7.7 <c>command/asset/consul-wi-*</c> and <c>command/setup_consul.go</c>): the
/// auth method with its JWT configuration (map keys in the sorted order Go's encoder sends), the two binding rules, the tasks'
/// policy and role, and the agent configuration it prints.
/// </summary>
public static class ConsulSetupAssets
{
    /// <summary>The auth method's description.</summary>
    public const string AuthMethodDescription = "Login method for Nomad workloads using workload identities";

    /// <summary>The tasks' policy rules, Nomad's <c>consul-wi-default-policy.hcl</c>.</summary>
    public const string PolicyRules = "service_prefix \"\" {\n  policy = \"read\"\n}\n\nkey_prefix \"\" {\n  policy = \"read\"\n}\n";

    /// <summary>The role's description.</summary>
    public const string RoleDescription = "Role for Nomad tasks using workload identities";

    /// <summary>
    /// The <c>jwt</c> auth method: <c>JWKSURL</c>, <c>JWTSupportedAlgs</c> <c>["RS256"]</c> (the asset says ES256; Nomad's code overrides
    /// it), <c>BoundAudiences</c>, and <c>ClaimMappings</c> of the Nomad claims; on Enterprise, the namespace rule binding
    /// <c>${value.consul_namespace}</c>.
    /// </summary>
    /// <param name="name">The auth method name.</param>
    /// <param name="jwksUrl">Nomad's JWKS URL.</param>
    /// <param name="audience">The bound audience.</param>
    /// <param name="enterprise">Whether to add the Enterprise namespace rule.</param>
    /// <returns>The auth method.</returns>
    public static ConsulAuthMethod AuthMethod(string name, string jwksUrl, string audience, bool enterprise) => new(
        name,
        "jwt",
        name,
        AuthMethodDescription,
        "local",
        new JsonObject
        {
            ["BoundAudiences"] = new JsonArray(audience),
            ["ClaimMappings"] = new JsonObject
            {
                ["consul_namespace"] = "consul_namespace",
                ["nomad_job_id"] = "nomad_job_id",
                ["nomad_namespace"] = "nomad_namespace",
                ["nomad_service"] = "nomad_service",
                ["nomad_task"] = "nomad_task",
            },
            ["JWKSURL"] = jwksUrl,
            ["JWTSupportedAlgs"] = new JsonArray("RS256"),
        },
        enterprise ? [("\"consul_namespace\" in value", "${value.consul_namespace}")] : []);

    /// <summary>The services' binding rule: a service identity named by the <c>nomad_service</c> claim.</summary>
    /// <param name="authMethod">The auth method.</param>
    /// <returns>The rule.</returns>
    public static ConsulBindingRule ServicesBindingRule(string authMethod) =>
        new("", "Binding rule for Nomad services authenticated using a workload identity", authMethod, "\"nomad_service\" in value", "service", "${value.nomad_service}");

    /// <summary>The tasks' binding rule: the role <c>nomad-${value.nomad_namespace}-tasks</c> for identities without <c>nomad_service</c>.</summary>
    /// <param name="authMethod">The auth method.</param>
    /// <returns>The rule.</returns>
    public static ConsulBindingRule TasksBindingRule(string authMethod) =>
        new("", "Binding rule for Nomad tasks authenticated using a workload identity", authMethod, "\"nomad_service\" not in value", "role", "nomad-${value.nomad_namespace}-tasks");

    /// <summary>The client agent's <c>consul</c> block Nomad prints.</summary>
    /// <param name="address">Consul's address (printed as <c>host:port</c>).</param>
    /// <returns>HCL.</returns>
    public static string ClientConfiguration(Uri address) => $$"""
        consul {
          enabled = true
          address = "{{Authority(address)}}"

        {{AgentTokenNote}}
        }
        """;

    /// <summary>The server agent's <c>consul</c> block Nomad prints: the service and task identities with the audience and a 1 hour TTL.</summary>
    /// <param name="address">Consul's address.</param>
    /// <param name="audience">The audience.</param>
    /// <returns>HCL.</returns>
    public static string ServerConfiguration(Uri address, string audience) => $$"""
        consul {
          enabled = true
          address = "{{Authority(address)}}"

        {{AgentTokenNote}}

          service_identity {
            aud = ["{{audience}}"]
            ttl = "1h"
          }

          task_identity {
            aud = ["{{audience}}"]
            ttl = "1h"
          }
        }
        """;

    // Nomad prints this note in both blocks: the agents themselves still authenticate with a static token.
    private const string AgentTokenNote = """
          # Nomad agents still need a Consul token in order to register themselves
          # for automated clustering. It is recommended to set the token using the
          # CONSUL_HTTP_TOKEN environment variable instead of writing it in the
          # configuration file.
        """;

    private static string Authority(Uri address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return address.Authority;
    }
}
