using System.Globalization;
using Nomadic.Cli.Commands;
using Nomadic.Cli.Remote;

namespace Nomadic.Cli.Variables;

/// <summary>The work of <c>var get|put|purge|list</c> on an open store, with <c>nomad var</c>'s messages and exit codes.</summary>
internal static class VarVerbs
{
    public const string NotFoundMessage = "Variable not found";
    public const string NoMatchesMessage = "No matching variables found";

    public static async Task<int> GetAsync(VarConnection connection, string path, string? item, string format, TextWriter output, CancellationToken cancellationToken = default)
    {
        VarOutput.CheckFormat(format, "table", "json", "none");
        var variable = await connection.Store.GetAsync(connection.Namespace, path, cancellationToken).ConfigureAwait(false)
            ?? throw new CliException(NotFoundMessage);
        if (item is not null)
        {
            await output.WriteAsync(variable.Items.TryGetValue(item, out var value) ? value : throw new CliException($"Variable does not contain \"{item}\" item")).ConfigureAwait(false);
            return 0;
        }

        if (format != "none")
        {
            await output.WriteLineAsync(format == "json" ? VarOutput.Json(variable) : VarOutput.Table(variable)).ConfigureAwait(false);
        }

        return 0;
    }

    public static async Task<int> PutAsync(VarConnection connection, string path, IReadOnlyList<string> pairs, string? checkIndexText, bool force, string format, TextWriter output, CancellationToken cancellationToken = default)
    {
        VarOutput.CheckFormat(format, "none", "table", "json");
        var checkIndex = CasConflict.ParseCheckIndex(checkIndexText);
        if (force && checkIndex is not null)
        {
            throw new CliException("-force and -check-index cannot be used together");
        }

        var items = VarItems.Parse(pairs);
        if (items.Count == 0)
        {
            throw new CliException("Must supply data: give at least one key=value item");
        }

        // Like nomad var put: without -force or -check-index the write is checked against index 0, so it only creates.
        ulong? cas = force ? null : checkIndex ?? 0;
        var result = await connection.Store.PutAsync(connection.Namespace, path, items, cas, lockId: null, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw CasConflict.Describe(cas, result.Variable);
        }

        var stored = result.Variable!;
        var message = string.Create(CultureInfo.InvariantCulture, $"Created variable \"{stored.Path}\" with modify index {stored.ModifyIndex}");
        await output.WriteLineAsync(format switch
        {
            "json" => VarOutput.Json(stored),
            "table" => VarOutput.Table(stored),
            _ => message,
        }).ConfigureAwait(false);
        return 0;
    }

    public static async Task<int> PurgeAsync(VarConnection connection, string path, string? checkIndexText, TextWriter output, CancellationToken cancellationToken = default)
    {
        var checkIndex = CasConflict.ParseCheckIndex(checkIndexText);
        var result = await connection.Store.DeleteAsync(connection.Namespace, path, checkIndex, lockId: null, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw CasConflict.Describe(checkIndex, result.Variable);
        }

        await output.WriteLineAsync($"Successfully purged variable \"{path.Trim('/')}\"!").ConfigureAwait(false);
        return 0;
    }

    public static async Task<int> ListAsync(VarConnection connection, string prefix, string format, TextWriter output, CancellationToken cancellationToken = default)
    {
        VarOutput.CheckFormat(format, "table", "json", "terse");
        var list = await connection.Store.ListAsync(connection.Namespace, prefix, cancellationToken).ConfigureAwait(false);
        switch (format)
        {
            case "json":
                await output.WriteLineAsync(VarOutput.Json(list)).ConfigureAwait(false);
                break;
            case "terse":
                foreach (var metadata in list)
                {
                    await output.WriteLineAsync(connection.Namespace == "*" ? $"{metadata.Namespace}.{metadata.Path}" : metadata.Path).ConfigureAwait(false);
                }

                break;
            default:
                if (list.Count == 0)
                {
                    await output.WriteLineAsync(NoMatchesMessage).ConfigureAwait(false);
                    break;
                }

                var rows = new List<string[]> { new[] { "Namespace", "Path", "Last Updated" } };
                rows.AddRange(list.OrderBy(m => m.Namespace, StringComparer.Ordinal).ThenBy(m => m.Path, StringComparer.Ordinal)
                    .Select(m => new[] { m.Namespace, m.Path, NomadTime.Format(m.ModifyTime) }));
                await output.WriteLineAsync(Columns.List(rows)).ConfigureAwait(false);
                break;
        }

        return 0;
    }
}
