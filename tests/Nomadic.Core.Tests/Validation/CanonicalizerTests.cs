using Nomadic.Core.Jobs;
using Nomadic.Core.Jobs.Validation;

namespace Nomadic.Core.Tests.Validation;

public sealed class CanonicalizerTests
{
    [Fact]
    public void Job_level_defaults()
    {
        var job = Jobs.Canonical();
        Assert.Equal("default", job.Namespace);
        Assert.Equal("global", job.Region);
        Assert.Equal("service", job.Type);
        Assert.Equal(50, job.Priority);
        Assert.Equal(["*"], job.Datacenters);
        Assert.Equal("default", job.NodePool);
        Assert.Equal("example", job.Name);
        Assert.False(job.AllAtOnce);
        Assert.False(job.Stop);
    }

    [Fact]
    public void Missing_type_becomes_service()
    {
        var job = Jobs.Raw();
        job.Type = null;
        JobCanonicalizer.Canonicalize(job);
        Assert.Equal("service", job.Type);
        Assert.NotNull(job.Update);
    }

    [Fact]
    public void Given_values_are_kept()
    {
        var job = Jobs.Raw();
        job.Namespace = "prod";
        job.Region = "eu";
        job.Priority = 70;
        job.Datacenters = ["dc1"];
        job.NodePool = "gpu";
        job.Name = "pretty";
        JobCanonicalizer.Canonicalize(job);
        Assert.Equal(("prod", "eu", 70, "dc1", "gpu", "pretty"), (job.Namespace, job.Region, job.Priority.Value, job.Datacenters[0], job.NodePool, job.Name));
    }

    [Theory]
    [InlineData("service", 2, 30 * 60, "fail")]
    [InlineData("system", 2, 30 * 60, "fail")]
    [InlineData("batch", 3, 24 * 3600, "fail")]
    [InlineData("sysbatch", 3, 24 * 3600, "fail")]
    public void Restart_policy_per_job_type(string type, int attempts, int intervalSeconds, string mode)
    {
        var job = Jobs.Canonical(type);
        var restart = job.Group().RestartPolicy!;
        Assert.Equal(attempts, restart.Attempts);
        Assert.Equal(TimeSpan.FromSeconds(intervalSeconds), restart.Interval);
        Assert.Equal(TimeSpan.FromSeconds(15), restart.Delay);
        Assert.Equal(mode, restart.Mode);
        Assert.Equal(attempts, job.Task().RestartPolicy!.Attempts);
    }

    [Fact]
    public void Reschedule_policy_for_service_is_unlimited_exponential()
    {
        var policy = Jobs.Canonical("service").Group().ReschedulePolicy!;
        Assert.True(policy.Unlimited);
        Assert.Equal("exponential", policy.DelayFunction);
        Assert.Equal(TimeSpan.FromSeconds(30), policy.Delay);
        Assert.Equal(TimeSpan.FromHours(1), policy.MaxDelay);
    }

    [Fact]
    public void Reschedule_policy_for_batch_is_one_attempt_a_day()
    {
        var policy = Jobs.Canonical("batch").Group().ReschedulePolicy!;
        Assert.Equal(1, policy.Attempts);
        Assert.Equal(TimeSpan.FromHours(24), policy.Interval);
        Assert.Equal(TimeSpan.FromSeconds(5), policy.Delay);
        Assert.Equal("constant", policy.DelayFunction);
        Assert.False(policy.Unlimited);
    }

    [Fact]
    public void System_jobs_get_no_reschedule_policy_update_only_when_asked_and_no_migrate()
    {
        var job = Jobs.Canonical("system");
        Assert.Null(job.Group().ReschedulePolicy);
        Assert.Null(job.Group().Migrate);
        Assert.Null(job.Update);
    }

    [Fact]
    public void Sysbatch_reschedule_policy_is_disabled()
    {
        var policy = Jobs.Canonical("sysbatch").Group().ReschedulePolicy!;
        Assert.Equal((0, false), (policy.Attempts!.Value, policy.Unlimited!.Value));
    }

    [Fact]
    public void Service_update_and_migrate_defaults()
    {
        var job = Jobs.Canonical();
        var update = job.Group().Update!;
        Assert.Equal(TimeSpan.FromSeconds(30), update.Stagger);
        Assert.Equal(1, update.MaxParallel);
        Assert.Equal("checks", update.HealthCheck);
        Assert.Equal(TimeSpan.FromSeconds(10), update.MinHealthyTime);
        Assert.Equal(TimeSpan.FromMinutes(5), update.HealthyDeadline);
        Assert.Equal(TimeSpan.FromMinutes(10), update.ProgressDeadline);
        Assert.Equal(0, update.Canary);
        var migrate = job.Group().Migrate!;
        Assert.Equal((1, "checks"), (migrate.MaxParallel!.Value, migrate.HealthCheck));
    }

    [Fact]
    public void Group_update_overlays_job_update()
    {
        var job = Jobs.Raw();
        job.Update = new UpdateStrategy { MaxParallel = 3, Canary = 1 };
        job.Group().Update = new UpdateStrategy { Canary = 2 };
        JobCanonicalizer.Canonicalize(job);
        Assert.Equal((3, 2), (job.Group().Update!.MaxParallel!.Value, job.Group().Update!.Canary!.Value));
        Assert.Equal(TimeSpan.FromSeconds(30), job.Group().Update!.Stagger);
    }

    [Fact]
    public void Batch_jobs_get_no_update_or_migrate()
    {
        var job = Jobs.Canonical("batch");
        Assert.Null(job.Update);
        Assert.Null(job.Group().Update);
        Assert.Null(job.Group().Migrate);
    }

    [Fact]
    public void Group_defaults()
    {
        var group = Jobs.Canonical().Group();
        Assert.Equal(1, group.Count);
        Assert.Equal((300, false, false), (group.EphemeralDisk!.SizeMB!.Value, group.EphemeralDisk.Sticky!.Value, group.EphemeralDisk.Migrate!.Value));
        Assert.Equal("default", group.Consul!.Cluster);
        Assert.False(group.PreventRescheduleOnLost);
    }

    [Fact]
    public void Count_defaults_to_scaling_min()
    {
        var job = Jobs.Raw();
        job.Group().Scaling = new ScalingPolicy { Min = 3, Max = 5 };
        JobCanonicalizer.Canonicalize(job);
        Assert.Equal(3, job.Group().Count);
        Assert.True(job.Group().Scaling!.Enabled);
        Assert.Equal("horizontal", job.Group().Scaling!.Type);
    }

    [Fact]
    public void System_group_count_zero_becomes_one()
    {
        var job = Jobs.Raw("system");
        job.Group().Count = 0;
        JobCanonicalizer.Canonicalize(job);
        Assert.Equal(1, job.Group().Count);
    }

    [Fact]
    public void Task_defaults()
    {
        var task = Jobs.Canonical().Task();
        Assert.Equal((100, 0, 300), (task.Resources!.CPU!.Value, task.Resources.Cores!.Value, task.Resources.MemoryMB!.Value));
        Assert.Equal(TimeSpan.FromSeconds(5), task.KillTimeout);
        Assert.Equal((10, 10, false), (task.LogConfig!.MaxFiles!.Value, task.LogConfig.MaxFileSizeMB!.Value, task.LogConfig.Disabled!.Value));
    }

    [Fact]
    public void Cores_without_cpu_leave_cpu_zero()
    {
        var job = Jobs.Raw();
        job.Task().Resources = new Resources { Cores = 2, NUMA = new NumaResource() };
        JobCanonicalizer.Canonicalize(job);
        Assert.Equal((0, 2), (job.Task().Resources!.CPU!.Value, job.Task().Resources!.Cores!.Value));
        Assert.Equal("none", job.Task().Resources!.NUMA!.Affinity);
        job.ShouldBeValid();
    }

    [Fact]
    public void Default_identity_is_added_with_nomad_audience()
    {
        var task = Jobs.Canonical().Task();
        Assert.Equal("default", task.Identity!.Name);
        Assert.Equal(["nomadproject.io"], task.Identity.Audience);
    }

    [Fact]
    public void Unnamed_identity_in_the_list_becomes_the_default_identity()
    {
        var job = Jobs.Raw();
        job.Task().Identities = [new WorkloadIdentity { Env = true, Audience = ["other"] }, new WorkloadIdentity { Name = "aws", Audience = ["sts"], ChangeMode = "signal", ChangeSignal = "sighup", TTL = TimeSpan.FromHours(1) }];
        JobCanonicalizer.Canonicalize(job);
        var task = job.Task();
        Assert.True(task.Identity!.Env);
        Assert.Equal(["nomadproject.io"], task.Identity.Audience);
        Assert.Equal("aws", Assert.Single(task.Identities!).Name);
        Assert.Equal("SIGHUP", task.Identities![0].ChangeSignal);
        job.ShouldBeValid();
    }

    [Fact]
    public void Vault_defaults()
    {
        var job = Jobs.Raw();
        job.Task().Vault = new Vault();
        JobCanonicalizer.Canonicalize(job);
        var vault = job.Task().Vault!;
        Assert.Equal((true, false, "restart", "default", "SIGHUP", false), (vault.Env!.Value, vault.DisableFile!.Value, vault.ChangeMode, vault.Cluster, vault.ChangeSignal, vault.AllowTokenExpiration!.Value));
        Assert.Contains(job.Group().Constraints!, c => c.LTarget == "${attr.vault.version}" && c.Operand == "semver");
    }

    [Fact]
    public void Implicit_vault_and_consul_identities_come_only_from_server_configuration()
    {
        var plain = Jobs.Raw();
        plain.Task().Vault = new Vault();
        plain.Task().Templates = [new Template { EmbeddedTmpl = "x", DestPath = "local/x" }];
        JobCanonicalizer.Canonicalize(plain);
        Assert.Null(plain.Task().Identities);

        var job = Jobs.Raw();
        job.Task().Vault = new Vault();
        job.Task().Templates = [new Template { EmbeddedTmpl = "x", DestPath = "local/x" }];
        var options = new JobCanonicalizerOptions
        {
            VaultDefaultIdentity = new WorkloadIdentity { Audience = ["vault.io"], TTL = TimeSpan.FromHours(1) },
            ConsulTaskIdentity = new WorkloadIdentity { Audience = ["consul.io"], TTL = TimeSpan.FromHours(1) },
        };
        JobCanonicalizer.Canonicalize(job, options);
        Assert.Equal(["vault_default", "consul_default"], job.Task().Identities!.Select(i => i.Name));
        Assert.Equal(["vault.io"], job.Task().Identities![0].Audience);
        Assert.Contains(job.Group().Constraints!, c => c.LTarget == "${attr.nomad.version}" && c.RTarget == ">= 1.7.0-a");
        JobCanonicalizer.Canonicalize(job, options);
        Assert.Equal(2, job.Task().Identities!.Count);
        job.ShouldBeValid();
    }

    [Fact]
    public void Template_defaults()
    {
        var job = Jobs.Raw();
        job.Task().Templates = [new Template { EmbeddedTmpl = "x", DestPath = "local/a" }, new Template { EmbeddedTmpl = "y", DestPath = "local/b", ChangeMode = "signal" }];
        JobCanonicalizer.Canonicalize(job);
        var first = job.Task().Templates![0];
        Assert.Equal(("restart", "0644", TimeSpan.FromSeconds(5), "{{", "}}", ""), (first.ChangeMode, first.Perms, first.Splay!.Value, first.LeftDelim, first.RightDelim, first.ChangeSignal));
        Assert.Equal("SIGHUP", job.Task().Templates![1].ChangeSignal);
    }

    [Fact]
    public void Service_and_check_defaults()
    {
        var job = Jobs.Raw();
        job.Group().Services = [new Service { PortLabel = "http", CheckRestart = new CheckRestart { Limit = 3 }, Checks = [new ServiceCheck { Type = "tcp", Interval = TimeSpan.FromSeconds(10), Timeout = TimeSpan.FromSeconds(2) }] }];
        job.Task().Services = [new Service()];
        JobCanonicalizer.Canonicalize(job);
        var service = job.Group().Services![0];
        Assert.Equal(("example-web", "auto", "require_healthy", "consul", "default"), (service.Name, service.AddressMode, service.OnUpdate, service.Provider, service.Cluster));
        Assert.Equal((3, TimeSpan.FromSeconds(1)), (service.Checks![0].CheckRestart!.Limit, service.Checks[0].CheckRestart!.Grace!.Value));
        Assert.Equal("require_healthy", service.Checks[0].OnUpdate);
        Assert.Equal("example-web-server", job.Task().Services![0].Name);
        job.ShouldBeValid();
    }

    [Fact]
    public void Periodic_affinity_spread_artifact_and_mount_defaults()
    {
        var job = Jobs.Raw("batch");
        job.Periodic = new PeriodicConfig { Spec = "*/5 * * * *" };
        job.Affinities = [new Affinity { LTarget = "${node.class}", Operand = "=", RTarget = "big" }];
        job.Spreads = [new Spread { Attribute = "${node.datacenter}" }];
        job.Task().Artifacts = [new TaskArtifact { GetterSource = "https://example.com/app.tgz", GetterMode = "file" }, new TaskArtifact { GetterSource = "https://example.com/x" }];
        job.Group().Volumes = new Dictionary<string, VolumeRequest> { ["data"] = new() { Name = "data", Type = "host", Source = "data" } };
        job.Task().VolumeMounts = [new VolumeMount { Volume = "data", Destination = "/data" }];
        JobCanonicalizer.Canonicalize(job);
        Assert.Equal(("cron", "UTC", true, false), (job.Periodic.SpecType, job.Periodic.TimeZone, job.Periodic.Enabled!.Value, job.Periodic.ProhibitOverlap!.Value));
        Assert.Equal((sbyte)50, job.Affinities[0].Weight);
        Assert.Equal((sbyte)50, job.Spreads[0].Weight);
        Assert.Equal("local/app.tgz", job.Task().Artifacts![0].RelativeDest);
        Assert.Equal(("any", "local/"), (job.Task().Artifacts![1].GetterMode, job.Task().Artifacts![1].RelativeDest));
        Assert.Equal(("private", false), (job.Task().VolumeMounts![0].PropagationMode, job.Task().VolumeMounts![0].ReadOnly!.Value));
        job.ShouldBeValid();
    }

    [Fact]
    public void Parameterized_payload_defaults_to_optional()
    {
        var job = Jobs.Raw("batch");
        job.ParameterizedJob = new ParameterizedJobConfig();
        JobCanonicalizer.Canonicalize(job);
        Assert.Equal("optional", job.ParameterizedJob.Payload);
        job.ShouldBeValid();
    }

    [Theory]
    [InlineData("service")]
    [InlineData("batch")]
    [InlineData("system")]
    [InlineData("sysbatch")]
    public void Canonicalizing_twice_equals_once(string type)
    {
        var job = Jobs.Raw(type);
        job.Task().Vault = new Vault();
        job.Task().Templates = [new Template { EmbeddedTmpl = "x", DestPath = "local/x" }];
        job.Task().Identities = [new WorkloadIdentity { Name = "aws", Audience = ["sts"], TTL = TimeSpan.FromHours(1) }];
        job.Group().Services = [new Service { PortLabel = "http", Checks = [new ServiceCheck { Type = "tcp", Interval = TimeSpan.FromSeconds(5), Timeout = TimeSpan.FromSeconds(1) }] }];
        var options = new JobCanonicalizerOptions { VaultDefaultIdentity = new WorkloadIdentity { Audience = ["vault.io"] } };
        JobCanonicalizer.Canonicalize(job, options);
        var once = NomadApiJson.Serialize(job);
        JobCanonicalizer.Canonicalize(job, options);
        Assert.Equal(once, NomadApiJson.Serialize(job));
    }

    [Theory]
    [InlineData("service")]
    [InlineData("batch")]
    [InlineData("system")]
    [InlineData("sysbatch")]
    public void Canonical_minimal_jobs_validate_clean(string type) => Jobs.Canonical(type).ShouldBeValid();
}
