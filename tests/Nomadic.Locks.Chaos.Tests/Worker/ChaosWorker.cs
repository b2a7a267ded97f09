using System.Globalization;

namespace Nomadic.Locks.Chaos.Tests.Worker;

/// <summary>
/// Competes for one lock forever; while holding it, registers its fencing token with the fenced resource and increments
/// the resource's register a few times (read, pause, write). It prints one line per event for the test:
/// <c>ACQUIRED t</c>, <c>ACK t value</c> (a write the fence accepted), <c>LOST t</c> (the handle's <c>LostToken</c> fired
/// in the critical section), <c>LATE t accepted|rejected</c>, <c>FENCED t</c> (the fence rejected a stale token)
/// then <c>LOST t</c> or <c>NOTLOST t</c>, <c>RELEASED t</c>.
/// </summary>
public sealed class ChaosWorker(ChaosWorkerSettings settings, IVariableStore store, FenceClient fence, TextWriter output)
{
    private const int WritesPerSection = 3;
    private static readonly TimeSpan ThinkTime = TimeSpan.FromMilliseconds(40);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var variableLock = new VariableDistributedLock(store, settings.LockPath, new VariableLockOptions { Ttl = settings.Ttl, LockDelay = settings.Delay });
        while (!cancellationToken.IsCancellationRequested)
        {
            IDistributedLockHandle handle;
            try
            {
                handle = await variableLock.AcquireAsync(timeout: null, cancellationToken);
            }
#pragma warning disable CA1031 // a store outage (an etcd member killed) is retried: the chaos test expects it
            catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
            {
                await ReportAsync($"ERROR {exception.GetType().Name}");
                await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
                continue;
            }

            await using (handle)
            {
                await ReportAsync($"ACQUIRED {handle.FencingToken}");
                await RunCriticalSectionAsync(handle);
            }

            await ReportAsync($"RELEASED {handle.FencingToken}");
        }
    }

    private async Task RunCriticalSectionAsync(IDistributedLockHandle handle)
    {
        var token = handle.FencingToken;
        var lost = handle.LostToken;
        long? pendingValue = null;
        try
        {
            if (!await fence.BeginAsync(token, lost))
            {
                await FencedAsync(token, lost);
                return;
            }

            for (var i = 0; i < WritesPerSection; i++)
            {
                pendingValue = null;
                if (await fence.ReadAsync(token, lost) is not { } value)
                {
                    await FencedAsync(token, lost);
                    return;
                }

                pendingValue = value + 1;
                await Task.Delay(ThinkTime, lost);
                if (!await fence.WriteAsync(token, value + 1, lost))
                {
                    await FencedAsync(token, lost);
                    return;
                }

                await ReportAsync($"ACK {token} {(value + 1).ToString(CultureInfo.InvariantCulture)}");
            }

            pendingValue = null;
            if (!await fence.EndAsync(token, lost))
            {
                await FencedAsync(token, lost);
            }
        }
        catch (OperationCanceledException) when (lost.IsCancellationRequested)
        {
            await ReportAsync($"LOST {token}");
            if (pendingValue is { } late)
            {
                // A holder that ignored LostToken would do this: the fence must reject it once a newer holder has begun.
                var accepted = await fence.WriteAsync(token, late, CancellationToken.None);
                await ReportAsync($"LATE {token} {(accepted ? "accepted" : "rejected")}");
            }
        }
    }

    // A newer holder has begun, so this lease cannot be valid any more: the handle must notice within one TTL.
    private async Task FencedAsync(ulong token, CancellationToken lost)
    {
        await ReportAsync($"FENCED {token}");
        try
        {
            await Task.Delay(settings.Ttl, lost);
            await ReportAsync($"NOTLOST {token}");
        }
        catch (OperationCanceledException)
        {
            await ReportAsync($"LOST {token}");
        }
    }

    private async Task ReportAsync(string line)
    {
        await output.WriteLineAsync(line);
        await output.FlushAsync();
    }
}
