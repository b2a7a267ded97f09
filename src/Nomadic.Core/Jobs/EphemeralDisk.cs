namespace Nomadic.Core.Jobs;

/// <summary>An <c>ephemeral_disk</c> block: the group's scratch disk.</summary>
public sealed class EphemeralDisk
{
    /// <summary>Whether a replacement allocation on the same node keeps the data (<c>sticky</c>).</summary>
    public bool? Sticky { get; set; }

    /// <summary>Whether the data follows the allocation to another node (<c>migrate</c>).</summary>
    public bool? Migrate { get; set; }

    /// <summary>The disk size in MB (<c>size</c>).</summary>
    public int? SizeMB { get; set; }
}
