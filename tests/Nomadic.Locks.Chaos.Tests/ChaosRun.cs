using System.Globalization;
using Nomadic.Locks.Chaos.Tests.Fence;
using Nomadic.Locks.Chaos.Tests.Processes;
using Nomadic.Locks.Chaos.Tests.Worker;
using Xunit.Abstractions;

namespace Nomadic.Locks.Chaos.Tests;

/// <summary>
/// Worker processes competing for one lock over a fenced resource while holders are SIGKILLed and SIGSTOPped past their TTL
/// (and, with <c>killStoreMember</c>, a store member is killed). Disposing it kills every process it started.
/// </summary>
public sealed class ChaosRun(ChaosPlan plan, FenceServer fence, string backend, string target, Func<Task>? killStoreMember, ITestOutputHelper log) : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(5);
    private readonly List<ChildProcess> _processes = [];
    private readonly Dictionary<string, ChildProcess> _workers = new(StringComparer.Ordinal);
    private readonly List<TimeSpan> _takeovers = [];
    private readonly TimeProvider _time = TimeProvider.System;
    private int _nextWorker;
    private int _kills;
    private int _stops;
    private int _storeFaults;

    public async Task<ChaosFigures> RunAsync()
    {
        using var limit = new CancellationTokenSource(plan.TimeLimit);
        for (var i = 0; i < plan.Workers; i++)
        {
            StartWorker();
        }

        foreach (var (after, action) in plan.Schedule)
        {
            await WaitForAcquisitionsAsync(after, limit.Token);
            await (action switch
            {
                ChaosAction.KillHolder => KillHolderAsync(limit.Token),
                ChaosAction.StopHolder => StopHolderAsync(limit.Token),
                _ => KillStoreMemberAsync(),
            });
        }

        await WaitForAcquisitionsAsync(plan.Acquisitions, limit.Token);
        foreach (var process in _processes)
        {
            process.Kill();
        }

        return Figures();
    }

    public void Dispose()
    {
        foreach (var process in _processes)
        {
            process.Dispose();
        }
    }

    private ChaosFigures Figures()
    {
        var accepted = fence.Resource.Accepted();
        var lines = _processes.SelectMany(static p => p.Lines).ToArray();
        var acked = lines.Where(static l => l.StartsWith("ACK ", StringComparison.Ordinal)).Select(static l => l.Split(' ')).Where(static p => p.Length == 3).Select(static p => (ulong.Parse(p[1], CultureInfo.InvariantCulture), long.Parse(p[2], CultureInfo.InvariantCulture)));
        var stored = accepted.Where(static e => e.Operation == FenceOperation.Write).Select(static e => (e.Token, e.Value)).ToHashSet();
        var notLost = lines.Count(static l => l.StartsWith("NOTLOST ", StringComparison.Ordinal));
        foreach (var process in _processes.Where(static p => p.Errors.Length > 0))
        {
            log.WriteLine($"{process.Name} stderr: {process.Errors}");
        }

        return new ChaosFigures(
            backend,
            Acquisitions: accepted.Count(static e => e.Operation == FenceOperation.Begin),
            _kills,
            _stops,
            _storeFaults,
            Overlaps: FenceAudit.CountOverlaps(accepted) + notLost,
            LostWrites: FenceAudit.CountLostWrites(accepted, fence.Resource.Value) + acked.Count(a => !stored.Contains(a)),
            FencedRequests: fence.Resource.Rejected,
            LostTokensSeen: lines.Count(static l => l.StartsWith("LOST ", StringComparison.Ordinal)),
            _takeovers);
    }

    private void StartWorker()
    {
        var id = $"w{++_nextWorker}";
        var settings = new ChaosWorkerSettings(id, "chaos/lock", plan.Ttl, plan.LockDelay, fence.Address, backend, target);
        var process = ChildProcess.Start(id, "Nomadic.Locks.Chaos.Tests.dll", settings.ToArguments());
        _processes.Add(process);
        _workers[id] = process;
    }

    private async Task WaitForAcquisitionsAsync(int count, CancellationToken cancellationToken)
    {
        while (fence.Resource.Accepted().Count(static e => e.Operation == FenceOperation.Begin) < count)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken);
        }
    }

    /// <summary>Waits until a worker is inside its critical section: the newest accepted event is not an <c>End</c>.</summary>
    private async Task<FenceEvent> WaitForHolderAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (fence.Resource.Accepted() is [.., var last] && last.Operation != FenceOperation.End && _workers.ContainsKey(last.Worker))
            {
                return last;
            }

            await Task.Delay(Poll, cancellationToken);
        }
    }

    private bool StillInSection(FenceEvent holder) =>
        !fence.Resource.Accepted().Any(e => e.Token == holder.Token && e.Operation == FenceOperation.End);

    private async Task<FenceEvent> WaitForTakeoverAsync(ulong after, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (fence.Resource.Accepted().FirstOrDefault(e => e.Operation == FenceOperation.Begin && e.Token > after) is { } next)
            {
                return next;
            }

            await Task.Delay(Poll, cancellationToken);
        }
    }

    private async Task KillHolderAsync(CancellationToken cancellationToken)
    {
        // A holder that finishes its section between the look and the kill is no crash inside the section: try the next one.
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var holder = await WaitForHolderAsync(cancellationToken);
            var process = _workers[holder.Worker];
            process.Kill();
            var killed = _time.GetTimestamp();
            _workers.Remove(holder.Worker);
            StartWorker();
            if (StillInSection(holder))
            {
                _kills++;
                var next = await WaitForTakeoverAsync(holder.Token, cancellationToken);
                _takeovers.Add(_time.GetElapsedTime(killed, next.Timestamp));
                log.WriteLine($"killed {holder.Worker} holding {holder.Token}; {next.Worker} took over with {next.Token} after {_takeovers[^1]}");
                return;
            }
        }
    }

    private async Task StopHolderAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var holder = await WaitForHolderAsync(cancellationToken);
            var process = _workers[holder.Worker];
            PosixSignals.Stop(process.Id);
            try
            {
                if (!StillInSection(holder))
                {
                    continue;
                }

                _stops++;

                // Past its TTL: another worker takes the lock (after the lock delay) while this one cannot notice.
                var next = await WaitForTakeoverAsync(holder.Token, cancellationToken);
                await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
                log.WriteLine($"stopped {holder.Worker} holding {holder.Token}; {next.Worker} took over with {next.Token}");
                return;
            }
            finally
            {
                PosixSignals.Continue(process.Id);
            }
        }
    }

    private async Task KillStoreMemberAsync()
    {
        if (killStoreMember is not null)
        {
            await killStoreMember();
            _storeFaults++;
            log.WriteLine("killed a store member");
        }
    }
}
