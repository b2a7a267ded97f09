using System.Text;
using Nomadic.Identity.Internal;

namespace Nomadic.Identity;

/// <summary>How Nomad hands identities to a task: environment variables and files under the task's <c>secrets</c> directory.</summary>
public static class IdentityDelivery
{
    /// <summary>The variable of the default identity: <c>NOMAD_TOKEN</c>.</summary>
    public const string DefaultEnvironmentVariable = "NOMAD_TOKEN";

    /// <summary>The file of the default identity inside <c>secrets/</c>: <c>nomad_token</c>.</summary>
    public const string DefaultFileName = "nomad_token";

    /// <summary><c>NOMAD_TOKEN</c> for the default identity, otherwise <c>NOMAD_TOKEN_&lt;name&gt;</c> (e.g. <c>NOMAD_TOKEN_vault_default</c>).</summary>
    /// <param name="identityName">The identity's name.</param>
    /// <returns>The variable name.</returns>
    public static string EnvironmentVariableName(string identityName) =>
        IsDefault(identityName) ? DefaultEnvironmentVariable : "NOMAD_TOKEN_" + identityName;

    /// <summary><c>nomad_token</c> for the default identity, otherwise <c>nomad_&lt;name&gt;.jwt</c>; relative to the task's secrets directory.</summary>
    /// <param name="identityName">The identity's name.</param>
    /// <returns>The file name.</returns>
    public static string FileName(string identityName) =>
        IsDefault(identityName) ? DefaultFileName : $"nomad_{identityName}.jwt";

    /// <summary>Writes a token to its file in <paramref name="secretsDirectory"/> atomically (temporary file, then rename), mode 0600 on Unix.</summary>
    /// <param name="secretsDirectory">The task's <c>secrets</c> directory.</param>
    /// <param name="identityName">The identity's name.</param>
    /// <param name="token">The JWT.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The full path written.</returns>
    public static async ValueTask<string> WriteTokenFileAsync(string secretsDirectory, string identityName, string token, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(secretsDirectory);
        ArgumentException.ThrowIfNullOrEmpty(token);
        var path = Path.Combine(secretsDirectory, FileName(identityName));
        await AtomicFile.WriteAsync(path, Encoding.ASCII.GetBytes(token), cancellationToken).ConfigureAwait(false);
        return path;
    }

    private static bool IsDefault(string identityName)
    {
        ArgumentException.ThrowIfNullOrEmpty(identityName);
        return identityName == WorkloadIdentityRequest.DefaultIdentityName;
    }
}
