namespace Nomadic.Identity;

/// <summary>The claims of a workload identity token, in Nomad's serialization order.</summary>
/// <param name="Namespace"><c>nomad_namespace</c>.</param>
/// <param name="JobId"><c>nomad_job_id</c>.</param>
/// <param name="AllocationId"><c>nomad_allocation_id</c>.</param>
/// <param name="Task"><c>nomad_task</c>, or <see langword="null"/>.</param>
/// <param name="Service"><c>nomad_service</c>, or <see langword="null"/>.</param>
/// <param name="ConsulNamespace"><c>consul_namespace</c>, or <see langword="null"/>.</param>
/// <param name="VaultNamespace"><c>vault_namespace</c>, or <see langword="null"/>.</param>
/// <param name="VaultRole"><c>vault_role</c>, or <see langword="null"/>.</param>
/// <param name="Issuer"><c>iss</c>, or <see langword="null"/>.</param>
/// <param name="Subject"><c>sub</c>: <c>region:namespace:job:group:task-or-service:identity</c>.</param>
/// <param name="Audience"><c>aud</c>: zero, one or more audiences.</param>
/// <param name="Expiry"><c>exp</c>, or <see langword="null"/> without a TTL.</param>
/// <param name="NotBefore"><c>nbf</c>.</param>
/// <param name="IssuedAt"><c>iat</c>.</param>
/// <param name="TokenId"><c>jti</c>: a random UUID.</param>
public sealed record WorkloadIdentityClaims(
    string Namespace,
    string JobId,
    string AllocationId,
    string? Task,
    string? Service,
    string? ConsulNamespace,
    string? VaultNamespace,
    string? VaultRole,
    string? Issuer,
    string Subject,
    IReadOnlyList<string> Audience,
    DateTimeOffset? Expiry,
    DateTimeOffset? NotBefore,
    DateTimeOffset? IssuedAt,
    string? TokenId)
{
    /// <summary>Builds the claims Nomad's <c>NewIdentityClaims</c> and <c>SignClaims</c> would for <paramref name="request"/>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="now">The signing time, truncated to whole seconds.</param>
    /// <param name="issuer">The configured issuer, or <see langword="null"/>.</param>
    /// <param name="tokenId">The <c>jti</c>.</param>
    /// <returns>The claims.</returns>
    public static WorkloadIdentityClaims For(WorkloadIdentityRequest request, DateTimeOffset now, string? issuer, string tokenId)
    {
        ArgumentNullException.ThrowIfNull(request);
        var seconds = DateTimeOffset.FromUnixTimeSeconds(now.ToUnixTimeSeconds());
        var isTask = !string.IsNullOrEmpty(request.Task);
        var isConsul = request.IdentityName.StartsWith("consul", StringComparison.Ordinal);
        var isVault = request.IdentityName.StartsWith("vault_", StringComparison.Ordinal);
        var subject = string.Join(':', request.Region, request.Namespace, request.JobId, request.Group, isTask ? request.Task : request.ServiceName, request.IdentityName);
        return new WorkloadIdentityClaims(
            request.Namespace,
            string.IsNullOrEmpty(request.ParentJobId) ? request.JobId : request.ParentJobId,
            request.AllocationId,
            isTask ? request.Task : null,
            isTask ? null : request.ServiceName,
            isConsul ? NullIfEmpty(request.ConsulNamespace) : null,
            isVault ? NullIfEmpty(request.VaultNamespace) : null,
            isVault ? NullIfEmpty(request.VaultRole) : null,
            NullIfEmpty(issuer),
            subject,
            request.Audience,
            request.Ttl is { } ttl && ttl > TimeSpan.Zero ? DateTimeOffset.FromUnixTimeSeconds((now + ttl).ToUnixTimeSeconds()) : null,
            seconds,
            seconds,
            tokenId);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
