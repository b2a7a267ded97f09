namespace Nomadic.Core.Jobs;

/// <summary>An <c>artifact</c> block: a file fetched with go-getter before the task starts.</summary>
public sealed class TaskArtifact
{
    /// <summary>The URL to fetch (<c>source</c>).</summary>
    public string? GetterSource { get; set; }

    /// <summary>go-getter options (<c>options</c>).</summary>
    public IDictionary<string, string>? GetterOptions { get; set; }

    /// <summary>HTTP headers for the fetch (<c>headers</c>).</summary>
    public IDictionary<string, string>? GetterHeaders { get; set; }

    /// <summary><c>any</c>, <c>file</c> or <c>dir</c> (<c>mode</c>).</summary>
    public string? GetterMode { get; set; }

    /// <summary>The destination, relative to the task directory (<c>destination</c>).</summary>
    public string? RelativeDest { get; set; }
}
