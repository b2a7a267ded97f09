namespace Nomadic.Core.Jobs;

/// <summary>The <c>{"Job": {...}}</c> envelope that <c>nomad job run -output</c> prints and <c>POST /v1/jobs</c> takes.</summary>
public sealed class JobDocument
{
    /// <summary>The job.</summary>
    public Job? Job { get; set; }
}
