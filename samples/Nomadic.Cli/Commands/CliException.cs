namespace Nomadic.Cli.Commands;

/// <summary>A problem with the user's input or setup, reported as one line on stderr and exit code 1.</summary>
internal sealed class CliException : Exception
{
    public CliException()
    {
    }

    public CliException(string message)
        : base(message)
    {
    }

    public CliException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
