namespace Nomadic.Core.Jobs;

/// <summary>A <c>mount_options</c> block of a CSI volume request.</summary>
public sealed class CSIMountOptions
{
    /// <summary>The file system type (<c>fs_type</c>).</summary>
    public string FSType { get; set; } = "";

    /// <summary>Flags passed to the mount (<c>mount_flags</c>).</summary>
    public IList<string>? MountFlags { get; set; }
}
