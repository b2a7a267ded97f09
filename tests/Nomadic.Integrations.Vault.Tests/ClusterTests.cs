using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Nomadic.Core.Jobs;
using JobVault = Nomadic.Core.Jobs.Vault;

namespace Nomadic.Integrations.Vault.Tests;

public sealed class ClusterTests
{
    private static ServiceProvider Services(Action<VaultNamespaceRulesOptions>? rules = null)
    {
        var services = new ServiceCollection();
        services.AddNomadicVault(o => o.Address = "http://127.0.0.1:8200");
        services.AddNomadicVault("eu", o =>
        {
            o.Address = "http://127.0.0.1:8201";
            o.Namespace = "eu-ns";
        });
        services.AddNomadicVault("eu-archive", o => o.Address = "http://127.0.0.1:8202");
        services.AddNomadicVault("us", o => o.Address = "http://127.0.0.1:8203");
        if (rules is not null)
        {
            services.Configure(rules);
        }

        return services.BuildServiceProvider();
    }

    private static (Job, JobTask) Job(string? ns, string cluster)
    {
        var task = new JobTask { Name = "server", Vault = new JobVault { Cluster = cluster } };
        return (new Job { ID = "web", Namespace = ns, TaskGroups = [new TaskGroup { Name = "g", Tasks = [task] }] }, task);
    }

    [Fact]
    public void Named_clusters_get_their_own_address_and_namespace()
    {
        using var services = Services();
        var factory = services.GetRequiredService<IVaultClientFactory>();

        Assert.Equal(["default", "eu", "eu-archive", "us"], factory.ClusterNames.Order());
        Assert.Equal(new Uri("http://127.0.0.1:8201/"), factory.CreateClient("eu").Address);
        Assert.Equal("eu-ns", factory.CreateClient("eu").Namespace);
        Assert.Null(factory.CreateClient().Namespace);
        var ex = Assert.Throws<InvalidOperationException>(() => factory.CreateClient("asia"));
        Assert.Contains("\"asia\"", ex.Message);
    }

    [Fact]
    public void A_job_without_a_cluster_uses_its_namespaces_default()
    {
        using var services = Services(o => o.Namespaces["prod"] = new VaultNamespaceRule { Default = "eu" });
        var resolver = services.GetRequiredService<VaultClusterResolver>();

        var (job, task) = Job("prod", "");
        var (other, otherTask) = Job(null, "");

        Assert.Equal("eu", resolver.ResolveClusterName(job, task));
        Assert.Equal("default", resolver.ResolveClusterName(other, otherTask));
    }

    [Fact]
    public void Allowed_globs_admit_matching_clusters_and_name_the_rule_when_they_do_not()
    {
        using var services = Services(o => o.Namespaces["prod"] = new VaultNamespaceRule { Allowed = ["eu*"] });
        var resolver = services.GetRequiredService<VaultClusterResolver>();

        Assert.Equal("eu-archive", resolver.ResolveClusterName(Job("prod", "eu-archive").Item1, Job("prod", "eu-archive").Item2));
        var (job, task) = Job("prod", "us");
        var ex = Assert.Throws<VaultClusterValidationException>(() => resolver.ResolveClusterName(job, task));

        Assert.Equal("The job \"web\" task \"server\" in namespace \"prod\" may not use Vault cluster \"us\": the namespace's vault rule allows \"eu*\" (default \"default\").", ex.Message);
    }

    [Fact]
    public void An_empty_allow_list_admits_only_the_default()
    {
        using var services = Services(o => o.Namespaces["prod"] = new VaultNamespaceRule { Allowed = [] });
        var resolver = services.GetRequiredService<VaultClusterResolver>();

        Assert.Equal("default", resolver.ResolveClusterName(Job("prod", "default").Item1, Job("prod", "default").Item2));
        var ex = Assert.Throws<VaultClusterValidationException>(() => resolver.ResolveClusterName(Job("prod", "eu").Item1, Job("prod", "eu").Item2));
        Assert.Contains("allows only the default cluster", ex.Message);
    }

    [Fact]
    public void Denied_globs_refuse_matching_clusters()
    {
        using var services = Services(o => o.Namespaces["dev"] = new VaultNamespaceRule { Denied = ["eu-*"] });
        var resolver = services.GetRequiredService<VaultClusterResolver>();

        Assert.Equal("eu", resolver.ResolveClusterName(Job("dev", "eu").Item1, Job("dev", "eu").Item2));
        var ex = Assert.Throws<VaultClusterValidationException>(() => resolver.ResolveClusterName(Job("dev", "eu-archive").Item1, Job("dev", "eu-archive").Item2));
        Assert.Contains("namespace \"dev\"", ex.Message);
        Assert.Contains("denies \"eu-*\"", ex.Message);
    }

    [Fact]
    public void An_unconfigured_cluster_is_a_validation_error()
    {
        using var services = Services();
        var resolver = services.GetRequiredService<VaultClusterResolver>();

        var ex = Assert.Throws<VaultClusterValidationException>(() => resolver.ResolveClusterName(Job(null, "asia").Item1, Job(null, "asia").Item2));

        Assert.Contains("\"asia\", which is not configured", ex.Message);
    }

    [Fact]
    public void Bad_options_fail_validation_naming_the_cluster()
    {
        var services = new ServiceCollection();
        services.AddNomadicVault("eu", o =>
        {
            o.Address = "vault:8200";
            o.MaxRetryAttempts = 50;
            o.ClientCertificateFile = "/nonexistent/cert.pem";
        });
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptionsMonitor<VaultClientOptions>>().Get("eu"));

        Assert.Contains(ex.Failures, f => f.Contains("Vault cluster \"eu\": Address \"vault:8200\"", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains("MaxRetryAttempts", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains("ClientKeyFile go together", StringComparison.Ordinal));
    }
}
