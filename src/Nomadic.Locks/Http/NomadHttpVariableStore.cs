using System.Globalization;
using System.Net;
using Microsoft.Extensions.Options;

namespace Nomadic.Locks.Http;

/// <summary>
/// An <see cref="IVariableStore"/> over Nomad's <c>/v1/var</c> and <c>/v1/vars</c> HTTP API: a real Nomad 1.7 cluster,
/// a Nomadic agent, or any app serving <c>MapNomadicVariables()</c>.
/// </summary>
/// <remarks>
/// <para>Arguments are checked locally with <see cref="VariableRules"/> first; a 400 from the server also becomes
/// <see cref="InvalidVariableException"/>. A 409 becomes a conflict result carrying the current variable, a 404 a
/// missing variable; any other failure throws <see cref="NomadApiException"/> naming the address and status.</para>
/// <para>Lock expiry runs on the server's clock. The fencing token of an acquisition is the acquire response's
/// <c>ModifyIndex</c>. Nomad overwrites a variable's items on <c>lock-acquire</c>, so when
/// <see cref="VariableLockRequest.Items"/> is <see langword="null"/> this store reads the items first and sends them
/// back; a write landing between that read and the acquisition is overwritten. A Nomadic server keeps the items itself
/// and says so in a header on every answer (<c>X-Nomadic-Lock-Acquire-Keeps-Items: true</c>); while the latest answer
/// carried it, the store skips that read.</para>
/// <para>Register it as a typed client, <c>services.AddHttpClient&lt;IVariableStore, NomadHttpVariableStore&gt;()</c>,
/// or construct it with any <see cref="HttpClient"/>; the store does not dispose the client.</para>
/// </remarks>
public sealed class NomadHttpVariableStore : IVariableStore
{
    private readonly NomadApiTransport _transport;
    private readonly TimeSpan _watchWait;

    // Learned from every answer, so a server that stops sending the headers (real Nomad behind the same address) gets
    // Nomad's treatment again from its next request on.
    private volatile NomadicServerFeatures _serverFeatures;

    /// <summary>Creates the store.</summary>
    /// <param name="httpClient">The client to send requests with (from <c>IHttpClientFactory</c>, typically).</param>
    /// <param name="options">The address and token; <c>NOMAD_ADDR</c> and <c>NOMAD_TOKEN</c> when not configured.</param>
    public NomadHttpVariableStore(HttpClient httpClient, IOptions<NomadHttpVariableStoreOptions>? options = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        var value = options?.Value ?? new NomadHttpVariableStoreOptions();
        if (value.WatchWait <= TimeSpan.Zero)
        {
            throw new ArgumentException("WatchWait must be positive.", nameof(options));
        }

        _transport = new NomadApiTransport(httpClient, value);
        _watchWait = value.WatchWait;
    }

    /// <summary>The address requests go to, after options and <c>NOMAD_ADDR</c> are applied.</summary>
    public Uri Address => _transport.Address;

    /// <inheritdoc />
    public async ValueTask<Variable?> GetAsync(string @namespace, string path, CancellationToken cancellationToken = default)
    {
        var (ns, normalized) = Key(@namespace, path);
        var response = await SendAsync(HttpMethod.Get, VariablePath(normalized), Query(ns), null, cancellationToken).ConfigureAwait(false);
        return response.StatusCode switch
        {
            HttpStatusCode.OK => ReadVariable(HttpMethod.Get, normalized, response),
            HttpStatusCode.NotFound => null,
            _ => throw Failure(HttpMethod.Get, normalized, response),
        };
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<VariableMetadata>> ListAsync(string @namespace, string prefix, CancellationToken cancellationToken = default)
    {
        var (_, list) = await ListRawAsync(@namespace, prefix, index: 0, cancellationToken).ConfigureAwait(false);
        return list;
    }

    /// <inheritdoc />
    public async ValueTask<VariableWriteResult> PutAsync(
        string @namespace,
        string path,
        IReadOnlyDictionary<string, string> items,
        ulong? checkIndex = null,
        string? lockId = null,
        CancellationToken cancellationToken = default)
    {
        var (ns, normalized) = Key(@namespace, path);
        VariableRules.ValidateItems(items);
        var body = new NomadVariableBody { Namespace = ns, Path = normalized, Items = items, HasLock = lockId is not null, LockId = lockId };
        var query = Query(ns, checkIndex is { } cas ? ("cas", cas.ToString(CultureInfo.InvariantCulture)) : null);
        var response = await SendAsync(HttpMethod.Put, VariablePath(normalized), query, body, cancellationToken).ConfigureAwait(false);
        return WriteResult(HttpMethod.Put, normalized, response, notFoundIsConflict: false);
    }

    /// <inheritdoc />
    public async ValueTask<VariableWriteResult> DeleteAsync(
        string @namespace,
        string path,
        ulong? checkIndex = null,
        string? lockId = null,
        CancellationToken cancellationToken = default)
    {
        var (ns, normalized) = Key(@namespace, path);
        var body = lockId is null ? null : new NomadVariableBody { Namespace = ns, Path = normalized, HasLock = true, LockId = lockId };
        var query = Query(ns, checkIndex is { } cas ? ("cas", cas.ToString(CultureInfo.InvariantCulture)) : null);
        var response = await SendAsync(HttpMethod.Delete, VariablePath(normalized), query, body, cancellationToken).ConfigureAwait(false);
        return response.StatusCode switch
        {
            HttpStatusCode.OK or HttpStatusCode.NoContent => VariableWriteResult.Success(null),
            HttpStatusCode.Conflict => VariableWriteResult.Conflict(ReadVariable(HttpMethod.Delete, normalized, response)),
            _ => throw Failure(HttpMethod.Delete, normalized, response),
        };
    }

    /// <inheritdoc />
    /// <remarks>
    /// Sends blocking queries to <c>GET /v1/vars</c> and returns when a listed variable's <c>ModifyIndex</c> passes
    /// <paramref name="afterIndex"/>, or when a variable under the prefix disappears while the watch runs. Against
    /// real Nomad a deletion that happened before the call is not seen (Nomad keeps no record of deleted variables).
    /// </remarks>
    public async ValueTask<ulong> WatchAsync(string @namespace, string prefix, ulong afterIndex, CancellationToken cancellationToken = default)
    {
        while (afterIndex > 0 && _serverFeatures.HasFlag(NomadicServerFeatures.ExactPrefixWatch))
        {
            var (changed, _) = await ListRawAsync(@namespace, prefix, afterIndex, cancellationToken).ConfigureAwait(false);
            if (changed > afterIndex && _serverFeatures.HasFlag(NomadicServerFeatures.ExactPrefixWatch))
            {
                return changed;
            }
        }

        return await WatchByListingAsync(@namespace, prefix, afterIndex, cancellationToken).ConfigureAwait(false);
    }

    // Real Nomad's blocking list returns at any change to the variables table, with the table's index: compare listings
    // to find a change under the prefix. A deletion is seen only once a listing that held the path came back.
    private async Task<ulong> WatchByListingAsync(string @namespace, string prefix, ulong afterIndex, CancellationToken cancellationToken)
    {
        var (index, list) = await ListRawAsync(@namespace, prefix, index: 0, cancellationToken).ConfigureAwait(false);
        var cursor = index;
        HashSet<(string, string)>? seen = null;
        while (true)
        {
            var newest = list.Count == 0 ? 0 : list.Max(static v => v.ModifyIndex);
            if (newest > afterIndex)
            {
                return newest;
            }

            var paths = list.Select(static v => (v.Namespace, v.Path)).ToHashSet();
            if (seen is not null && index > afterIndex && !seen.SetEquals(paths))
            {
                return index;
            }

            seen = paths;
            cursor = Math.Max(Math.Max(cursor, index), Math.Max(afterIndex, 1));
            (index, list) = await ListRawAsync(@namespace, prefix, cursor, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async ValueTask<LockAcquireResult> AcquireLockAsync(string @namespace, string path, VariableLockRequest request, CancellationToken cancellationToken = default)
    {
        var (ns, normalized) = Key(@namespace, path);
        VariableRules.ValidateLockRequest(request);
        var items = request.Items;
        if (items is null && !_serverFeatures.HasFlag(NomadicServerFeatures.LockAcquireKeepsItems))
        {
            var current = await GetAsync(ns, normalized, cancellationToken).ConfigureAwait(false);
            items = current is { Items.Count: > 0 } ? current.Items : null;
        }

        var body = new NomadVariableBody
        {
            Namespace = ns,
            Path = normalized,
            Items = items,
            HasLock = true,
            LockTtl = request.Ttl,
            LockDelay = request.LockDelay,
        };
        var response = await SendAsync(HttpMethod.Put, VariablePath(normalized), Query(ns, ("lock-acquire", null)), body, cancellationToken).ConfigureAwait(false);
        switch (response.StatusCode)
        {
            case HttpStatusCode.OK:
                var locked = ReadVariable(HttpMethod.Put, normalized, response);
                if (locked?.Lock is null)
                {
                    throw new NomadApiException($"Nomad at {Address} acknowledged lock-acquire on '{normalized}' without returning the lock.");
                }

                return LockAcquireResult.Success(locked, locked.ModifyIndex);
            case HttpStatusCode.Conflict:
                return LockAcquireResult.Conflict(ReadVariable(HttpMethod.Put, normalized, response), response.RetryAfter);
            default:
                throw Failure(HttpMethod.Put, normalized, response);
        }
    }

    /// <inheritdoc />
    public ValueTask<VariableWriteResult> RenewLockAsync(string @namespace, string path, string lockId, CancellationToken cancellationToken = default) =>
        LockOperationAsync(@namespace, path, lockId, "lock-renew", cancellationToken);

    /// <inheritdoc />
    public ValueTask<VariableWriteResult> ReleaseLockAsync(string @namespace, string path, string lockId, CancellationToken cancellationToken = default) =>
        LockOperationAsync(@namespace, path, lockId, "lock-release", cancellationToken);

    private static (string Namespace, string Path) Key(string @namespace, string path) =>
        (VariableRules.ValidateNamespace(@namespace), VariableRules.NormalizePath(path));

    private static string VariablePath(string path) => "v1/var/" + path;

    private static List<KeyValuePair<string, string?>> Query(string @namespace, (string Key, string? Value)? extra = null)
    {
        var query = new List<KeyValuePair<string, string?>> { new("namespace", @namespace) };
        if (extra is { } pair)
        {
            query.Add(new(pair.Key, pair.Value));
        }

        return query;
    }

    private async ValueTask<VariableWriteResult> LockOperationAsync(string @namespace, string path, string lockId, string operation, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(lockId);
        var (ns, normalized) = Key(@namespace, path);
        var body = new NomadVariableBody { Namespace = ns, Path = normalized, HasLock = true, LockId = lockId };
        var response = await SendAsync(HttpMethod.Put, VariablePath(normalized), Query(ns, (operation, null)), body, cancellationToken).ConfigureAwait(false);
        return WriteResult(HttpMethod.Put, normalized, response, notFoundIsConflict: true);
    }

    private async ValueTask<(ulong Index, List<VariableMetadata> List)> ListRawAsync(string @namespace, string prefix, ulong index, CancellationToken cancellationToken)
    {
        var ns = VariableRules.ValidateNamespace(@namespace, allowWildcard: true);
        var query = Query(ns, ("prefix", (prefix ?? "").TrimStart('/')));
        if (index > 0)
        {
            query.Add(new("index", index.ToString(CultureInfo.InvariantCulture)));
            query.Add(new("wait", GoDuration.Format(_watchWait)));
        }

        var response = await SendAsync(HttpMethod.Get, "v1/vars", query, null, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw _transport.Failure(HttpMethod.Get, "v1/vars", response);
        }

        try
        {
            using var json = response.Json();
            var list = NomadVariableJson.ReadMetadataList(json.RootElement);
            list.Sort(static (a, b) =>
            {
                var byNamespace = string.CompareOrdinal(a.Namespace, b.Namespace);
                return byNamespace != 0 ? byNamespace : string.CompareOrdinal(a.Path, b.Path);
            });
            return (response.Index, list);
        }
        catch (Exception exception) when (exception is System.Text.Json.JsonException or InvalidVariableException)
        {
            throw new NomadApiException($"Nomad at {Address} answered GET /v1/vars with a body that is not a variable list: {exception.Message}", exception);
        }
    }

    private async Task<NomadApiResponse> SendAsync(HttpMethod method, string relativePath, List<KeyValuePair<string, string?>> query, NomadVariableBody? body, CancellationToken cancellationToken)
    {
        var response = await _transport.SendAsync(method, relativePath, query, body, cancellationToken).ConfigureAwait(false);
        _serverFeatures = response.Features;
        return response;
    }

    private VariableWriteResult WriteResult(HttpMethod method, string path, NomadApiResponse response, bool notFoundIsConflict) => response.StatusCode switch
    {
        HttpStatusCode.OK => VariableWriteResult.Success(ReadVariable(method, path, response)),
        HttpStatusCode.Conflict => VariableWriteResult.Conflict(ReadVariable(method, path, response)),
        HttpStatusCode.NotFound when notFoundIsConflict => VariableWriteResult.Conflict(null),
        _ => throw Failure(method, path, response),
    };

    private Variable? ReadVariable(HttpMethod method, string path, NomadApiResponse response)
    {
        try
        {
            using var json = response.Json();
            return json.RootElement.ValueKind == System.Text.Json.JsonValueKind.Null ? null : NomadVariableJson.ReadVariable(json.RootElement);
        }
        catch (Exception exception) when (exception is System.Text.Json.JsonException or InvalidVariableException)
        {
            throw new NomadApiException(
                $"Nomad at {Address} answered {method} /{VariablePath(path)} ({(int)response.StatusCode}) with a body that is not a variable: {exception.Message}",
                exception);
        }
    }

    private Exception Failure(HttpMethod method, string path, NomadApiResponse response) =>
        response.StatusCode == HttpStatusCode.BadRequest && !string.IsNullOrWhiteSpace(response.Body)
            ? new InvalidVariableException(response.Body.Trim())
            : _transport.Failure(method, VariablePath(path), response);
}
