namespace Nomadic.Cli.Agent;

/// <summary>The options of <c>nomadic agent</c>.</summary>
/// <param name="Dev">In-memory keyring and variables; the issuer is the agent's own address; the mint endpoint is on.</param>
/// <param name="Bind">The <c>host:port</c> to listen on; port 0 picks a free port.</param>
/// <param name="DataDir">Where the keyring and the variables live across restarts; required unless <paramref name="Dev"/>.</param>
/// <param name="OidcIssuer">The <c>iss</c> claim and discovery issuer; default the agent's address with <paramref name="Dev"/>, else none.</param>
/// <param name="EnableMintEndpoint">Serves <c>POST /v1/nomadic/identity/mint</c> outside <paramref name="Dev"/> too (loopback clients only).</param>
internal sealed record AgentSettings(bool Dev, string Bind, string? DataDir, string? OidcIssuer, bool EnableMintEndpoint)
{
    public const string DefaultBind = "127.0.0.1:4646";

    public bool MintEndpointEnabled => Dev || EnableMintEndpoint;
}
