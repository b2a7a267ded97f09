namespace Nomadic.Locks.Tests;

/// <summary>
/// A resource that accepts a write only with a fencing token greater than every token it accepted before, and
/// records whether two accepted critical sections ever overlapped.
/// </summary>
public sealed class FencedResource
{
    private readonly Lock _gate = new();
    private ulong _highest;
    private int _inside;

    public int Accepted { get; private set; }

    public int Rejected { get; private set; }

    public int Overlaps { get; private set; }

    public List<ulong> Tokens { get; } = [];

    public bool Enter(ulong token)
    {
        lock (_gate)
        {
            if (token <= _highest)
            {
                Rejected++;
                return false;
            }

            _highest = token;
            if (++_inside > 1)
            {
                Overlaps++;
            }

            Accepted++;
            Tokens.Add(token);
            return true;
        }
    }

    public void Leave()
    {
        lock (_gate)
        {
            _inside--;
        }
    }
}
