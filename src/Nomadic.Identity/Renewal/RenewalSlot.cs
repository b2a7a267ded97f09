namespace Nomadic.Identity;

/// <summary>One identity of an <see cref="IdentityRenewer"/>: its block, its mint request, its current token and when it is renewed next.</summary>
internal sealed class RenewalSlot(TaskIdentity identity, WorkloadIdentityRequest request)
{
    public TaskIdentity Identity { get; } = identity;

    public WorkloadIdentityRequest Request { get; } = request;

    public SignedIdentity? Current { get; set; }

    /// <summary>When the next renewal (or retry) is due; <see langword="null"/> for an identity that never expires.</summary>
    public DateTimeOffset? Due { get; set; }

    /// <summary>Failed renewals in a row.</summary>
    public int Failures { get; set; }
}
