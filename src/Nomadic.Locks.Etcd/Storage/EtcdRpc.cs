using System.Diagnostics;
using dotnet_etcd.interfaces;
using Etcdserverpb;
using Grpc.Core;

namespace Nomadic.Locks.Storage;

/// <summary>
/// Calls the etcd cluster: every call gets a deadline, and calls that fail because no member answers (or the cluster
/// has no leader) are retried with a short back-off until <see cref="EtcdVariableStoreOptions.UnavailableTimeout"/>,
/// then fail with an <see cref="EtcdUnavailableException"/> naming the endpoints. Retried transactions are safe: every
/// write compares the revisions it read, so a write that landed before its answer was lost fails its compare and the
/// caller reads again.
/// </summary>
internal sealed class EtcdRpc(IConnection connection, EtcdVariableStoreOptions options)
{
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMilliseconds(500);
    private readonly string _endpoints = string.Join(",", options.Endpoints);

    public IConnection Connection { get; } = connection;

    public Task<RangeResponse> RangeAsync(RangeRequest request, CancellationToken cancellationToken) =>
        UnaryAsync("range", o => Connection.KVClient.RangeAsync(request, o), cancellationToken);

    public Task<TxnResponse> TxnAsync(TxnRequest request, CancellationToken cancellationToken) =>
        UnaryAsync("transaction", o => Connection.KVClient.TxnAsync(request, o), cancellationToken);

    public Task<LeaseGrantResponse> GrantAsync(TimeSpan ttl, CancellationToken cancellationToken) =>
        UnaryAsync("lease grant", o => Connection.LeaseClient.LeaseGrantAsync(new LeaseGrantRequest { TTL = LeaseSeconds(ttl) }, o), cancellationToken);

    public Task<LeaseTimeToLiveResponse> TimeToLiveAsync(long leaseId, CancellationToken cancellationToken) =>
        UnaryAsync("lease time-to-live", o => Connection.LeaseClient.LeaseTimeToLiveAsync(new LeaseTimeToLiveRequest { ID = leaseId }, o), cancellationToken);

    /// <summary>Revokes a lease; a lease that is already gone is not an error.</summary>
    public async Task RevokeAsync(long leaseId, CancellationToken cancellationToken)
    {
        try
        {
            await UnaryAsync("lease revoke", o => Connection.LeaseClient.LeaseRevokeAsync(new LeaseRevokeRequest { ID = leaseId }, o), cancellationToken).ConfigureAwait(false);
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
        {
            // The lease expired or was revoked already: its keys are gone, which is what a revoke wants.
        }
    }

    /// <summary>Sends one keep-alive for a lease; returns its new TTL, zero when the lease no longer exists.</summary>
    public async Task<long> KeepAliveOnceAsync(long leaseId, CancellationToken cancellationToken)
    {
        var response = await CallAsync("lease keep-alive", async o =>
        {
            using var call = Connection.LeaseClient.LeaseKeepAlive(o);
            await call.RequestStream.WriteAsync(new LeaseKeepAliveRequest { ID = leaseId }, o.CancellationToken).ConfigureAwait(false);
            await call.RequestStream.CompleteAsync().ConfigureAwait(false);
            return await call.ResponseStream.MoveNext(o.CancellationToken).ConfigureAwait(false)
                ? call.ResponseStream.Current
                : throw new RpcException(new Status(StatusCode.Unavailable, "the keep-alive stream ended without an answer"));
        }, cancellationToken).ConfigureAwait(false);
        return response.TTL;
    }

    /// <summary>Opens a watch stream (no deadline: it lives as long as the caller waits).</summary>
    public AsyncDuplexStreamingCall<WatchRequest, WatchResponse> OpenWatch(CancellationToken cancellationToken) =>
        Connection.WatchClient.Watch(new CallOptions(cancellationToken: cancellationToken));

    /// <summary>Whether an error means "try again": no member answered, the request timed out, or the cluster has no leader.</summary>
    public static bool IsTransient(RpcException exception) =>
        exception.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Aborted
        || (exception.StatusCode is StatusCode.Unknown or StatusCode.Internal && exception.Status.Detail.Contains("leader", StringComparison.OrdinalIgnoreCase));

    /// <summary>Throws <see cref="EtcdUnavailableException"/> when the cluster has been unreachable for too long; otherwise waits before the next try.</summary>
    public async Task BackOffAsync(string what, long startedAt, TimeSpan backoff, RpcException error, CancellationToken cancellationToken)
    {
        var elapsed = Stopwatch.GetElapsedTime(startedAt);
        if (elapsed >= options.UnavailableTimeout)
        {
            throw new EtcdUnavailableException(
                $"etcd is unreachable at {_endpoints}: the {what} failed for {elapsed.TotalSeconds:0.0} s ({error.StatusCode}: {error.Status.Detail}). Check that the members are running and that these are their client URLs.",
                error);
        }

        // A back-off is a latency on the real clock, not part of the store's semantics.
        await Task.Delay(backoff, TimeProvider.System, cancellationToken).ConfigureAwait(false);
    }

    public static long LeaseSeconds(TimeSpan ttl) => Math.Max(1, (long)Math.Ceiling(ttl.TotalSeconds));

    private async Task<T> CallAsync<T>(string what, Func<CallOptions, Task<T>> call, CancellationToken cancellationToken)
    {
        var startedAt = Stopwatch.GetTimestamp();
        var backoff = FirstBackoff;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var deadline = TimeProvider.System.GetUtcNow().UtcDateTime + options.RequestTimeout;
            try
            {
                return await call(new CallOptions(deadline: deadline, cancellationToken: cancellationToken)).ConfigureAwait(false);
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.Cancelled && cancellationToken.IsCancellationRequested)
            {
                throw new OperationCanceledException(cancellationToken);
            }
            catch (RpcException e) when (IsTransient(e))
            {
                await BackOffAsync(what, startedAt, backoff, e, cancellationToken).ConfigureAwait(false);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
            }
            catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                // A streaming call to a member that died can end in a plain cancellation when its deadline passes:
                // that is a timeout to retry on another member, not the caller giving up.
                var timeout = new RpcException(new Status(StatusCode.DeadlineExceeded, $"the {what} timed out", e));
                await BackOffAsync(what, startedAt, backoff, timeout, cancellationToken).ConfigureAwait(false);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
            }
        }
    }

    private Task<T> UnaryAsync<T>(string what, Func<CallOptions, AsyncUnaryCall<T>> call, CancellationToken cancellationToken) =>
        CallAsync(what, o => call(o).ResponseAsync, cancellationToken);
}
