namespace Nomadic.Core.Jobs;

/// <summary>A task <c>volume_mount</c> block: where a group volume appears in the task.</summary>
public sealed class VolumeMount
{
    /// <summary>The group volume's name (<c>volume</c>).</summary>
    public string? Volume { get; set; }

    /// <summary>The path inside the task (<c>destination</c>).</summary>
    public string? Destination { get; set; }

    /// <summary>Whether the mount is read-only (<c>read_only</c>).</summary>
    public bool? ReadOnly { get; set; }

    /// <summary><c>private</c>, <c>host-to-task</c> or <c>bidirectional</c> (<c>propagation_mode</c>).</summary>
    public string? PropagationMode { get; set; }
}
