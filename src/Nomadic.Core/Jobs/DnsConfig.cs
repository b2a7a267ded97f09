namespace Nomadic.Core.Jobs;

/// <summary>A <c>dns</c> block inside <c>network</c>.</summary>
public sealed class DnsConfig
{
    /// <summary>Name servers (<c>servers</c>).</summary>
    public IList<string>? Servers { get; set; }

    /// <summary>Search domains (<c>searches</c>).</summary>
    public IList<string>? Searches { get; set; }

    /// <summary>Resolver options (<c>options</c>).</summary>
    public IList<string>? Options { get; set; }
}
