namespace Nomadic.Core.Jobs;

/// <summary>A <c>csi_plugin</c> block: the task is a CSI plugin.</summary>
public sealed class TaskCSIPluginConfig
{
    /// <summary>The plugin ID (<c>id</c>).</summary>
    public string ID { get; set; } = "";

    /// <summary><c>controller</c>, <c>node</c> or <c>monolith</c> (<c>type</c>).</summary>
    public string Type { get; set; } = "";

    /// <summary>Where the plugin's socket directory is mounted (<c>mount_dir</c>).</summary>
    public string MountDir { get; set; } = "";

    /// <summary>The base directory for staged and published volumes (<c>stage_publish_base_dir</c>).</summary>
    public string StagePublishBaseDir { get; set; } = "";

    /// <summary>How long the plugin may take to become healthy (<c>health_timeout</c>).</summary>
    public TimeSpan HealthTimeout { get; set; }
}
