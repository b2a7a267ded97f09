using System.Collections;

namespace Nomadic.Core.Jobspec;

/// <summary>
/// What to parse and with which input variable values, as Nomad's <c>jobspec2.ParseConfig</c>.
/// </summary>
public sealed class JobspecParseOptions
{
    /// <summary>Gets the jobspec's path: the file name in diagnostics, and the file read when <see cref="Source"/> is null.</summary>
    public string Path { get; init; } = "job.nomad.hcl";

    /// <summary>Gets the jobspec's UTF-8 text; null to read <see cref="Path"/>.</summary>
    public ReadOnlyMemory<byte>? Source { get; init; }

    /// <summary>Gets the <c>-var name=value</c> arguments, in command-line order (a later one for the same name wins).</summary>
    public IReadOnlyList<string> ArgVars { get; init; } = [];

    /// <summary>Gets the paths of <c>-var-file</c> files (HCL or HCL JSON, told apart by content), in command-line order.</summary>
    public IReadOnlyList<string> VarFiles { get; init; } = [];

    /// <summary>Gets variable values given as file content rather than a path (Nomad's <c>VarContent</c>), applied after <see cref="VarFiles"/>; null for none.</summary>
    public string? VarContent { get; init; }

    /// <summary>
    /// Gets the environment variables; those named <c>NOMAD_VAR_&lt;name&gt;</c> set input variables. Empty by default,
    /// so parsing is reproducible; pass <see cref="ReadProcessEnvironment"/> to behave as the <c>nomad</c> command.
    /// </summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Gets a value indicating whether the filesystem functions (<c>file</c>, <c>fileset</c>, ...) may read files. Default false, as Nomad's API.</summary>
    public bool AllowFileSystem { get; init; }

    /// <summary>Gets the directory relative paths in filesystem functions resolve against; null for the directory of <see cref="Path"/>.</summary>
    public string? BaseDirectory { get; init; }

    /// <summary>
    /// Gets a value indicating whether values given for undeclared variables (in var files or <c>-var</c>) are errors
    /// rather than warnings. Default true, as <c>nomad job run</c>.
    /// </summary>
    public bool Strict { get; init; } = true;

    /// <summary>Gets the clock the date and time functions use.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Reads the environment variables of the current process.</summary>
    /// <returns>The variables by name.</returns>
    public static IReadOnlyDictionary<string, string> ReadProcessEnvironment()
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in System.Environment.GetEnvironmentVariables())
        {
            if (entry.Key is string key && entry.Value is string value)
            {
                result[key] = value;
            }
        }

        return result;
    }
}
