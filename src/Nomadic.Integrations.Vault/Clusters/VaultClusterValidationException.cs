namespace Nomadic.Integrations.Vault;

/// <summary>A task's <c>vault</c> block asks for a cluster it may not use; the message names the job, task, namespace, cluster and rule.</summary>
public sealed class VaultClusterValidationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public VaultClusterValidationException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public VaultClusterValidationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public VaultClusterValidationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
