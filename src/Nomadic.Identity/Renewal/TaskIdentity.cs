namespace Nomadic.Identity;

/// <summary>One <c>identity</c> block of a task, as an <see cref="IdentityRenewer"/> needs it.</summary>
public sealed record TaskIdentity
{
    /// <summary>The identity's name; default <c>default</c>. Must match <c>^[a-zA-Z0-9-_]{1,128}$</c>.</summary>
    public string Name { get; init; } = WorkloadIdentityRequest.DefaultIdentityName;

    /// <summary>The audiences (<c>aud</c>); default none.</summary>
    public IReadOnlyList<string> Audience { get; init; } = [];

    /// <summary>Whether the token is exposed as <c>NOMAD_TOKEN</c> / <c>NOMAD_TOKEN_&lt;name&gt;</c>; default <see langword="false"/>.</summary>
    public bool Env { get; init; }

    /// <summary>Whether the token is written to <c>secrets/nomad_token</c> / <c>secrets/nomad_&lt;name&gt;.jwt</c>; default <see langword="false"/>.</summary>
    public bool File { get; init; }

    /// <summary>The token lifetime; <see langword="null"/> or zero: no <c>exp</c> and never renewed. Not allowed on the default identity (Nomad 1.7 rejects it).</summary>
    public TimeSpan? Ttl { get; init; }

    /// <summary>What the host does when the token is renewed; default <see cref="IdentityChangeMode.Noop"/>.</summary>
    public IdentityChangeMode ChangeMode { get; init; }

    /// <summary>The signal of <see cref="IdentityChangeMode.Signal"/> (e.g. <c>SIGHUP</c>; upper-cased like Nomad); required with that mode and only with it.</summary>
    public string? ChangeSignal { get; init; }

    /// <summary>Whether the token expires and is therefore renewed.</summary>
    public bool Renews => Ttl is { } ttl && ttl > TimeSpan.Zero;
}
