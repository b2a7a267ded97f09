using System.Security.Cryptography;
using Nomadic.Identity;

namespace Nomadic.Cli.Commands;

/// <summary>Runs a command body, turning the failures a user can cause into one line on stderr and exit code 1.</summary>
internal static class CliErrors
{
    public static async Task<int> RunAsync(TextWriter error, Func<Task<int>> body)
    {
        try
        {
            return await body().ConfigureAwait(false);
        }
        catch (Exception ex) when (Describe(ex) is { } message)
        {
            await error.WriteLineAsync($"nomadic: {message}").ConfigureAwait(false);
            return 1;
        }
    }

    private static string? Describe(Exception ex) => ex switch
    {
        CliException => ex.Message,
        KeyStoreException => ex.Message,
        Nomadic.Locks.InvalidVariableException or Nomadic.Locks.Http.NomadApiException or Nomadic.Locks.EtcdUnavailableException => ex.Message,
        HttpRequestException => $"cannot reach the server: {ex.Message}",
        ArgumentException argument when argument.ParamName is { } name => argument.Message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal),
        ArgumentException or InvalidOperationException => ex.Message,
        IOException or UnauthorizedAccessException => $"cannot use the data directory: {ex.Message}",
        CryptographicException => $"cryptographic failure: {ex.Message}",
        _ => null,
    };
}
