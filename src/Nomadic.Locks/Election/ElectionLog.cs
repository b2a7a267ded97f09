using Microsoft.Extensions.Logging;

namespace Nomadic.Locks;

/// <summary>Log messages of leader elections.</summary>
internal static partial class ElectionLog
{
    [LoggerMessage(EventId = 101, Level = LogLevel.Information, Message = "Instance {InstanceId} leads {LockPath} (fencing token {FencingToken}).")]
    public static partial void Elected(ILogger logger, string instanceId, string lockPath, ulong fencingToken);

    [LoggerMessage(EventId = 102, Level = LogLevel.Information, Message = "Instance {InstanceId} no longer leads {LockPath} (fencing token {FencingToken}).")]
    public static partial void Demoted(ILogger logger, string instanceId, string lockPath, ulong fencingToken);

    [LoggerMessage(EventId = 103, Level = LogLevel.Error, Message = "The leader worker of {LockPath} failed; campaigning again after the back-off.")]
    public static partial void WorkerFailed(ILogger logger, Exception exception, string lockPath);

    [LoggerMessage(EventId = 104, Level = LogLevel.Warning, Message = "Campaigning for {LockPath} failed; retrying after the back-off.")]
    public static partial void CampaignFailed(ILogger logger, Exception exception, string lockPath);

    [LoggerMessage(EventId = 105, Level = LogLevel.Debug, Message = "Observing the leader of {LockPath} failed; retrying after the back-off.")]
    public static partial void ObserveFailed(ILogger logger, Exception exception, string lockPath);

    [LoggerMessage(EventId = 106, Level = LogLevel.Error, Message = "A leadership event handler of {LockPath} threw.")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string lockPath);
}
