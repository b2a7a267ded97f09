using Nomadic.Core.Jobs;
using Nomadic.Core.Jobs.Validation;

namespace Nomadic.Core.Tests.Validation;

public sealed class IdentityRulesTests
{
    private const string T = "TaskGroups[0].Tasks[0]";

    [Fact]
    public void Named_identity_with_ttl_passes() => WithIdentity(new WorkloadIdentity { Name = "vault_default", Audience = ["vault.io"], TTL = TimeSpan.FromHours(1), Env = true, ChangeMode = "restart" }).ShouldBeValid();

    [Theory]
    [InlineData("has space")]
    [InlineData("dots.not.allowed")]
    [InlineData("")]
    public void Identity_name_pattern(string name) => WithIdentity(new WorkloadIdentity { Name = name, Audience = ["a"] }).ShouldFail($"{T}.Identities[0].Name", "Must match regex");

    [Fact]
    public void Identity_name_at_most_128() => WithIdentity(new WorkloadIdentity { Name = new string('a', 129), Audience = ["a"] }).ShouldFail($"{T}.Identities[0].Name", "Must match regex");

    [Fact]
    public void Duplicate_identity_names() => WithIdentity(new WorkloadIdentity { Name = "aws", Audience = ["a"] }).Also(j => j.Task().Identities!.Add(new WorkloadIdentity { Name = "aws", Audience = ["b"] }))
        .ShouldFail($"{T}.Identities[1].Name", "more than once");

    [Fact]
    public void Second_default_identity() => Jobs.Canonical().Also(j => j.Task().Identities = [new WorkloadIdentity { Name = "default", Audience = ["nomadproject.io"] }])
        .ShouldFail($"{T}.Identities[0].Name", "Duplicate default identities found");

    [Fact]
    public void Empty_audience_entry() => WithIdentity(new WorkloadIdentity { Name = "aws", Audience = ["sts", ""] }).ShouldFail($"{T}.Identities[0].Audience[1]", "empty string is an invalid audience (2)");

    [Fact]
    public void Signal_mode_needs_signal() => WithIdentity(new WorkloadIdentity { Name = "aws", Audience = ["a"], ChangeMode = "signal" }).ShouldFail($"{T}.Identities[0].ChangeSignal", "change_signal must be specified");

    [Fact]
    public void Signal_only_with_signal_mode() => WithIdentity(new WorkloadIdentity { Name = "aws", Audience = ["a"], ChangeMode = "restart", ChangeSignal = "SIGHUP" }).ShouldFail($"{T}.Identities[0].ChangeSignal", "can only use change_signal");

    [Fact]
    public void Unknown_change_mode() => WithIdentity(new WorkloadIdentity { Name = "aws", Audience = ["a"], ChangeMode = "reload" }).ShouldFail($"{T}.Identities[0].ChangeMode", "invalid change_mode: reload");

    [Fact]
    public void Default_identity_has_no_ttl() => Jobs.Canonical().Also(j => j.Task().Identity!.TTL = TimeSpan.FromHours(1)).ShouldFail($"{T}.Identity.TTL", "ttl for default identity not yet supported");

    [Fact]
    public void Negative_ttl() => WithIdentity(new WorkloadIdentity { Name = "aws", Audience = ["a"], TTL = TimeSpan.FromSeconds(-1) }).ShouldFail($"{T}.Identities[0].TTL", "ttl must be >= 0");

    [Fact]
    public void Default_identity_with_file_and_env_passes() => Jobs.Canonical().Also(j => { j.Task().Identity!.File = true; j.Task().Identity!.Env = true; }).ShouldBeValid();

    [Fact]
    public void Action_name_rejects_underscore() => WithActions(new TaskAction { Name = "weather-check", Command = "/bin/curl", Args = ["wttr.in"] }, new TaskAction { Name = "Flush_2", Command = "x" })
        .ShouldFail($"{T}.Actions[1].Name", "invalid name 'Flush_2'");

    [Fact]
    public void Action_with_dashes_and_digits_passes() => WithActions(new TaskAction { Name = "flush-cache-2", Command = "/bin/sh" }).ShouldBeValid();

    [Fact]
    public void Action_needs_command() => WithActions(new TaskAction { Name = "go" }).ShouldFail($"{T}.Actions[0].Command", "command cannot be empty");

    [Fact]
    public void Action_needs_name() => WithActions(new TaskAction { Command = "x" }).ShouldFail($"{T}.Actions[0].Name", "invalid name ''");

    [Fact]
    public void Action_names_unique_reported_once()
    {
        var job = WithActions(new TaskAction { Name = "a", Command = "x" }, new TaskAction { Name = "a", Command = "y" }, new TaskAction { Name = "a", Command = "z" });
        Assert.Single(job.Errors(), e => e.Message.Contains("defined multiple times", StringComparison.Ordinal));
        job.ShouldFail($"{T}.Actions[1].Name", "Action a defined multiple times");
    }

    [Fact]
    public void Vault_change_mode() => WithVault(v => v.ChangeMode = "reload").ShouldFail($"{T}.Vault.ChangeMode", "Unknown change mode \"reload\"");

    [Fact]
    public void Vault_signal_needs_signal() => WithVault(v => { v.ChangeMode = "signal"; v.ChangeSignal = ""; }).ShouldFail($"{T}.Vault.ChangeSignal", "Signal must be specified");

    [Fact]
    public void Vault_root_policy() => WithVault(v => v.Policies = ["root"]).ShouldFail($"{T}.Vault.Policies[0]", "root");

    [Fact]
    public void Vault_non_default_cluster_needs_identity() => WithVault(v => v.Cluster = "infra").ShouldFail($"{T}.Vault.Cluster", "identity named vault_infra");

    [Fact]
    public void Vault_non_default_cluster_with_identity_passes() => WithVault(v => v.Cluster = "infra")
        .Also(j => j.Task().Identities = [new WorkloadIdentity { Name = "vault_infra", Audience = ["vault.io"], TTL = TimeSpan.FromHours(1) }]).ShouldBeValid();

    [Fact]
    public void Vault_defaults_pass() => WithVault(_ => { }).ShouldBeValid();

    private static Job WithIdentity(WorkloadIdentity identity) => Jobs.Canonical().Also(j => j.Task().Identities = [identity]);

    private static Job WithActions(params TaskAction[] actions) => Jobs.Canonical().Also(j => j.Task().Actions = actions);

    private static Job WithVault(Action<Vault> change)
    {
        var job = Jobs.Raw();
        job.Task().Vault = new Vault();
        JobCanonicalizer.Canonicalize(job);
        change(job.Task().Vault!);
        return job;
    }
}
