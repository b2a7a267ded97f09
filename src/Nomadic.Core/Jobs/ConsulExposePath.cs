namespace Nomadic.Core.Jobs;

/// <summary>A <c>path</c> block inside <c>expose</c>.</summary>
public sealed class ConsulExposePath
{
    /// <summary>The HTTP path (<c>path</c>).</summary>
    public string Path { get; set; } = "";

    /// <summary><c>http</c> or <c>http2</c> (<c>protocol</c>).</summary>
    public string Protocol { get; set; } = "";

    /// <summary>The local port of the path (<c>local_path_port</c>).</summary>
    public int LocalPathPort { get; set; }

    /// <summary>The port label the path is exposed on (<c>listener_port</c>).</summary>
    public string ListenerPort { get; set; } = "";
}
