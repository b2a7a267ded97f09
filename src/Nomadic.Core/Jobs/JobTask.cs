using System.Text.Json.Serialization;

namespace Nomadic.Core.Jobs;

/// <summary>
/// A <c>task "name" { ... }</c> block, Nomad's <c>api.Task</c>. Named <c>JobTask</c> so that it does not clash with
/// <see cref="System.Threading.Tasks.Task"/>; its JSON is exactly Nomad's <c>Task</c>.
/// </summary>
public sealed class JobTask
{
    /// <summary>The task name (the block label).</summary>
    public string Name { get; set; } = "";

    /// <summary>The task driver, such as <c>docker</c>, <c>exec</c> or <c>raw_exec</c> (<c>driver</c>).</summary>
    public string Driver { get; set; } = "";

    /// <summary>The user the task runs as (<c>user</c>).</summary>
    public string User { get; set; } = "";

    /// <summary>When the task runs relative to the main tasks (<c>lifecycle</c> block).</summary>
    public TaskLifecycle? Lifecycle { get; set; }

    /// <summary>
    /// The driver configuration (<c>config</c> block), schemaless: values are <see langword="null"/>, <see cref="string"/>,
    /// <see cref="bool"/>, a number (<see cref="long"/> or <see cref="double"/> when read from JSON),
    /// <see cref="IList{T}"/> of values, or <see cref="IDictionary{TKey, TValue}"/> of string to value.
    /// </summary>
    public IDictionary<string, object?>? Config { get; set; }

    /// <summary>Placement constraints (<c>constraint</c> blocks).</summary>
    public IList<Constraint>? Constraints { get; set; }

    /// <summary>Placement preferences (<c>affinity</c> blocks).</summary>
    public IList<Affinity>? Affinities { get; set; }

    /// <summary>Environment variables (<c>env</c> block or attribute).</summary>
    public IDictionary<string, string>? Env { get; set; }

    /// <summary>Services registered for the task (<c>service</c> blocks).</summary>
    public IList<Service>? Services { get; set; }

    /// <summary>The resources the task needs (<c>resources</c> block).</summary>
    public Resources? Resources { get; set; }

    /// <summary>The restart policy, overriding the group's (<c>restart</c> block).</summary>
    public RestartPolicy? RestartPolicy { get; set; }

    /// <summary>User metadata (<c>meta</c>).</summary>
    public IDictionary<string, string>? Meta { get; set; }

    /// <summary>How long to wait between the kill signal and a forced kill (<c>kill_timeout</c>).</summary>
    public TimeSpan? KillTimeout { get; set; }

    /// <summary>Log rotation (<c>logs</c> block).</summary>
    public LogConfig? LogConfig { get; set; }

    /// <summary>Files downloaded before the task starts (<c>artifact</c> blocks).</summary>
    public IList<TaskArtifact>? Artifacts { get; set; }

    /// <summary>Vault access (<c>vault</c> block; a job-level <c>vault</c> block is copied into tasks that have none).</summary>
    public Vault? Vault { get; set; }

    /// <summary>The Consul cluster for templates and services (<c>consul</c> block).</summary>
    public Consul? Consul { get; set; }

    /// <summary>Rendered templates (<c>template</c> blocks).</summary>
    public IList<Template>? Templates { get; set; }

    /// <summary>Where a dispatch payload is written (<c>dispatch_payload</c> block).</summary>
    public DispatchPayloadConfig? DispatchPayload { get; set; }

    /// <summary>Group volumes mounted into the task (<c>volume_mount</c> blocks).</summary>
    public IList<VolumeMount>? VolumeMounts { get; set; }

    /// <summary>The CSI plugin this task provides (<c>csi_plugin</c> block); omitted from JSON when unset, as Nomad does.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public TaskCSIPluginConfig? CSIPluginConfig { get; set; }

    /// <summary>Whether the other tasks of the group stop when this one exits (<c>leader</c>).</summary>
    public bool Leader { get; set; }

    /// <summary>The delay between deregistering services and killing the task (<c>shutdown_delay</c>).</summary>
    public TimeSpan ShutdownDelay { get; set; }

    /// <summary>The signal sent to stop the task (<c>kill_signal</c>).</summary>
    public string KillSignal { get; set; } = "";

    /// <summary>The kind of task, such as <c>connect-proxy:name</c> (<c>kind</c>).</summary>
    public string Kind { get; set; } = "";

    /// <summary>Vertical scaling policies (<c>scaling "vertical_cpu"|"vertical_mem"</c> blocks).</summary>
    public IList<ScalingPolicy>? ScalingPolicies { get; set; }

    /// <summary>The default workload identity (an <c>identity</c> block with no name or the name <c>default</c>).</summary>
    public WorkloadIdentity? Identity { get; set; }

    /// <summary>The named, alternate workload identities (<c>identity</c> blocks).</summary>
    public IList<WorkloadIdentity>? Identities { get; set; }

    /// <summary>Commands an operator may run in the task (<c>action</c> blocks).</summary>
    public IList<TaskAction>? Actions { get; set; }
}
