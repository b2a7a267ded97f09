using CsCheck;
using static Nomadic.Hcl.Tests.Functions.Fn;

namespace Nomadic.Hcl.Tests.Functions;

public class PropertyTests
{
    private static readonly Gen<string> Text = Gen.String[Gen.Char[' ', '~'], 0, 40]
        .Select(Gen.String[Gen.Char['\u00a0', '\u2fff'], 0, 5], (a, b) => a + b);

    // Reversing grapheme clusters is an involution only when reversal cannot re-attach a combining mark elsewhere.
    private static readonly Gen<string> ClusterStableText = Gen.String[Gen.Char[' ', '~'], 0, 40]
        .Select(Gen.String[Gen.Char['\u00a0', '\u02ff'], 0, 5], (a, b) => a + b);

    [Fact]
    public void Base64DecodeInvertsEncode() =>
        Text.Sample(s => Call("base64decode", Call("base64encode", S(s))).AsString() == S(s).AsString());

    [Fact]
    public void FormatPercentSIsIdentity() =>
        Text.Sample(s => Call("format", S("%s"), S(s)).AsString() == S(s).AsString());

    [Fact]
    public void JoinInvertsSplit() =>
        Text.Select(Gen.OneOfConst(",", "--", "x"))
            .Sample((s, sep) => Call("join", S(sep), Call("split", S(sep), S(s))).AsString() == S(s).AsString());

    [Fact]
    public void JsonDecodeInvertsEncode() =>
        Gen.Select(Text, Gen.Long, Gen.Bool, Text)
            .Sample((a, n, b, key) =>
            {
                var value = Object((key.Length == 0 ? "k" : key, Tuple(S(a), N(n), Nomadic.Hcl.Values.HclValue.Bool(b))));
                var encoded = Call("jsonencode", value);
                return Call("jsondecode", encoded).RawEquals(value);
            });

    [Fact]
    public void YamlDecodeInvertsEncodeForStrings() =>
        Text.Sample(s => Call("yamldecode", Call("yamlencode", Tuple(S(s)))).RawEquals(Tuple(S(s))));

    [Fact]
    public void StrrevIsAnInvolution() =>
        ClusterStableText.Sample(s => Call("strrev", Call("strrev", S(s))).AsString() == S(s).AsString());
}
