namespace Nomadic.Core.Jobs;

/// <summary>A <c>sidecar_task</c> block: overrides of the Envoy proxy task.</summary>
public sealed class SidecarTask
{
    /// <summary>The task name (<c>name</c>).</summary>
    public string Name { get; set; } = "";

    /// <summary>The driver (<c>driver</c>).</summary>
    public string Driver { get; set; } = "";

    /// <summary>The user (<c>user</c>).</summary>
    public string User { get; set; } = "";

    /// <summary>The schemaless driver configuration (<c>config</c>), as in <see cref="JobTask.Config"/>.</summary>
    public IDictionary<string, object?>? Config { get; set; }

    /// <summary>Environment variables (<c>env</c>).</summary>
    public IDictionary<string, string>? Env { get; set; }

    /// <summary>Resources (<c>resources</c> block).</summary>
    public Resources? Resources { get; set; }

    /// <summary>Metadata (<c>meta</c>).</summary>
    public IDictionary<string, string>? Meta { get; set; }

    /// <summary>The kill timeout (<c>kill_timeout</c>).</summary>
    public TimeSpan? KillTimeout { get; set; }

    /// <summary>Log rotation (<c>logs</c> block).</summary>
    public LogConfig? LogConfig { get; set; }

    /// <summary>The shutdown delay (<c>shutdown_delay</c>).</summary>
    public TimeSpan? ShutdownDelay { get; set; }

    /// <summary>The kill signal (<c>kill_signal</c>).</summary>
    public string KillSignal { get; set; } = "";
}
