namespace Nomadic.AspNetCore;

/// <summary>The headers of Nomad's HTTP API.</summary>
internal static class NomadHeaders
{
    public const string Token = "X-Nomad-Token";
    public const string Index = "X-Nomad-Index";
    public const string KnownLeader = "X-Nomad-KnownLeader";
    public const string LastContact = "X-Nomad-LastContact";
}
