using Microsoft.Extensions.Logging;

namespace Nomadic.Locks;

/// <summary>Log messages of the lock client.</summary>
internal static partial class LockLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Acquired lock {Namespace}/{Path} with fencing token {FencingToken}.")]
    public static partial void Acquired(ILogger logger, string @namespace, string path, ulong fencingToken);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Renewing lock {Namespace}/{Path} failed; retrying until the local deadline.")]
    public static partial void RenewalFailed(ILogger logger, Exception exception, string @namespace, string path);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Lock {Namespace}/{Path} (fencing token {FencingToken}) was lost: {Reason}.")]
    public static partial void Lost(ILogger logger, string @namespace, string path, ulong fencingToken, string reason);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Releasing lock {Namespace}/{Path} failed; the store frees it when its TTL passes.")]
    public static partial void ReleaseFailed(ILogger logger, Exception exception, string @namespace, string path);

    [LoggerMessage(EventId = 5, Level = LogLevel.Debug, Message = "Watching lock {Namespace}/{Path} failed; falling back to polling.")]
    public static partial void WatchFailed(ILogger logger, Exception exception, string @namespace, string path);
}
