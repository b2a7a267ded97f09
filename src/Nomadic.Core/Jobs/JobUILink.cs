namespace Nomadic.Core.Jobs;

/// <summary>A <c>link</c> block inside <c>ui</c>.</summary>
public sealed class JobUILink
{
    /// <summary>The link text (<c>label</c>).</summary>
    public string Label { get; set; } = "";

    /// <summary>The link target (<c>url</c>).</summary>
    public string URL { get; set; } = "";
}
