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
    public SqliteCommand Get(string sql, params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            _commands[sql] = command;
        }

        command.Parameters.Clear();
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
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
}
