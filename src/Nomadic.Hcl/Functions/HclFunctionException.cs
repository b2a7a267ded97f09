namespace Nomadic.Hcl.Functions;

/// <summary>A function call failed; when <see cref="ArgumentIndex"/> is set, the fault is in that argument.</summary>
public sealed class HclFunctionException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="HclFunctionException"/> class.</summary>
    public HclFunctionException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="HclFunctionException"/> class about the call as a whole.</summary>
    /// <param name="message">What went wrong, as a sentence fragment a user can act on.</param>
    public HclFunctionException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="HclFunctionException"/> class with a cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public HclFunctionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="HclFunctionException"/> class about one argument.</summary>
    /// <param name="argumentIndex">The 0-based index of the faulty argument.</param>
    /// <param name="message">What is wrong with it.</param>
    public HclFunctionException(int argumentIndex, string message)
        : base(message)
    {
        ArgumentIndex = argumentIndex;
    }

    /// <summary>Gets the 0-based index of the faulty argument, or null when the fault is not in one argument.</summary>
    public int? ArgumentIndex { get; }
}
