using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Nomadic.Core.Jobs;

namespace Nomadic.Integrations.Consul.Tests;

public sealed class ClusterTests
{
    private static ServiceProvider Build(Action<ConsulNamespaceRulesOptions>? rules = null)
    {
        var services = new ServiceCollection();
        services.AddNomadicConsul(o => o.Address = "http://127.0.0.1:8500");
        services.AddNomadicConsul("eu-west", o =>
        {
            o.Address = "http://127.0.0.1:8501";
            o.Namespace = "team-a";
            o.TaskAuthMethod = "nomad-tasks-eu";
        });
        services.AddNomadicConsul("us-east", o => o.Address = "http://127.0.0.1:8502");
        if (rules is not null)
        {
            services.Configure(rules);
        }

        return services.BuildServiceProvider();
    }

    private static (Job Job, TaskGroup Group, JobTask Task) Workload(string? taskCluster, string? groupCluster = null, string ns = "default")
    {
        var task = new JobTask { Name = "server", Consul = taskCluster is null ? null : new Core.Jobs.Consul { Cluster = taskCluster } };
        var group = new TaskGroup { Name = "frontend", Tasks = [task], Consul = groupCluster is null ? null : new Core.Jobs.Consul { Cluster = groupCluster } };
        return (new Job { ID = "web", Namespace = ns, TaskGroups = [group] }, group, task);
    }

    [Fact]
    public void A_task_uses_its_own_cluster_else_the_groups_else_default()
    {
        using var services = Build();
        var resolver = services.GetRequiredService<ConsulClusterResolver>();

        var (job, group, task) = Workload("eu-west", "us-east");
        Assert.Equal("eu-west", resolver.ResolveClusterName(job, group, task));
        (job, group, task) = Workload(null, "us-east");
        Assert.Equal("us-east", resolver.ResolveClusterName(job, group, task));
        (job, group, task) = Workload(null);
        Assert.Equal("default", resolver.ResolveClusterName(job, group, task));
        Assert.Equal("us-east", resolver.ResolveClusterName(job, group, new Service { Name = "web", Cluster = "us-east" }));
    }

    [Fact]
    public void Each_cluster_has_its_own_options_and_client()
    {
        using var services = Build();
        var factory = services.GetRequiredService<IConsulClientFactory>();
        var resolver = services.GetRequiredService<ConsulClusterResolver>();
        var (job, group, task) = Workload("eu-west");

        var client = resolver.ResolveClient(job, group, task);

        Assert.Equal(["default", "eu-west", "us-east"], factory.ClusterNames.Order());
        Assert.Equal(new Uri("http://127.0.0.1:8501/"), client.Address);
        Assert.Equal("team-a", client.Namespace);
        Assert.Equal("nomad-tasks-eu", factory.GetOptions("eu-west").TaskAuthMethod);
        Assert.Equal("nomad-workloads", factory.GetOptions("eu-west").ServiceAuthMethod);
        Assert.Throws<InvalidOperationException>(() => factory.CreateClient("mars"));
    }

    [Fact]
    public void Namespace_rules_deny_allow_and_default_like_the_Vault_side()
    {
        using var services = Build(r =>
        {
            r.Namespaces["prod"] = new ConsulNamespaceRule { Default = "eu-west", Denied = ["us-*"] };
            r.Namespaces["dev"] = new ConsulNamespaceRule { Allowed = [] };
        });
        var resolver = services.GetRequiredService<ConsulClusterResolver>();

        var (job, group, task) = Workload(null, ns: "prod");
        Assert.Equal("eu-west", resolver.ResolveClusterName(job, group, task));
        (job, group, task) = Workload("us-east", ns: "prod");
        var denied = Assert.Throws<ConsulClusterValidationException>(() => resolver.ResolveClusterName(job, group, task));
        Assert.Equal("The job \"web\" task \"server\" in namespace \"prod\" may not use Consul cluster \"us-east\": the namespace's consul rule denies \"us-*\".", denied.Message);
        (job, group, task) = Workload("eu-west", ns: "dev");
        var notAllowed = Assert.Throws<ConsulClusterValidationException>(() => resolver.ResolveClusterName(job, group, task));
        Assert.Contains("allows only the default cluster (default \"default\")", notAllowed.Message);
        (job, group, task) = Workload("mars");
        Assert.Contains("which is not configured", Assert.Throws<ConsulClusterValidationException>(() => resolver.ResolveClusterName(job, group, task)).Message);
    }

    [Fact]
    public void Invalid_named_options_fail_validation_naming_the_cluster()
    {
        var services = new ServiceCollection();
        services.AddNomadicConsul("eu", o =>
        {
            o.Address = "127.0.0.1:8500";
            o.CaFile = "/nonexistent/ca.pem";
            o.TaskAuthMethod = "";
        });
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptionsMonitor<ConsulClientOptions>>().Get("eu"));

        Assert.Contains("Consul cluster \"eu\": Address \"127.0.0.1:8500\" is not an absolute http(s) URL.", ex.Failures);
        Assert.Contains("Consul cluster \"eu\": CaFile \"/nonexistent/ca.pem\" does not exist.", ex.Failures);
        Assert.Contains(ex.Failures, f => f.Contains("TaskAuthMethod"));
    }

    [Fact]
    public void Identity_names_and_service_IDs_are_Nomads()
    {
        var service = new Service { Name = "api", PortLabel = "http" };
        Assert.Equal("consul-service_api-http", ConsulWorkloadIdentity.ServiceIdentityName(service));
        Assert.Equal("consul-service_server-api-http", ConsulWorkloadIdentity.ServiceIdentityName(service, "server"));
        Assert.Equal("consul_default", ConsulWorkloadIdentity.TaskIdentityName(null));
        Assert.Equal("consul_eu", ConsulWorkloadIdentity.TaskIdentityName("eu"));
        Assert.Equal("_nomad-task-a1-server-api-http", ConsulWorkloadIdentity.ServiceId("a1", "server", service));
        Assert.False(ConsulWorkloadIdentity.IsConsulService(new Service { Name = "x", Provider = "nomad" }));
    }

    [Fact]
    public void The_environment_is_read_like_the_consul_CLI()
    {
        var options = ConsulEnvironment.Apply(new ConsulClientOptions(), new Dictionary<string, string>
        {
            ["CONSUL_HTTP_ADDR"] = "consul.example:8501",
            ["CONSUL_HTTP_SSL"] = "true",
            ["CONSUL_HTTP_TOKEN"] = "s3cr3t",
            ["CONSUL_NAMESPACE"] = "team-a",
            ["CONSUL_PARTITION"] = "",
        });

        Assert.Equal("https://consul.example:8501", options.Address);
        Assert.Equal("s3cr3t", options.Token!.Reveal());
        Assert.Equal("[redacted]", options.Token.ToString());
        Assert.Equal("team-a", options.Namespace);
        Assert.Null(options.Partition);
        Assert.Equal("http://127.0.0.1:8500", ConsulEnvironment.WithScheme("127.0.0.1:8500"));
    }
}
