using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Http;

namespace Nomadic.Integrations.Testing;

/// <summary>Interceptors an emulation runs before its routes, to make a server fail, stall or drop connections.</summary>
internal static class Faults
{
    /// <summary>Answers the first <paramref name="count"/> requests with <paramref name="status"/> and <paramref name="body"/>, then lets requests through.</summary>
    public static Func<HttpContext, Task<bool>> FailFirst(int count, int status, string body)
    {
        var seen = 0;
        return async context =>
        {
            if (Interlocked.Increment(ref seen) > count)
            {
                return false;
            }

            context.Response.StatusCode = status;
            await context.Response.WriteAsync(body);
            return true;
        };
    }

    /// <summary>Never answers the first <paramref name="count"/> requests (until the client gives up on them).</summary>
    public static Func<HttpContext, Task<bool>> StallFirst(int count)
    {
        var seen = 0;
        return async context =>
        {
            if (Interlocked.Increment(ref seen) > count)
            {
                return false;
            }

            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return true;
        };
    }

    /// <summary>Drops every connection, counting them in <paramref name="aborted"/>.</summary>
    public static Func<HttpContext, Task<bool>> Abort(StrongBox<int> aborted) => context =>
    {
        Interlocked.Increment(ref aborted.Value);
        context.Abort();
        return Task.FromResult(true);
    };
}
