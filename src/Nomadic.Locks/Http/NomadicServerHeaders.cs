namespace Nomadic.Locks.Http;

/// <summary>The headers a Nomadic server adds to Nomad's HTTP API; real Nomad never sends them.</summary>
internal static class NomadicServerHeaders
{
    /// <summary>
    /// Sent as <c>true</c> on every <c>/v1/var</c> and <c>/v1/vars</c> response of <c>MapNomadicVariables()</c>: a
    /// <c>lock-acquire</c> without items keeps the variable's items, so a client need not read and resend them.
    /// </summary>
    public const string LockAcquireKeepsItems = "X-Nomadic-Lock-Acquire-Keeps-Items";

    /// <summary>The value of <see cref="LockAcquireKeepsItems"/>.</summary>
    public const string True = "true";
}
