namespace Nomadic.Core.Jobs;

/// <summary>Nomad API JSON that cannot be read, or a job that cannot be written as Nomad API JSON.</summary>
public sealed class NomadJsonException : Exception
{
    /// <summary>Creates the exception.</summary>
    public NomadJsonException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public NomadJsonException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public NomadJsonException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with the location of the problem.</summary>
    /// <param name="message">What went wrong, including the location.</param>
    /// <param name="path">The JSON path, such as <c>$.Job.TaskGroups[0].Count</c>.</param>
    /// <param name="lineNumber">The zero-based line, if known.</param>
    /// <param name="bytePositionInLine">The zero-based byte offset in the line, if known.</param>
    /// <param name="innerException">The cause.</param>
    public NomadJsonException(string message, string? path, long? lineNumber, long? bytePositionInLine, Exception? innerException)
        : base(message, innerException)
    {
        Path = path;
        LineNumber = lineNumber;
        BytePositionInLine = bytePositionInLine;
    }

    /// <summary>The JSON path of the problem, such as <c>$.Job.TaskGroups[0].Count</c>, when known.</summary>
    public string? Path { get; }

    /// <summary>The zero-based line of the problem in the input, when known.</summary>
    public long? LineNumber { get; }

    /// <summary>The zero-based byte offset of the problem within its line, when known.</summary>
    public long? BytePositionInLine { get; }
}
