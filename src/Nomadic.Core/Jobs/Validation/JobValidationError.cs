namespace Nomadic.Core.Jobs.Validation;

/// <summary>One rule a job breaks.</summary>
/// <param name="Path">The offending field in the model's Go field names, e.g. <c>TaskGroups[0].Tasks[1].Resources.Cores</c>; empty for the job itself.</param>
/// <param name="Message">What is wrong and what to do, in Nomad's words where Nomad has them.</param>
public sealed record JobValidationError(string Path, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => Path.Length == 0 ? Message : $"{Path}: {Message}";
}
