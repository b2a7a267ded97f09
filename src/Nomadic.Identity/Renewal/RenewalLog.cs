using Microsoft.Extensions.Logging;

namespace Nomadic.Identity;

/// <summary>The renewer's log messages: identity names and key IDs, never tokens.</summary>
internal static partial class RenewalLog
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Identity {Identity} renewed with key {KeyId}; next renewal at {Due}")]
    public static partial void Renewed(ILogger logger, string identity, string keyId, DateTimeOffset? due);

    [LoggerMessage(Level = LogLevel.Error, Message = "Renewing identity {Identity} failed ({Attempt} in a row); retrying in {RetryIn}")]
    public static partial void RenewalFailed(ILogger logger, Exception error, string identity, int attempt, TimeSpan retryIn);

    [LoggerMessage(Level = LogLevel.Error, Message = "A handler of identity {Identity}'s event threw")]
    public static partial void HandlerFailed(ILogger logger, Exception error, string identity);
}
