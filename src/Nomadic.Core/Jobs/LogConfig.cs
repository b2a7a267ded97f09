namespace Nomadic.Core.Jobs;

/// <summary>A <c>logs</c> block: rotation of the task's stdout and stderr files.</summary>
public sealed class LogConfig
{
    /// <summary>How many rotated files are kept (<c>max_files</c>).</summary>
    public int? MaxFiles { get; set; }

    /// <summary>The size of one file in MB (<c>max_file_size</c>).</summary>
    public int? MaxFileSizeMB { get; set; }

    /// <summary>Deprecated in favour of <see cref="Disabled"/> (<c>enabled</c>).</summary>
    public bool? Enabled { get; set; }

    /// <summary>Whether log collection is off (<c>disabled</c>).</summary>
    public bool? Disabled { get; set; }
}
