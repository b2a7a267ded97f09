using Microsoft.AspNetCore.Http;
using Nomadic.Locks;
using Nomadic.Locks.Http;

namespace Nomadic.AspNetCore;

/// <summary><c>PUT</c>/<c>POST /v1/var/:path</c>: plain and check-and-set writes, and the three lock operations.</summary>
internal static class VariableWriteHandler
{
    public static async Task HandleAsync(HttpContext context, IVariableStore store, string path, VariableQuery query)
    {
        var body = (await VariableRequestBody.ReadAsync(context.Request, required: true).ConfigureAwait(false))!;
        var ns = query.ResolveNamespace(body.Namespace);
        var cancellationToken = context.RequestAborted;
        switch (query.LockOperation)
        {
            case VariableQuery.Acquire:
                await AcquireAsync(context, store, ns, path, body).ConfigureAwait(false);
                return;
            case VariableQuery.Renew:
                var renewed = await store.RenewLockAsync(ns, path, RequireLockId(body, "lock-renew"), cancellationToken).ConfigureAwait(false);
                await WriteAsync(context, renewed, ns, path, missingIsNotFound: true).ConfigureAwait(false);
                return;
            case VariableQuery.Release:
                if (body.Items is { Count: > 0 })
                {
                    throw new NomadRequestException(StatusCodes.Status400BadRequest, "lock-release does not take Items; the variable's items are kept");
                }

                var released = await store.ReleaseLockAsync(ns, path, RequireLockId(body, "lock-release"), cancellationToken).ConfigureAwait(false);
                await WriteAsync(context, released, ns, path, missingIsNotFound: false).ConfigureAwait(false);
                return;
            default:
                if (body.Items is not { Count: > 0 })
                {
                    throw new NomadRequestException(StatusCodes.Status400BadRequest, "variable missing required Items object");
                }

                if ((body.LockTtl ?? TimeSpan.Zero) != TimeSpan.Zero || (body.LockDelay ?? TimeSpan.Zero) != TimeSpan.Zero)
                {
                    throw new NomadRequestException(StatusCodes.Status400BadRequest,
                        "a lock's TTL and LockDelay can only be set with lock-acquire, not on a plain write");
                }

                var written = await store.PutAsync(ns, path, body.Items, query.CheckIndex, body.LockId, cancellationToken).ConfigureAwait(false);
                await WriteAsync(context, written, ns, path, missingIsNotFound: false).ConfigureAwait(false);
                return;
        }
    }

    private static async Task AcquireAsync(HttpContext context, IVariableStore store, string ns, string path, NomadVariableBody body)
    {
        var request = new VariableLockRequest
        {
            Ttl = body.LockTtl is { } ttl && ttl != TimeSpan.Zero ? ttl : VariableRules.DefaultLockTtl,
            LockDelay = body.LockDelay ?? VariableRules.DefaultLockDelay,
            Items = body.Items is { Count: > 0 } ? body.Items : null,
        };
        var result = await store.AcquireLockAsync(ns, path, request, context.RequestAborted).ConfigureAwait(false);
        if (result.Acquired)
        {
            VariableResponses.SetMeta(context.Response, result.FencingToken);
            await VariableResponses.VariableAsync(context.Response, StatusCodes.Status200OK, result.Variable!).ConfigureAwait(false);
            return;
        }

        if (result.RetryAfter is { } retryAfter)
        {
            context.Response.Headers.RetryAfter = ((long)Math.Ceiling(Math.Max(retryAfter.TotalSeconds, 0))).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        await VariableResponses.ConflictAsync(context.Response, result.Variable, ns, path).ConfigureAwait(false);
    }

    private static Task WriteAsync(HttpContext context, VariableWriteResult result, string ns, string path, bool missingIsNotFound)
    {
        if (result.Succeeded)
        {
            VariableResponses.SetMeta(context.Response, result.Variable?.ModifyIndex);
            return VariableResponses.VariableAsync(context.Response, StatusCodes.Status200OK, result.Variable!);
        }

        if (result.Variable is null && missingIsNotFound)
        {
            VariableResponses.SetMeta(context.Response, index: null);
            return VariableResponses.TextAsync(context.Response, StatusCodes.Status404NotFound, "variable not found");
        }

        return VariableResponses.ConflictAsync(context.Response, result.Variable, ns, path);
    }

    private static string RequireLockId(NomadVariableBody body, string operation) =>
        string.IsNullOrEmpty(body.LockId)
            ? throw new NomadRequestException(StatusCodes.Status400BadRequest, $"{operation} needs the lock's ID in Lock.ID")
            : body.LockId;
}
