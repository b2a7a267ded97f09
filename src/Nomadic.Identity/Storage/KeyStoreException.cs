namespace Nomadic.Identity;

/// <summary>A key store cannot do what was asked: an unknown or retired key, or a key file that fails authentication.</summary>
public sealed class KeyStoreException : Exception
{
    /// <summary>Creates the exception with no message.</summary>
    public KeyStoreException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong, as a sentence a user can act on.</param>
    public KeyStoreException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public KeyStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
