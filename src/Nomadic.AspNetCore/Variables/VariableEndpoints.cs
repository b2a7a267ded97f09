using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Nomadic.Locks;
using Nomadic.Locks.Http;

namespace Nomadic.AspNetCore;

/// <summary>
/// The request delegates of <c>/v1/var/:path</c> and <c>/v1/vars</c>. Bad input becomes Nomad's 400 with a message;
/// nothing the client sends produces a 500.
/// </summary>
internal sealed class VariableEndpoints(NomadicVariablesOptions options)
{
    public Task HandleVariableAsync(HttpContext context) => GuardAsync(context, async () =>
    {
        var path = context.GetRouteValue("path") as string;
        if (string.IsNullOrEmpty(path))
        {
            throw new NomadRequestException(StatusCodes.Status400BadRequest, "missing variable path");
        }

        var normalized = VariableRules.NormalizePath(path);
        var query = VariableQuery.Parse(context.Request.Query);
        var store = context.RequestServices.GetRequiredService<IVariableStore>();
        switch (context.Request.Method)
        {
            case "GET":
                await ReadAsync(context, store, normalized, query).ConfigureAwait(false);
                break;
            case "PUT" or "POST":
                await VariableWriteHandler.HandleAsync(context, store, normalized, query).ConfigureAwait(false);
                break;
            case "DELETE":
                await DeleteAsync(context, store, normalized, query).ConfigureAwait(false);
                break;
            default:
                throw new NomadRequestException(StatusCodes.Status405MethodNotAllowed, "Invalid method");
        }
    });

    public Task HandleListAsync(HttpContext context) => GuardAsync(context, async () =>
    {
        var query = VariableQuery.Parse(context.Request.Query);
        var ns = query.ResolveNamespace(allowWildcard: true);
        var store = context.RequestServices.GetRequiredService<IVariableStore>();
        var changed = await BlockingQuery.WaitAsync(context, store, options, ns, query.Prefix, query).ConfigureAwait(false);
        var list = await store.ListAsync(ns, query.Prefix, context.RequestAborted).ConfigureAwait(false);
        var newest = list.Count == 0 ? 0 : list.Max(static v => v.ModifyIndex);
        var index = Math.Max(newest, changed ?? query.Index);
        VariableResponses.SetMeta(context.Response, index);
        await VariableResponses.ListAsync(context.Response, list).ConfigureAwait(false);
    });

    private async Task ReadAsync(HttpContext context, IVariableStore store, string path, VariableQuery query)
    {
        var ns = query.ResolveNamespace();
        var changed = await BlockingQuery.WaitAsync(context, store, options, ns, path, query).ConfigureAwait(false);
        var variable = await store.GetAsync(ns, path, context.RequestAborted).ConfigureAwait(false);
        VariableResponses.SetMeta(context.Response, Math.Max(variable?.ModifyIndex ?? 0, changed ?? query.Index));
        if (variable is null)
        {
            await VariableResponses.TextAsync(context.Response, StatusCodes.Status404NotFound, "variable not found").ConfigureAwait(false);
            return;
        }

        await VariableResponses.VariableAsync(context.Response, StatusCodes.Status200OK, variable).ConfigureAwait(false);
    }

    private static async Task DeleteAsync(HttpContext context, IVariableStore store, string path, VariableQuery query)
    {
        if (query.LockOperation is not null)
        {
            throw new NomadRequestException(StatusCodes.Status400BadRequest, "lock operations are PUT requests");
        }

        var body = await VariableRequestBody.ReadAsync(context.Request, required: false).ConfigureAwait(false);
        var ns = query.ResolveNamespace(body?.Namespace);
        var cancellationToken = context.RequestAborted;
        var before = await store.GetAsync(ns, path, cancellationToken).ConfigureAwait(false);
        var result = await store.DeleteAsync(ns, path, query.CheckIndex, body?.LockId, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            await VariableResponses.ConflictAsync(context.Response, result.Variable, ns, path).ConfigureAwait(false);
            return;
        }

        ulong? index = before is null ? null : await store.WatchAsync(ns, path, before.ModifyIndex, cancellationToken).ConfigureAwait(false);
        VariableResponses.SetMeta(context.Response, index);
        context.Response.StatusCode = StatusCodes.Status204NoContent;
    }

    private async Task GuardAsync(HttpContext context, Func<Task> handle)
    {
        try
        {
            context.Response.Headers[NomadicServerHeaders.LockAcquireKeepsItems] = NomadicServerHeaders.True;
            context.Response.Headers[NomadicServerHeaders.ExactPrefixWatch] = NomadicServerHeaders.True;
            if (!IsAuthorized(context.Request))
            {
                await VariableResponses.TextAsync(context.Response, StatusCodes.Status403Forbidden, "Permission denied").ConfigureAwait(false);
                return;
            }

            await handle().ConfigureAwait(false);
        }
        catch (NomadRequestException exception) when (!context.Response.HasStarted)
        {
            await VariableResponses.TextAsync(context.Response, exception.StatusCode, exception.Message).ConfigureAwait(false);
        }
        catch (InvalidVariableException exception) when (!context.Response.HasStarted)
        {
            await VariableResponses.TextAsync(context.Response, StatusCodes.Status400BadRequest, exception.Message).ConfigureAwait(false);
        }
        catch (BadHttpRequestException exception) when (!context.Response.HasStarted)
        {
            await VariableResponses.TextAsync(context.Response, exception.StatusCode, exception.Message).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            context.Abort();
        }
    }

    private bool IsAuthorized(HttpRequest request)
    {
        if (options.Authorize is not { } authorize)
        {
            return true;
        }

        string? token = request.Headers[NomadHeaders.Token];
        if (string.IsNullOrEmpty(token))
        {
            var authorization = request.Headers.Authorization.ToString();
            if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            {
                token = authorization["Bearer ".Length..].Trim();
            }
        }

        return !string.IsNullOrEmpty(token) && authorize(token);
    }
}
