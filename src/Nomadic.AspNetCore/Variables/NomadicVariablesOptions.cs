namespace Nomadic.AspNetCore;

/// <summary>
/// How <c>MapNomadicVariables()</c> serves Nomad's variables API.
/// </summary>
public sealed class NomadicVariablesOptions
{
    /// <summary>
    /// Decides whether the request's token (from <c>X-Nomad-Token</c>, or <c>Authorization: Bearer</c>) may use the
    /// API. <see langword="null"/> (the default) allows every request, token or not. When set, a request without a
    /// token, or whose token the function rejects, gets Nomad's <c>403 Permission denied</c>.
    /// </summary>
    public Func<string, bool>? Authorize { get; set; }

    /// <summary>The <c>wait</c> of a blocking query that names none: 5 minutes, as in Nomad.</summary>
    public TimeSpan DefaultWait { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The longest <c>wait</c> a blocking query gets: 10 minutes, as in Nomad; longer requests are capped.</summary>
    public TimeSpan MaxWait { get; set; } = TimeSpan.FromMinutes(10);
}
