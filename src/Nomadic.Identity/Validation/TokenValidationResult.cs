namespace Nomadic.Identity;

/// <summary>The outcome of validating a token: the claims, or the rejection and a sentence explaining it.</summary>
public sealed record TokenValidationResult
{
    private TokenValidationResult(TokenRejection rejection, string? reason, WorkloadIdentityClaims? claims, string? keyId)
    {
        Rejection = rejection;
        Reason = reason;
        Claims = claims;
        KeyId = keyId;
    }

    /// <summary>Whether the token is valid.</summary>
    public bool IsValid => Rejection == TokenRejection.None;

    /// <summary>Why it was rejected; <see cref="TokenRejection.None"/> when valid.</summary>
    public TokenRejection Rejection { get; }

    /// <summary>A sentence explaining the rejection; <see langword="null"/> when valid.</summary>
    public string? Reason { get; }

    /// <summary>The claims of a valid token.</summary>
    public WorkloadIdentityClaims? Claims { get; }

    /// <summary>The <c>kid</c> that verified the token.</summary>
    public string? KeyId { get; }

    /// <summary>A valid token's result.</summary>
    /// <param name="claims">Its claims.</param>
    /// <param name="keyId">The verifying key.</param>
    /// <returns>The result.</returns>
    public static TokenValidationResult Valid(WorkloadIdentityClaims claims, string keyId) => new(TokenRejection.None, null, claims, keyId);

    /// <summary>A rejected token's result.</summary>
    /// <param name="rejection">Why.</param>
    /// <param name="reason">The explanation.</param>
    /// <returns>The result.</returns>
    public static TokenValidationResult Rejected(TokenRejection rejection, string reason) => new(rejection, reason, null, null);

    /// <inheritdoc />
    public override string ToString() => IsValid ? $"valid (kid {KeyId})" : $"{Rejection}: {Reason}";
}
