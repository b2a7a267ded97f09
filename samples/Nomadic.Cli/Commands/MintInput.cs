namespace Nomadic.Cli.Commands;

/// <summary>The options of <c>nomadic identity mint</c>.</summary>
internal sealed record MintInput(
    string Job,
    string Group,
    string Task,
    string Identity,
    IReadOnlyList<string> Audience,
    string Ttl,
    string Namespace,
    string Region,
    string? AllocationId,
    string? Issuer,
    string? DataDir,
    bool ShowClaims,
    string? Address = null,
    string? Token = null);
