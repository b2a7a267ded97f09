namespace Nomadic.Locks.Chaos.Tests.Fence;

/// <summary>What a worker asked the fenced resource to do inside its critical section.</summary>
public enum FenceOperation
{
    Begin,
    Write,
    End,
}

/// <summary>One request the fenced resource accepted, in the order it accepted them; <paramref name="Timestamp"/> is a monotonic timestamp.</summary>
public sealed record FenceEvent(FenceOperation Operation, ulong Token, string Worker, long Value, long Timestamp);
