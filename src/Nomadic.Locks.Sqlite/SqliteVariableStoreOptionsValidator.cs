using Microsoft.Extensions.Options;

namespace Nomadic.Locks;

/// <summary>Validates <see cref="SqliteVariableStoreOptions"/>: when the host starts, and when a store is created.</summary>
internal sealed class SqliteVariableStoreOptionsValidator : IValidateOptions<SqliteVariableStoreOptions>
{
    private static readonly TimeSpan MinInterval = TimeSpan.FromMilliseconds(1);
    private static readonly TimeSpan MaxPollInterval = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan MaxBusyTimeout = TimeSpan.FromMinutes(10);

    public ValidateOptionsResult Validate(string? name, SqliteVariableStoreOptions options)
    {
        var failures = Check(options);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    public static List<string> Check(SqliteVariableStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Path))
        {
            failures.Add("SqliteVariableStoreOptions.Path is required: the SQLite database file, e.g. '/var/lib/app/locks.db'.");
        }

        if (options.PollInterval < MinInterval || options.PollInterval > MaxPollInterval)
        {
            failures.Add($"SqliteVariableStoreOptions.PollInterval is {options.PollInterval}; use {MinInterval} to {MaxPollInterval}.");
        }

        if (options.BusyTimeout < MinInterval || options.BusyTimeout > MaxBusyTimeout)
        {
            failures.Add($"SqliteVariableStoreOptions.BusyTimeout is {options.BusyTimeout}; use {MinInterval} to {MaxBusyTimeout}.");
        }

        return failures;
    }
}
