using System.Diagnostics;
using Etcdserverpb;
using Grpc.Core;

namespace Nomadic.Locks.Storage;

/// <summary>
/// One blocking-query wait on etcd's Watch API: a watch on the key range of the namespace and path prefix, starting at
/// the revision after the caller's index, so changes made before the call are replayed from etcd's history and none
/// is missed. Returns the greatest revision among the first batch of matching events. A broken stream (a member went
/// away) is reopened from the same revision on another member.
/// </summary>
internal sealed class EtcdWatch(EtcdRpc rpc, EtcdKeys keys, string ns, string pathPrefix)
{
    public async Task<ulong> WaitAsync(ulong afterIndex, CancellationToken cancellationToken)
    {
        var startedAt = Stopwatch.GetTimestamp();
        var backoff = TimeSpan.FromMilliseconds(20);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                var found = await WatchOnceAsync(afterIndex, cancellationToken).ConfigureAwait(false);
                if (found > afterIndex)
                {
                    return found;
                }

                startedAt = Stopwatch.GetTimestamp();
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.Cancelled && cancellationToken.IsCancellationRequested)
            {
                throw new OperationCanceledException(cancellationToken);
            }
            catch (RpcException e) when (EtcdRpc.IsTransient(e) || e.StatusCode == StatusCode.Cancelled)
            {
                await rpc.BackOffAsync("watch", startedAt, backoff, e, cancellationToken).ConfigureAwait(false);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, TimeSpan.FromMilliseconds(500).Ticks));
            }
        }
    }

    /// <summary>Watches until matching events arrive; returns their greatest revision, or 0 when the stream ended without any.</summary>
    private async Task<ulong> WatchOnceAsync(ulong afterIndex, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var call = rpc.OpenWatch(stop.Token);
        var from = keys.Under(ns, pathPrefix);
        await call.RequestStream.WriteAsync(new WatchRequest
        {
            CreateRequest = new WatchCreateRequest { Key = from, RangeEnd = EtcdKeys.RangeEnd(from), StartRevision = (long)afterIndex + 1 },
        }, cancellationToken).ConfigureAwait(false);
        try
        {
            while (await call.ResponseStream.MoveNext(stop.Token).ConfigureAwait(false))
            {
                var response = call.ResponseStream.Current;
                if (response.CompactRevision > 0)
                {
                    // The history after afterIndex was compacted away: something may have changed, so report the present.
                    return (ulong)Math.Max(response.CompactRevision, response.Header.Revision);
                }

                ulong greatest = 0;
                foreach (var change in response.Events)
                {
                    if (keys.TryParse(change.Kv.Key, out _, out var path, out _) && path.StartsWith(pathPrefix, StringComparison.Ordinal))
                    {
                        greatest = Math.Max(greatest, (ulong)change.Kv.ModRevision);
                    }
                }

                if (greatest > afterIndex)
                {
                    return greatest;
                }

                if (response.Canceled)
                {
                    throw new RpcException(new Status(StatusCode.Unavailable, $"etcd cancelled the watch: {response.CancelReason}"));
                }
            }

            return 0;
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
        }
    }
}
