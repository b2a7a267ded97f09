namespace Nomadic.AspNetCore;

/// <summary>A request Nomad would reject with <see cref="StatusCode"/> and a plain-text message.</summary>
internal sealed class NomadRequestException(int statusCode, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;
}
