namespace Nomadic.Topology.Cluster;

/// <summary>Node JSON could not be read; <see cref="Exception.Message"/> names the JSON path, line and column.</summary>
public sealed class ClusterNodeJsonException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ClusterNodeJsonException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public ClusterNodeJsonException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public ClusterNodeJsonException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The JSON path of the bad value, e.g. <c>$.NodeResources.Cpu.CpuShares</c>, when known.</summary>
    public string? Path { get; init; }

    /// <summary>The 1-based line of the bad value, when known.</summary>
    public long? Line { get; init; }

    /// <summary>The 1-based column (in bytes) of the bad value, when known.</summary>
    public long? Column { get; init; }
}
