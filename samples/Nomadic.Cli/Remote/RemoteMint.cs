using System.Text.Json;
using Nomadic.Cli.Agent;
using Nomadic.Cli.Commands;
using Nomadic.Identity;

namespace Nomadic.Cli.Remote;

/// <summary><c>identity mint --addr URL</c>: asks an agent's <c>POST /v1/nomadic/identity/mint</c> for a token signed by its active key.</summary>
internal static class RemoteMint
{
    public static async Task<string> MintAsync(RemoteTarget target, WorkloadIdentityRequest request, string ttl, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            MintRequestJson.Write(writer, request, ttl);
        }

        using var client = new AgentClient(target);
        using var answer = await client.PostAsync(MintEndpoint.Path, buffer.ToArray(), cancellationToken).ConfigureAwait(false);
        return answer.RootElement.TryGetProperty("Token", out var token) && token.GetString() is { Length: > 0 } text
            ? text
            : throw new CliException("the mint answer has no Token");
    }
}
