namespace Nomadic.Cli.Commands;

/// <summary>What a command reads from the process: environment variables and the clock. Tests pass their own.</summary>
/// <param name="GetVariable">Reads an environment variable; <see langword="null"/> when unset.</param>
/// <param name="Time">The clock.</param>
internal sealed record CliEnvironment(Func<string, string?> GetVariable, TimeProvider Time)
{
    /// <summary>The real process environment and the system clock.</summary>
    public static CliEnvironment Process { get; } = new(Environment.GetEnvironmentVariable, TimeProvider.System);
}
