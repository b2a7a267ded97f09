namespace Nomadic.Locks;

/// <summary>
/// A variable, path, namespace or lock request that Nomad's rules reject (HTTP 400 in Nomad).
/// </summary>
public sealed class InvalidVariableException : ArgumentException
{
    /// <summary>Creates the exception with a default message.</summary>
    public InvalidVariableException()
        : base("The variable is invalid.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong, in a sentence a user can act on.</param>
    public InvalidVariableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public InvalidVariableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
