using Nomadic.Core.Jobs;
using Nomadic.Core.Jobs.Validation;
using static Nomadic.Core.Tests.Validation.PositionedValidation;

namespace Nomadic.Core.Tests.Validation;

/// <summary>
/// The implicit identities of Nomad 1.7's jobImplicitIdentitiesHook, from server settings passed as
/// <see cref="JobCanonicalizerOptions"/>, and the warnings Nomad returns about identities.
/// </summary>
public sealed class ImplicitIdentityTests
{
    private const string Hcl = """
        job "web" {
          group "api" {
            network {
              port "http" {}
            }
            service {
              name = "api"
              port = "http"
            }
            task "server" {
              driver = "docker"
              vault {}
              template {
                data        = "x"
                destination = "local/x"
              }
              service {
                name = "metrics"
                port = "http"
              }
            }
          }
        }
        """;

    private static readonly JobCanonicalizerOptions _server = new()
    {
        VaultDefaultIdentity = new WorkloadIdentity { Audience = ["vault.io"], TTL = TimeSpan.FromHours(1) },
        ConsulTaskIdentity = new WorkloadIdentity { Audience = ["consul.io"], TTL = TimeSpan.FromHours(1) },
        ConsulServiceIdentity = new WorkloadIdentity { Audience = ["consul.io"], TTL = TimeSpan.FromHours(1) },
    };

    private static Job Canonical(JobCanonicalizerOptions? options)
    {
        var result = Nomadic.Core.Jobspec.Jobspec.Load(new() { Path = "input.hcl", Source = System.Text.Encoding.UTF8.GetBytes(Hcl) });
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return JobCanonicalizer.Canonicalize(result.Job!, options);
    }

    [Fact]
    public void Without_server_identities_nothing_is_added()
    {
        var job = Canonical(null);
        var group = job.TaskGroups![0];

        Assert.Null(group.Services![0].Identity);
        Assert.Null(group.Tasks![0].Services![0].Identity);
        Assert.True(group.Tasks[0].Identities is null or { Count: 0 });
        Assert.DoesNotContain(group.Constraints ?? [], c => c.LTarget == "${attr.nomad.version}");
    }

    [Fact]
    public void Server_identities_name_vault_consul_and_service_identities_like_nomad()
    {
        var group = Canonical(_server).TaskGroups![0];
        var task = group.Tasks![0];

        Assert.Equal(["vault_default", "consul_default"], task.Identities!.Select(i => i.Name));
        Assert.Equal(["vault.io"], task.Identities![0].Audience!);
        Assert.Equal("consul-service_api-http", group.Services![0].Identity!.Name);
        Assert.Equal("api", group.Services[0].Identity!.ServiceName);
        Assert.Equal("consul-service_server-metrics-http", task.Services![0].Identity!.Name);
        Assert.Equal(["consul.io"], task.Services[0].Identity!.Audience!);
        Assert.Single(group.Constraints!, c => c is { LTarget: "${attr.nomad.version}", Operand: "semver", RTarget: ">= 1.7.0-a" });
    }

    [Fact]
    public void A_services_own_identity_is_kept_and_renamed()
    {
        var job = Canonical(null);
        var service = job.TaskGroups![0].Services![0];
        service.Identity = new WorkloadIdentity { Name = "mine", Audience = ["a"], TTL = TimeSpan.FromMinutes(5) };

        JobCanonicalizer.Canonicalize(job, _server);

        Assert.Equal("consul-service_api-http", service.Identity.Name);
        Assert.Equal(["a"], service.Identity.Audience!);
        Assert.Equal(TimeSpan.FromMinutes(5), service.Identity.TTL);
    }

    [Fact]
    public void Canonicalization_with_server_identities_is_idempotent()
    {
        var job = Canonical(_server);
        var before = Nomadic.Core.Jobs.NomadApiJson.Serialize(job);

        Assert.Equal(before, Nomadic.Core.Jobs.NomadApiJson.Serialize(JobCanonicalizer.Canonicalize(job, _server)));
    }

    [Fact]
    public void Warnings_name_insecure_identities()
    {
        var job = Canonical(new JobCanonicalizerOptions
        {
            VaultDefaultIdentity = new WorkloadIdentity { Env = true, ChangeMode = "noop" },
            ConsulServiceIdentity = new WorkloadIdentity { Audience = ["a", "b"], TTL = TimeSpan.FromHours(1) },
        });

        var warnings = JobWarnings.Collect(job).Select(w => w.ToString()).ToList();

        Assert.Contains("TaskGroups[0].Tasks[0].Identities[0].Audience: Identity[vault_default] identities without an audience are insecure", warnings);
        Assert.Contains("TaskGroups[0].Tasks[0].Identities[0].TTL: Identity[vault_default] identities without an expiration are insecure", warnings);
        Assert.Contains("TaskGroups[0].Tasks[0].Identities[0].ChangeMode: Identity[vault_default] using env=true without change_mode=\"restart\" may result in task not getting updated identity", warnings);
        Assert.Contains("TaskGroups[0].Services[0].Identity.Audience: Service \"api\": while multiple audiences is allowed, it is more secure to use 1 audience per identity", warnings);
        Assert.Empty(JobValidator.Validate(job));
    }

    [Fact]
    public void A_job_with_implicit_identities_still_validates_with_positions_for_errors()
    {
        Assert.Empty(Errors(Hcl, _server));
    }
}
