namespace Nomadic.Topology.Detection;

/// <summary>The node's topology could not be detected; the message names the file and what was wrong with it.</summary>
public sealed class TopologyDetectionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TopologyDetectionException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public TopologyDetectionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public TopologyDetectionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
