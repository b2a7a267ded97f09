namespace Nomadic.Core.Jobs;

/// <summary>A group <c>volume "name" { ... }</c> block: a host or CSI volume the group needs.</summary>
public sealed class VolumeRequest
{
    /// <summary>The volume name (the block label).</summary>
    public string Name { get; set; } = "";

    /// <summary><c>host</c> or <c>csi</c> (<c>type</c>).</summary>
    public string Type { get; set; } = "";

    /// <summary>The host volume or CSI volume ID (<c>source</c>).</summary>
    public string Source { get; set; } = "";

    /// <summary>Whether the volume is mounted read-only (<c>read_only</c>).</summary>
    public bool ReadOnly { get; set; }

    /// <summary>The CSI access mode (<c>access_mode</c>).</summary>
    public string AccessMode { get; set; } = "";

    /// <summary>The CSI attachment mode, <c>file-system</c> or <c>block-device</c> (<c>attachment_mode</c>).</summary>
    public string AttachmentMode { get; set; } = "";

    /// <summary>CSI mount options (<c>mount_options</c> block).</summary>
    public CSIMountOptions? MountOptions { get; set; }

    /// <summary>Whether each allocation gets its own volume, <c>source[index]</c> (<c>per_alloc</c>).</summary>
    public bool PerAlloc { get; set; }
}
