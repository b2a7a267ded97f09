namespace Nomadic.Hcl.Values.Conversion;

/// <summary>Carries a conversion error (cty's <c>PathError</c>) out of nested conversions.</summary>
internal sealed class ConversionFailure : Exception
{
    /// <summary>Initializes a new instance of the <see cref="ConversionFailure"/> class.</summary>
    public ConversionFailure()
    {
        PathText = string.Empty;
    }

    /// <summary>Initializes a new instance of the <see cref="ConversionFailure"/> class.</summary>
    /// <param name="message">The message.</param>
    public ConversionFailure(string message)
        : base(message)
    {
        PathText = string.Empty;
    }

    /// <summary>Initializes a new instance of the <see cref="ConversionFailure"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ConversionFailure(string message, Exception innerException)
        : base(message, innerException)
    {
        PathText = string.Empty;
    }

    /// <summary>Initializes a new instance of the <see cref="ConversionFailure"/> class.</summary>
    /// <param name="message">cty's message.</param>
    /// <param name="path">The formatted path.</param>
    public ConversionFailure(string message, string path)
        : base(message)
    {
        PathText = path;
    }

    /// <summary>Gets where the failure happened, in traversal syntax.</summary>
    public string PathText { get; }
}
