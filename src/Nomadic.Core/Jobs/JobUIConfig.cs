namespace Nomadic.Core.Jobs;

/// <summary>The <c>ui</c> block: how the web UI presents a job.</summary>
public sealed class JobUIConfig
{
    /// <summary>A Markdown description of the job (<c>description</c>).</summary>
    public string Description { get; set; } = "";

    /// <summary>Links shown with the job (<c>link</c> blocks).</summary>
    public IList<JobUILink>? Links { get; set; }
}
