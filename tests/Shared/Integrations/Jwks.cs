using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Nomadic.Integrations.Testing;

/// <summary>What a JWT auth method of Vault or Consul does with a JWKS URL: check it answers, fetch the keys, verify a signature.</summary>
internal static class Jwks
{
    /// <summary>Why the URL does not serve a key set, or <see langword="null"/> when it does.</summary>
    public static async Task<string?> CheckAsync(HttpClient http, string url, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(url, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return $"fetching keys: {(int)response.StatusCode}";
            }

            _ = new JsonWebKeySet(await response.Content.ReadAsStringAsync(cancellationToken));
            return null;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or ArgumentException or JsonException)
        {
            return $"fetching keys: {ex.Message}";
        }
    }

    public static async Task<JsonWebKeySet?> GetAsync(HttpClient http, string url, CancellationToken cancellationToken)
    {
        try
        {
            return new JsonWebKeySet(await http.GetStringAsync(url, cancellationToken));
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Whether <paramref name="jwt"/> is signed by one of <paramref name="keys"/> with an allowed algorithm; lifetime and audience are the caller's.</summary>
    public static async Task<bool> VerifySignatureAsync(string jwt, JsonWebKeySet keys, IReadOnlyCollection<string> algorithms)
    {
        var validation = await new JsonWebTokenHandler().ValidateTokenAsync(jwt, new TokenValidationParameters
        {
            IssuerSigningKeys = keys.GetSigningKeys(),
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = false,
            RequireSignedTokens = true,
            ValidAlgorithms = algorithms,
        });
        return validation.IsValid;
    }
}
