using System.Net;

namespace Nomadic.Locks.Http;

/// <summary>
/// Nomad's HTTP API answered with a status the store cannot turn into a result (for example 403, 500 or 503), or
/// with a body it cannot read. The message names the address and the status, never the token.
/// </summary>
public sealed class NomadApiException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public NomadApiException()
        : base("Nomad's HTTP API answered with an error.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public NomadApiException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public NomadApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for an answer of <paramref name="statusCode"/> from <paramref name="address"/>.</summary>
    /// <param name="message">The message, naming the address and status.</param>
    /// <param name="address">The request's address, without query string.</param>
    /// <param name="statusCode">The status Nomad answered with.</param>
    public NomadApiException(string message, Uri address, HttpStatusCode statusCode)
        : base(message)
    {
        Address = address;
        StatusCode = statusCode;
    }

    /// <summary>The request's address (scheme, host, port and path), when known.</summary>
    public Uri? Address { get; }

    /// <summary>The HTTP status Nomad answered with, when known.</summary>
    public HttpStatusCode? StatusCode { get; }
}
