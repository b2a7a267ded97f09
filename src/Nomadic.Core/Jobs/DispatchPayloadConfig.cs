namespace Nomadic.Core.Jobs;

/// <summary>A <c>dispatch_payload</c> block: where a dispatched job's payload is written.</summary>
public sealed class DispatchPayloadConfig
{
    /// <summary>The file, relative to the task's <c>local/</c> directory (<c>file</c>).</summary>
    public string File { get; set; } = "";
}
