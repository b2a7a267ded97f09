namespace Nomadic.Core.Tests.Corpus;

/// <summary>
/// Every corpus jobspec that Nomad 1.7 would not run, with the rule that stops it. Most historical fixtures were written
/// for the HCL1 parser's unit tests (jobspec/parse_test.go), which never sent them to a server: they lack a group, a
/// task or a driver, so the server's Job.Validate rejects them although they decode.
/// </summary>
internal static class CorpusRejections
{
    private const string NoGroups = "Missing job task groups";
    private const string NoTasks = "Missing tasks for task group";
    private const string NoDriver = "Missing task driver";
    private const string ParserFixtureNoGroup = "A parser fixture with only job-level fields: Job.Validate requires at least one task group.";
    private const string ParserFixtureNoTask = "A parser fixture with a group but no task: TaskGroup.Validate requires at least one task.";
    private const string ParserFixtureNoDriver = "A parser fixture whose tasks have no driver: Task.Validate requires one.";

    public static IReadOnlyList<ExpectedRejection> All { get; } =
    [
        // Rejected while decoding: not a job, unknown or HCL1-only syntax, or blocks that arrived after 1.7.
        new("command_asset_pool.nomad.hcl", "Blocks of type \"node_pool\" are not expected here", "`nomad job init -template=pool` writes a node pool specification, not a job."),
        new("bad-artifact.hcl", "An argument named \"bad\" is not expected here", "Negative fixture: an artifact has an unknown key; jobspec2's schema decoding rejects unknown arguments."),
        new("basic.hcl", "Blocks of type \"disconnect\" are not expected here", "The group `disconnect` block arrived in Nomad 1.8; 1.7's jobspec2 has no such block."),
        new("basic_wrong_key.hcl", "An argument named \"nterval\" is not expected here", "Negative fixture: a check has the misspelt key `nterval`."),
        new("multi-network.hcl", "An argument named \"reserved_ports\" is not expected here", "HCL1-only: `reserved_ports`/`dynamic_ports` lists were HCL1 syntax; HCL2 has only `port` blocks."),
        new("multi-resource.hcl", "Duplicate resources block", "HCL1-only: HCL1 merged repeated blocks; jobspec2 allows one `resources` (and one `ephemeral_disk`) block."),
        new("multi-vault.hcl", "Duplicate vault block", "Negative fixture (an error in parse_test.go too): a task may have one `vault` block."),
        new("service-check-bad-header.hcl", "list of string required", "Negative fixture: a check header value must be a list of strings."),
        new("task-scaling-policy-invalid-resource.hcl", "Invalid scaling policy name", "Negative fixture: a task scaling block is named `cpu` or `mem`."),
        new("task-scaling-policy-invalid-type.hcl", "Invalid scaling policy type", "Negative fixture: a `mem` scaling block must have type `vertical_mem`."),
        new("task-scaling-policy-missing-name.hcl", "Missing name for scaling", "Negative fixture: a task scaling block needs its name label."),
        new("task-scaling-policy-multi-cpu.hcl", "Duplicate scaling \"cpu\" block", "Negative fixture: one `cpu` scaling block per task."),
        new("task-scaling-policy-multi-name.hcl", "Extraneous label for scaling", "Negative fixture: a task scaling block has exactly one label."),
        new("tg-scaling-policy-invalid-type.hcl", "Invalid group scaling type", "Negative fixture: a group scaling policy is `horizontal`."),
        new("tg-scaling-policy-missing-max.hcl", "The argument \"max\" is required", "Negative fixture: a group scaling block needs `max`."),
        new("tg-scaling-policy-multi-policy.hcl", "Duplicate policy block", "Negative fixture: a scaling block has one `policy` block."),
        new("tg-scaling-policy-with-label.hcl", "Extraneous label for scaling", "Negative fixture: a group scaling block takes no label."),
        new("tg-service-connect-proxy.hcl", "Blocks of type \"transparent_proxy\" are not expected here", "`transparent_proxy` arrived in Nomad 1.8 (#20144); 1.7's jobspec2 has no such block."),

        // Decoded, then rejected by the server's rules.
        new("bad-ports.hcl", "Port has no label", "Negative fixture (HCL1 rejected the label `\"\"` with errPortLabel). Nomad 1.7's jobspec2 decodes it; Nomadic's validation rejects the empty label (a documented addition)."),
        new("incorrect-service-def.hcl", "http type must have http path", "Negative fixture: an http check without `path`."),
        new("migrate-job.hcl", "does not allow migrate block", "A parser fixture with `migrate` in a batch job: TaskGroup.Validate allows migrate only for service jobs."),
        new("parameterized_job.hcl", "Parameterized job can only be used with", "A parser fixture with no `type` (so service): parameterized jobs must be batch or sysbatch."),
        new("periodic-cron.hcl", "Periodic can only be used with", "A parser fixture: no `type` (so service) with a periodic block, a 4-field cron, and no group."),
        new("periodic-crons.hcl", "Periodic can only be used with", "As periodic-cron.hcl, with `crons`."),
        new("reschedule-job-unlimited.hcl", "is ambiguous", "Unlimited with no attempts: the batch default (attempts 1) is merged in by TaskGroup.Canonicalize, and ReschedulePolicy.Validate rejects attempts > 0 with unlimited."),

        new("default-job.hcl", NoGroups, ParserFixtureNoGroup),
        new("distinctHosts-constraint.hcl", NoGroups, ParserFixtureNoGroup),
        new("distinctProperty-constraint.hcl", NoGroups, ParserFixtureNoGroup),
        new("multiregion.hcl", NoGroups, ParserFixtureNoGroup),
        new("regexp-constraint.hcl", NoGroups, ParserFixtureNoGroup),
        new("set-contains-constraint.hcl", NoGroups, ParserFixtureNoGroup),
        new("specify-job.hcl", NoGroups, ParserFixtureNoGroup),
        new("version-constraint.hcl", NoGroups, ParserFixtureNoGroup),

        new("consul-namespace.hcl", NoTasks, ParserFixtureNoTask),
        new("parse-ports.hcl", NoTasks, ParserFixtureNoTask),
        new("service-tagged-address.hcl", NoTasks, ParserFixtureNoTask),
        new("tg-scaling-policy-minimal.hcl", NoTasks, ParserFixtureNoTask),
        new("tg-scaling-policy.hcl", NoTasks, ParserFixtureNoTask),
        new("tg-service-check-expose.hcl", NoTasks, ParserFixtureNoTask + " Its checks also lack type, interval and timeout."),
        new("tg-service-connect-gateway-ingress.hcl", NoTasks, ParserFixtureNoTask),
        new("tg-service-connect-gateway-mesh.hcl", NoTasks, ParserFixtureNoTask),
        new("tg-service-connect-gateway-terminating.hcl", NoTasks, ParserFixtureNoTask),
        new("tg-service-connect-local-service.hcl", NoTasks, ParserFixtureNoTask),
        new("tg-service-connect-native.hcl", NoTasks, ParserFixtureNoTask + " Its native service names task1, which does not exist."),
        new("tg-service-connect-resources.hcl", NoTasks, ParserFixtureNoTask),
        new("tg-service-connect-sidecar_disablecheck.hcl", NoTasks, ParserFixtureNoTask),
        new("tg-service-connect-sidecar_meta.hcl", NoTasks, ParserFixtureNoTask),
        new("tg-service-connect-sidecar_task-name.hcl", NoTasks, ParserFixtureNoTask),
        new("tg-service-enable-tag-override.hcl", NoTasks, ParserFixtureNoTask),
        new("tg-service-proxy-expose.hcl", NoTasks, ParserFixtureNoTask),

        new("jobspec2_test-fixtures_restart-render-templates.hcl", NoDriver, "A jobspec2 parser fixture: " + ParserFixtureNoDriver),
        new("jobspec2_test-fixtures_template-err-missing-key.hcl", NoDriver, "A jobspec2 parser fixture: " + ParserFixtureNoDriver + " Its template has neither source nor destination."),
        new("jobspec2_test-fixtures_template-wait-config.hcl", NoDriver, "A jobspec2 parser fixture: " + ParserFixtureNoDriver + " Its template has neither source nor destination."),
        new("service-check-bad-header-2.hcl", NoDriver, ParserFixtureNoDriver + " (Its header value 840 was an HCL1 error; HCL2 converts it to \"840\".) The service name check_bad_header-group-task also breaks RFC 1123."),
        new("service-check-driver-address.hcl", NoDriver, ParserFixtureNoDriver + " Its checks also lack interval and timeout."),
        new("service-check-initial-status.hcl", NoDriver, ParserFixtureNoDriver + " The default service name check_initial_status-group-task also breaks RFC 1123."),
        new("service-check-pass-fail.hcl", NoDriver, ParserFixtureNoDriver + " Its port label http is not defined."),
        new("service-check-restart.hcl", NoDriver, ParserFixtureNoDriver + " Its check lacks interval and timeout and uses a numeric port without address_mode driver."),
        new("service-enable-tag-override.hcl", NoDriver, ParserFixtureNoDriver),
        new("service-meta.hcl", NoDriver, ParserFixtureNoDriver),
        new("tg-service-check.hcl", NoDriver, ParserFixtureNoDriver),
        new("vault_inheritance.hcl", NoDriver, ParserFixtureNoDriver),
    ];

    public static ExpectedRejection? For(string relativePath) =>
        All.SingleOrDefault(r => Path.GetFileName(relativePath) == r.File);
}
