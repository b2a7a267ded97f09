namespace Nomadic.Identity;

/// <summary>What a consumer accepts.</summary>
public sealed record TokenValidationOptions
{
    /// <summary>The accepted <c>alg</c> values; default RS256 and EdDSA. <c>none</c> and HMAC are never accepted whatever this says.</summary>
    public IReadOnlyList<SigningAlgorithm> AllowedAlgorithms { get; init; } = [SigningAlgorithm.RS256, SigningAlgorithm.EdDsa];

    /// <summary>Accepted audiences; the token must carry one of them. Default empty: <c>aud</c> is not checked.</summary>
    public IReadOnlyList<string> ValidAudiences { get; init; } = [];

    /// <summary>The required <c>iss</c>; default <see langword="null"/>: not checked.</summary>
    public string? ValidIssuer { get; init; }

    /// <summary>The tolerance on <c>exp</c> and <c>nbf</c>; default 30 seconds.</summary>
    public TimeSpan ClockSkew { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether a token without <c>exp</c> is rejected; default <see langword="false"/> (Nomad's default identity has none).</summary>
    public bool RequireExpiry { get; init; }
}
