using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Nomadic.AspNetCore.Tests;

/// <summary>What a relying party outside Nomadic does: discover the provider over HTTP and validate with IdentityModel.</summary>
internal static class ThirdPartyVerifier
{
    public const string Audience = "nomadic-tests";

    /// <summary>A fresh <see cref="ConfigurationManager{T}"/> (empty cache) for the server's discovery document, over plain HTTP on loopback.</summary>
    public static ConfigurationManager<OpenIdConnectConfiguration> Discover(LoopbackOidcServer server) =>
        new(
            new Uri(server.Address, ".well-known/openid-configuration").ToString(),
            new OpenIdConnectConfigurationRetriever(),
            new HttpDocumentRetriever { RequireHttps = false });

    /// <summary>Validates with keys and issuer fetched by <paramref name="configurationManager"/>.</summary>
    public static Task<TokenValidationResult> ValidateAsync(string token, ConfigurationManager<OpenIdConnectConfiguration> configurationManager) =>
        new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ConfigurationManager = configurationManager,
            ValidAudience = Audience,
            ValidateIssuer = true,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
        });

    /// <summary>Validates against a configuration fetched earlier and never refreshed (a relying party's cache).</summary>
    public static Task<TokenValidationResult> ValidateCachedAsync(string token, OpenIdConnectConfiguration cached) =>
        new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            IssuerSigningKeys = cached.SigningKeys,
            ValidIssuer = cached.Issuer,
            ValidAudience = Audience,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
        });

    /// <summary>A start time for the server's fake clock: 90 minutes ago in real time, so that tokens are already valid for IdentityModel (which reads the real clock) and the test can move the server's clock forward.</summary>
    public static DateTimeOffset ClockStart()
    {
        var now = TimeProvider.System.GetUtcNow() - TimeSpan.FromMinutes(90);
        return DateTimeOffset.FromUnixTimeSeconds(now.ToUnixTimeSeconds());
    }
}
