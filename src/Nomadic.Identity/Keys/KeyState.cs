namespace Nomadic.Identity;

/// <summary>Where a signing key is in its life. Every state but <see cref="Retired"/> is published in the JWKS.</summary>
public enum KeyState
{
    /// <summary>Published so verifiers can cache it, but not signing yet (Nomad 1.7 has no such state; 1.8 added it).</summary>
    Prepublished,

    /// <summary>The one key that signs new tokens.</summary>
    Active,

    /// <summary>No longer signing; still published until every token it signed has expired.</summary>
    Inactive,

    /// <summary>Every token it signed has expired: no longer published and no longer able to sign.</summary>
    Retired,
}
