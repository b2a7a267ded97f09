namespace Nomadic.Hcl;

/// <summary>Thrown when a configuration has errors; carries every diagnostic that was found.</summary>
public sealed class HclException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="HclException"/> class.</summary>
    /// <param name="diagnostics">The diagnostics, at least one of them an error.</param>
    public HclException(IReadOnlyList<Diagnostic> diagnostics)
        : base(FormatMessage(diagnostics))
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Initializes a new instance of the <see cref="HclException"/> class with no diagnostics.</summary>
    public HclException()
        : this([])
    {
    }

    /// <summary>Initializes a new instance of the <see cref="HclException"/> class with a message.</summary>
    /// <param name="message">The message.</param>
    public HclException(string message)
        : base(message)
    {
        Diagnostics = [Diagnostic.Error(null, message, message)];
    }

    /// <summary>Initializes a new instance of the <see cref="HclException"/> class with a message and cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public HclException(string message, Exception innerException)
        : base(message, innerException)
    {
        Diagnostics = [Diagnostic.Error(null, message, message)];
    }

    /// <summary>Gets every diagnostic found, errors and warnings.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    private static string FormatMessage(IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        return diagnostics.Count == 0 ? "The configuration is invalid." : string.Join(Environment.NewLine, diagnostics);
    }
}
