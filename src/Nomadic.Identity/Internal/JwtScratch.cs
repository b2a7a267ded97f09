using System.Buffers;
using System.Text.Json;

namespace Nomadic.Identity.Internal;

/// <summary>
/// A per-thread JSON writer and its buffer, reused across tokens so that minting allocates no writer or buffer.
/// Only used synchronously: a caller takes it, writes, copies the bytes out and is done before any await.
/// </summary>
internal sealed class JwtScratch
{
    [ThreadStatic]
    private static JwtScratch? s_current;

    private readonly ArrayBufferWriter<byte> _buffer = new(512);

    private JwtScratch(JsonWriterOptions options) => Writer = new Utf8JsonWriter(_buffer, options);

    public Utf8JsonWriter Writer { get; }

    public ReadOnlySpan<byte> WrittenSpan => _buffer.WrittenSpan;

    /// <summary>This thread's scratch, emptied and ready to write.</summary>
    public static JwtScratch Take(JsonWriterOptions options)
    {
        var scratch = s_current ??= new JwtScratch(options);
        scratch._buffer.ResetWrittenCount();
        scratch.Writer.Reset(scratch._buffer);
        return scratch;
    }
}
