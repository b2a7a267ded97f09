namespace Nomadic.Locks.Http;

/// <summary>The headers a Nomadic server adds to Nomad's HTTP API; real Nomad never sends them.</summary>
internal static class NomadicServerHeaders
{
    /// <summary>
    /// Sent as <c>true</c> on every <c>/v1/var</c> and <c>/v1/vars</c> response of <c>MapNomadicVariables()</c>: a
    /// <c>lock-acquire</c> without items keeps the variable's items, so a client need not read and resend them.
    /// </summary>
    public const string LockAcquireKeepsItems = "X-Nomadic-Lock-Acquire-Keeps-Items";

    /// <summary>
    /// Sent as <c>true</c> on the same responses: a blocking <c>GET /v1/vars?prefix=P&amp;index=N</c> returns only when a
    /// variable under <c>P</c> changed past <c>N</c> (deletions included), and its <c>X-Nomad-Index</c> is that change.
    /// Real Nomad returns at any change to the variables table, so a client cannot see a deletion it did not list before.
    /// </summary>
    public const string ExactPrefixWatch = "X-Nomadic-Exact-Prefix-Watch";

    /// <summary>The value of the headers above.</summary>
    public const string True = "true";
}
