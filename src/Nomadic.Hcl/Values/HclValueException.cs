namespace Nomadic.Hcl.Values;

/// <summary>Thrown when a value is used in a way its type, nullness or knownness does not allow.</summary>
/// <remarks>Messages are phrased for end users, as cty's are, so that callers can put them in diagnostics.</remarks>
public class HclValueException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="HclValueException"/> class.</summary>
    public HclValueException()
        : base("The value cannot be used this way.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="HclValueException"/> class with a message.</summary>
    /// <param name="message">The message.</param>
    public HclValueException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="HclValueException"/> class with a message and cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public HclValueException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
