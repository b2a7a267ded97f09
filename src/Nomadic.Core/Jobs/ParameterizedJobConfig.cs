namespace Nomadic.Core.Jobs;

/// <summary>A <c>parameterized</c> block: the job is a template dispatched with a payload and metadata.</summary>
public sealed class ParameterizedJobConfig
{
    /// <summary><c>optional</c>, <c>required</c> or <c>forbidden</c> (<c>payload</c>).</summary>
    public string Payload { get; set; } = "";

    /// <summary>Metadata keys a dispatch must give (<c>meta_required</c>).</summary>
    public IList<string>? MetaRequired { get; set; }

    /// <summary>Metadata keys a dispatch may give (<c>meta_optional</c>).</summary>
    public IList<string>? MetaOptional { get; set; }
}
