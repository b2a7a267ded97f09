using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Nomadic.Locks;

namespace Nomadic.HaWorker;

/// <summary>Logs this instance's elections and demotions, and who leads.</summary>
internal sealed partial class LeadershipLog(ILeadership leadership, ILogger<LeadershipLog> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        leadership.Elected += OnElected;
        leadership.Demoted += OnDemoted;
        leadership.LeaderChanged += OnLeaderChanged;
        LogStarted(logger, leadership.InstanceId, leadership.LockPath);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        leadership.Elected -= OnElected;
        leadership.Demoted -= OnDemoted;
        leadership.LeaderChanged -= OnLeaderChanged;
        return Task.CompletedTask;
    }

    private void OnElected(object? sender, LeadershipEventArgs e) => LogElected(logger, e.Term.InstanceId, e.Term.FencingToken);

    private void OnDemoted(object? sender, LeadershipEventArgs e) => LogDemoted(logger, e.Term.InstanceId, e.Term.FencingToken);

    private void OnLeaderChanged(object? sender, LeaderChangedEventArgs e) => LogLeader(logger, e.LeaderId ?? "nobody");

    [LoggerMessage(Level = LogLevel.Information, Message = "instance {Instance} campaigning for {LockPath}")]
    private static partial void LogStarted(ILogger logger, string instance, string lockPath);

    [LoggerMessage(Level = LogLevel.Information, Message = "elected: {Instance} leads with fencing token {FencingToken}")]
    private static partial void LogElected(ILogger logger, string instance, ulong fencingToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "demoted: {Instance} stopped leading (term {FencingToken})")]
    private static partial void LogDemoted(ILogger logger, string instance, ulong fencingToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "leader is now {Leader}")]
    private static partial void LogLeader(ILogger logger, string leader);
}
