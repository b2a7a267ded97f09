using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Nomadic.Locks;

namespace Nomadic.AspNetCore;

/// <summary>
/// Nomad's blocking queries: with <c>index</c> above zero, wait until a matching variable changes past it, or until
/// <c>wait</c> (default 5 minutes, at most 10) passes on the app's <see cref="TimeProvider"/>, or the app stops.
/// </summary>
internal static class BlockingQuery
{
    /// <summary>Waits when the query asks to.</summary>
    /// <returns>The change index that ended the wait; <see langword="null"/> when the query does not block or the wait timed out.</returns>
    public static async Task<ulong?> WaitAsync(
        HttpContext context,
        IVariableStore store,
        NomadicVariablesOptions options,
        string @namespace,
        string prefix,
        VariableQuery query)
    {
        if (query.Index == 0)
        {
            return null;
        }

        var services = context.RequestServices;
        var timeProvider = services.GetService<TimeProvider>() ?? TimeProvider.System;
        var stopping = services.GetService<IHostApplicationLifetime>()?.ApplicationStopping ?? CancellationToken.None;
        var wait = query.Wait is { } asked && asked > TimeSpan.Zero ? asked : options.DefaultWait;
        if (wait > options.MaxWait)
        {
            wait = options.MaxWait;
        }

        using var timeout = new CancellationTokenSource(wait, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, stopping, context.RequestAborted);
        try
        {
            return await store.WatchAsync(@namespace, prefix, query.Index, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
        {
            return null;
        }
    }
}
