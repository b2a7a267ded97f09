using System.Globalization;
using Microsoft.AspNetCore.Http;
using Nomadic.Locks;
using Nomadic.Locks.Http;

namespace Nomadic.AspNetCore;

/// <summary>The query parameters of Nomad's variables API, parsed and checked the way Nomad does.</summary>
internal sealed record VariableQuery
{
    public const string Acquire = "lock-acquire";
    public const string Renew = "lock-renew";
    public const string Release = "lock-release";

    /// <summary>The <c>namespace</c> parameter, or <see langword="null"/> when absent.</summary>
    public string? Namespace { get; init; }

    /// <summary>The <c>cas</c> check index, or <see langword="null"/> when absent.</summary>
    public ulong? CheckIndex { get; init; }

    /// <summary>The lock operation (<see cref="Acquire"/>, <see cref="Renew"/>, <see cref="Release"/>), or <see langword="null"/>.</summary>
    public string? LockOperation { get; init; }

    /// <summary>The blocking query's <c>index</c>; 0 means no blocking.</summary>
    public ulong Index { get; init; }

    /// <summary>The blocking query's <c>wait</c>, when given.</summary>
    public TimeSpan? Wait { get; init; }

    /// <summary>The <c>prefix</c> of a list.</summary>
    public string Prefix { get; init; } = "";

    public static VariableQuery Parse(IQueryCollection query)
    {
        string[] operations = [.. new[] { Acquire, Renew, Release }.Where(query.ContainsKey)];
        if (operations.Length > 1)
        {
            throw new NomadRequestException(StatusCodes.Status400BadRequest, "multiple lock operations");
        }

        var checkIndex = ParseCas(query);
        if (operations.Length == 1 && checkIndex is not null)
        {
            throw new NomadRequestException(StatusCodes.Status400BadRequest, "CAS can't be used with lock operations");
        }

        var @namespace = Single(query, "namespace");
        return new VariableQuery
        {
            Namespace = string.IsNullOrEmpty(@namespace) ? null : @namespace,
            CheckIndex = checkIndex,
            LockOperation = operations.Length == 1 ? operations[0] : null,
            Index = ParseIndex(query),
            Wait = ParseWait(query),
            Prefix = (Single(query, "prefix") ?? "").TrimStart('/'),
        };
    }

    /// <summary>The namespace to use: the query's, then the body's, then <c>default</c>.</summary>
    public string ResolveNamespace(string? bodyNamespace = null, bool allowWildcard = false) =>
        VariableRules.ValidateNamespace(Namespace ?? (string.IsNullOrEmpty(bodyNamespace) ? VariableRules.DefaultNamespace : bodyNamespace), allowWildcard);

    private static string? Single(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) ? values.ToString() : null;

    private static ulong? ParseCas(IQueryCollection query)
    {
        var text = Single(query, "cas");
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? index
            : throw new NomadRequestException(StatusCodes.Status400BadRequest, $"can not parse cas: '{text}' is not an unsigned integer");
    }

    private static ulong ParseIndex(IQueryCollection query)
    {
        var text = Single(query, "index");
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        return ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? index
            : throw new NomadRequestException(StatusCodes.Status400BadRequest, "Invalid index");
    }

    private static TimeSpan? ParseWait(IQueryCollection query)
    {
        var text = Single(query, "wait");
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return GoDuration.TryParse(text, out var wait) && wait >= TimeSpan.Zero
            ? wait
            : throw new NomadRequestException(StatusCodes.Status400BadRequest, "Invalid wait time");
    }
}
