using System.Security.Cryptography;

namespace Nomadic.Locks;

/// <summary>
/// New lock IDs: random (version 4) UUIDs from the operating system's secure generator, like
/// <see cref="Guid.NewGuid"/>, but drawn 32 at a time. A lock ID is what proves ownership of a lock, so it stays
/// unguessable; <see cref="Guid.NewGuid"/> costs one system call per ID, which dominated an in-memory acquisition.
/// </summary>
internal static class LockIds
{
    private const int GuidSize = 16;
    private const int IdsPerRefill = 32;

    [ThreadStatic]
    private static byte[]? t_random;

    [ThreadStatic]
    private static int t_next;

    /// <summary>A new lock ID in the <c>D</c> format (<c>xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx</c>).</summary>
    public static string NewId()
    {
        var random = t_random;
        if (random is null || t_next == random.Length)
        {
            random = t_random ??= new byte[GuidSize * IdsPerRefill];
            RandomNumberGenerator.Fill(random);
            t_next = 0;
        }

        var bytes = random.AsSpan(t_next, GuidSize);
        t_next += GuidSize;
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        var id = new Guid(bytes, bigEndian: true).ToString();
        bytes.Clear();
        return id;
    }
}
