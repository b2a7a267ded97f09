using System.Net;

namespace Nomadic.Integrations.Vault;

/// <summary>
/// A Vault call failed. The message names the address, method and path (and the role or policy when there is one) and
/// carries Vault's <c>errors</c>; it never contains a token.
/// </summary>
public sealed class VaultException : Exception
{
    /// <summary>Creates the exception.</summary>
    public VaultException()
        : this("Vault request failed.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public VaultException(string message)
        : base(message)
    {
        Errors = [];
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public VaultException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>Creates the exception for a Vault answer or a failed connection.</summary>
    /// <param name="message">The message.</param>
    /// <param name="path">The API path, without <c>/v1/</c>.</param>
    /// <param name="statusCode">The HTTP status; <see langword="null"/> when Vault was not reached.</param>
    /// <param name="errors">Vault's <c>errors</c> array.</param>
    /// <param name="innerException">The cause.</param>
    public VaultException(string message, string path, HttpStatusCode? statusCode, IReadOnlyList<string> errors, Exception? innerException = null)
        : base(message, innerException)
    {
        Path = path;
        StatusCode = statusCode;
        Errors = errors;
    }

    /// <summary>The API path, without <c>/v1/</c>; <see langword="null"/> when not tied to one request.</summary>
    public string? Path { get; }

    /// <summary>The HTTP status Vault answered; <see langword="null"/> when it was not reached.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>Vault's <c>errors</c> array; empty when there was none.</summary>
    public IReadOnlyList<string> Errors { get; }

    /// <summary>Whether this is one of the errors Nomad treats as fatal for a task token (<c>token not found</c>, <c>permission denied</c>, <c>lease is not renewable</c>): the token must be replaced by a new login.</summary>
    public bool IsFatalTokenError =>
        FatalTokenErrors.Any(f => Message.Contains(f, StringComparison.OrdinalIgnoreCase) || Errors.Any(e => e.Contains(f, StringComparison.OrdinalIgnoreCase)));

    private static readonly string[] FatalTokenErrors = ["token not found", "permission denied", "lease is not renewable"];
}
