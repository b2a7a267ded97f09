namespace Nomadic.Core.Jobs;

/// <summary>A <c>lifecycle</c> block: run the task before, after or beside the main tasks.</summary>
public sealed class TaskLifecycle
{
    /// <summary><c>prestart</c>, <c>poststart</c> or <c>poststop</c> (<c>hook</c>).</summary>
    public string Hook { get; set; } = "";

    /// <summary>Whether the task keeps running beside the main tasks (<c>sidecar</c>).</summary>
    public bool Sidecar { get; set; }
}
