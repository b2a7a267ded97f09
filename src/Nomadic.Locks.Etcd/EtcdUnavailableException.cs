namespace Nomadic.Locks;

/// <summary>
/// The etcd cluster could not be reached (no member answered, or the cluster has no leader) for longer than
/// <see cref="EtcdVariableStoreOptions.UnavailableTimeout"/>. The message names the endpoints and the last error.
/// </summary>
public sealed class EtcdUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public EtcdUnavailableException()
        : base("The etcd cluster is unreachable.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What failed, naming the endpoints.</param>
    public EtcdUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the last error.</summary>
    /// <param name="message">What failed, naming the endpoints.</param>
    /// <param name="innerException">The last error from the cluster.</param>
    public EtcdUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
