namespace Nomadic.Core.Jobs;

/// <summary>A <c>restart</c> block: how a failed task is restarted on the same node.</summary>
public sealed class RestartPolicy
{
    /// <summary>The window in which <see cref="Attempts"/> count (<c>interval</c>).</summary>
    public TimeSpan? Interval { get; set; }

    /// <summary>Restarts allowed within <see cref="Interval"/> (<c>attempts</c>).</summary>
    public int? Attempts { get; set; }

    /// <summary>The delay before a restart (<c>delay</c>).</summary>
    public TimeSpan? Delay { get; set; }

    /// <summary><c>delay</c> or <c>fail</c> once attempts are used up (<c>mode</c>).</summary>
    public string? Mode { get; set; }

    /// <summary>Whether templates are re-rendered on restart (<c>render_templates</c>).</summary>
    public bool? RenderTemplates { get; set; }
}
