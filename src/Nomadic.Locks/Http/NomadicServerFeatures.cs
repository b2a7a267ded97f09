namespace Nomadic.Locks.Http;

/// <summary>The behaviours beyond Nomad's that a Nomadic server advertised in <see cref="NomadicServerHeaders"/>.</summary>
[Flags]
internal enum NomadicServerFeatures
{
    /// <summary>Nomad's behaviour only.</summary>
    None = 0,

    /// <summary><see cref="NomadicServerHeaders.LockAcquireKeepsItems"/>.</summary>
    LockAcquireKeepsItems = 1,

    /// <summary><see cref="NomadicServerHeaders.ExactPrefixWatch"/>.</summary>
    ExactPrefixWatch = 2,
}
