namespace Nomadic.Integrations.Consul;

/// <summary>A job's <c>consul</c> block or service asks for a cluster it may not use; the message names the job, workload, namespace, cluster and rule.</summary>
public sealed class ConsulClusterValidationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ConsulClusterValidationException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public ConsulClusterValidationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ConsulClusterValidationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
