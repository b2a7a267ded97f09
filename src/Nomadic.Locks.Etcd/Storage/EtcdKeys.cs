using System.Text;
using Google.Protobuf;

namespace Nomadic.Locks.Storage;

/// <summary>
/// The store's key layout: <c>PREFIX/NAMESPACE/PATH#v</c> holds the variable, <c>#l</c> the lock (attached to the
/// lock's lease), <c>#d</c> a running lock delay (attached to a lease of the delay's length). <c>#</c> is not allowed
/// in paths, so a raw path prefix is a key prefix that covers all three kinds at once.
/// </summary>
internal sealed class EtcdKeys(string keyPrefix)
{
    public const char VariableKind = 'v';
    public const char LockKind = 'l';
    public const char DelayKind = 'd';

    private readonly string _root = keyPrefix.TrimEnd('/') + "/";

    public ByteString Variable(string ns, string path) => Key(ns, path, VariableKind);

    public ByteString Lock(string ns, string path) => Key(ns, path, LockKind);

    public ByteString Delay(string ns, string path) => Key(ns, path, DelayKind);

    /// <summary>The prefix of one path's three keys.</summary>
    public ByteString OfPath(string ns, string path) => ByteString.CopyFromUtf8($"{_root}{ns}/{path}#");

    /// <summary>The prefix of every key whose path starts with <paramref name="pathPrefix"/>; <c>*</c> spans namespaces (filter with <see cref="TryParse"/>).</summary>
    public ByteString Under(string ns, string pathPrefix) =>
        ByteString.CopyFromUtf8(ns == "*" ? _root : $"{_root}{ns}/{pathPrefix}");

    /// <summary>The end of the range of keys starting with <paramref name="prefix"/>.</summary>
    public static ByteString RangeEnd(ByteString prefix)
    {
        var bytes = prefix.ToByteArray();
        for (var i = bytes.Length - 1; i >= 0; i--)
        {
            if (bytes[i] < 0xff)
            {
                bytes[i]++;
                return ByteString.CopyFrom(bytes, 0, i + 1);
            }
        }

        return ByteString.CopyFrom(0);
    }

    /// <summary>Splits a key of this store into namespace, path and kind.</summary>
    public bool TryParse(ByteString key, out string ns, out string path, out char kind)
    {
        var text = Encoding.UTF8.GetString(key.Span);
        ns = path = "";
        kind = '\0';
        if (!text.StartsWith(_root, StringComparison.Ordinal) || text.Length < _root.Length + 4 || text[^2] != '#')
        {
            return false;
        }

        var slash = text.IndexOf('/', _root.Length);
        if (slash < 0)
        {
            return false;
        }

        ns = text[_root.Length..slash];
        path = text[(slash + 1)..^2];
        kind = text[^1];
        return true;
    }

    private ByteString Key(string ns, string path, char kind) => ByteString.CopyFromUtf8($"{_root}{ns}/{path}#{kind}");
}
