namespace Nomadic.Identity.Tests.Renewal;

/// <summary>A jitter source that always draws zero, so renewal times are exact.</summary>
internal sealed class NoJitterRandom : Random
{
    public override long NextInt64(long maxValue) => 0;

    public override long NextInt64(long minValue, long maxValue) => minValue;
}
