using System.Net;

namespace Nomadic.Integrations.Consul;

/// <summary>
/// A Consul call failed. The message is one sentence naming the address, method and path (and the auth method, role, policy
/// or service when there is one) with Consul's error text; it never contains a token.
/// </summary>
public sealed class ConsulException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ConsulException()
        : this("Consul request failed.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public ConsulException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ConsulException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a Consul answer or a failed connection.</summary>
    /// <param name="message">The message.</param>
    /// <param name="path">The API path, without <c>/v1/</c>.</param>
    /// <param name="statusCode">The HTTP status; <see langword="null"/> when Consul was not reached.</param>
    /// <param name="error">Consul's error text; <see langword="null"/> when there was none.</param>
    /// <param name="innerException">The cause.</param>
    public ConsulException(string message, string path, HttpStatusCode? statusCode, string? error, Exception? innerException = null)
        : base(message, innerException)
    {
        Path = path;
        StatusCode = statusCode;
        Error = error;
    }

    /// <summary>The API path, without <c>/v1/</c>; <see langword="null"/> when not tied to one request.</summary>
    public string? Path { get; }

    /// <summary>The HTTP status Consul answered; <see langword="null"/> when it was not reached.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>Consul's error text (its answers are plain text); <see langword="null"/> when there was none.</summary>
    public string? Error { get; }
}
