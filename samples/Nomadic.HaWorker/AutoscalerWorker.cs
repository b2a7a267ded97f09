using Microsoft.Extensions.Logging;
using Nomadic.Locks;

namespace Nomadic.HaWorker;

/// <summary>The leader's work: one "scaling decision" per interval, tagged with the term's fencing token.</summary>
internal sealed partial class AutoscalerWorker(HaWorkerOptions options, TimeProvider time, ILogger<AutoscalerWorker> logger) : ILeaderWorker
{
    public async Task ExecuteAsync(LeadershipTerm term, CancellationToken cancellationToken)
    {
        for (var round = 1; !cancellationToken.IsCancellationRequested; round++)
        {
            // A real autoscaler would pass term.FencingToken to what it changes, so a deposed leader's late write is refused.
            LogWorking(logger, term.InstanceId, term.FencingToken, round);
            try
            {
                await Task.Delay(options.Interval, time, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "working: {Instance} term {FencingToken} round {Round}")]
    private static partial void LogWorking(ILogger logger, string instance, ulong fencingToken, int round);
}
