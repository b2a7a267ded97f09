using Microsoft.Data.Sqlite;

namespace Nomadic.Locks.Storage;

/// <summary>
/// One prepared command per SQL text on the store's connection, so every statement is compiled once. Not
/// thread-safe: the store uses it only while holding its gate.
/// </summary>
internal sealed class StatementCache(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    /// <summary>The command for <paramref name="sql"/>, its parameters set to <paramref name="parameters"/> (names like <c>$ns</c>).</summary>
    /// <remarks>A command keeps its parameter objects and only their values change, so a hot statement allocates no parameters.</remarks>
    public SqliteCommand Get(string sql, params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            _commands[sql] = command;
        }

        var existing = command.Parameters;
        if (!HasNames(existing, parameters))
        {
            existing.Clear();
            foreach (var (name, _) in parameters)
            {
                existing.Add(new SqliteParameter { ParameterName = name });
            }
        }

        for (var i = 0; i < parameters.Length; i++)
        {
            existing[i].Value = parameters[i].Value ?? DBNull.Value;
        }

        return command;
    }

    public int Execute(string sql, params ReadOnlySpan<(string Name, object? Value)> parameters) =>
        Get(sql, parameters).ExecuteNonQuery();

    public long ScalarInt64(string sql, params ReadOnlySpan<(string Name, object? Value)> parameters) =>
        Get(sql, parameters).ExecuteScalar() is long value ? value : 0;

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
    }

    private static bool HasNames(SqliteParameterCollection existing, ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        if (existing.Count != parameters.Length)
        {
            return false;
        }

        for (var i = 0; i < parameters.Length; i++)
        {
            if (!string.Equals(existing[i].ParameterName, parameters[i].Name, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
