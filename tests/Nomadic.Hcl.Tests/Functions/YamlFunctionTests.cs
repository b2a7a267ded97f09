using Nomadic.Hcl.Values;
using static Nomadic.Hcl.Tests.Functions.Fn;

namespace Nomadic.Hcl.Tests.Functions;

public class YamlFunctionTests
{
    [Theory]
    [InlineData("a: b\nc: d\n", "{\"a\":\"b\",\"c\":\"d\"}")]
    [InlineData("- 1\n- 2.5\n- true\n- null\n- x\n", "[1,2.5,true,null,\"x\"]")]
    [InlineData("a: yes\nb: off\nc: ~\nd: \"true\"\ne: 'null'\n", "{\"a\":true,\"b\":false,\"c\":null,\"d\":\"true\",\"e\":\"null\"}")]
    [InlineData("h: 0x1F\no: 0o17\np: -12\nq: 1e3\nr: 1_000\n", "{\"h\":31,\"o\":15,\"p\":-12,\"q\":1000,\"r\":\"1_000\"}")]
    [InlineData("y: 1\nn: 2\n", "{\"false\":2,\"true\":1}")]
    [InlineData("s: !!str 123\nt: !!int 7\nu: !!int \"7\"\n", "{\"s\":\"123\",\"t\":7,\"u\":\"7\"}")]
    [InlineData("d: 2001-12-14\n", "{\"d\":\"2001-12-14T00:00:00Z\"}")]
    [InlineData("base: &b {x: 1}\nderived:\n  <<: *b\n  z: 2\n", "{\"base\":{\"x\":1},\"derived\":{\"x\":1,\"z\":2}}")]
    [InlineData("a: [1, {b: c}]\n", "{\"a\":[1,{\"b\":\"c\"}]}")]
    [InlineData("1: one\ntrue: yes\n", "{\"1\":\"one\",\"true\":true}")]
    [InlineData("text: |\n  line1\n  line2\n", "{\"text\":\"line1\\nline2\\n\"}")]
    [InlineData("", "null")]
    [InlineData("hello", "\"hello\"")]
    public void Decode(string yaml, string expectedJson) => Assert.Equal(expectedJson, JsonText(Call("yamldecode", S(yaml))));

    [Theory]
    [InlineData("a: .inf\n")]
    [InlineData("a: .nan\n")]
    [InlineData("a: !!custom x\n")]
    [InlineData("a: *missing\n")]
    [InlineData("? [1]\n: x\n")]
    [InlineData("a: 1\n---\nb: 2\n")]
    [InlineData("a: [1\n")]
    public void DecodeRejects(string yaml) => Assert.NotNull(Fails("yamldecode", S(yaml)));

    [Fact]
    public void DecodeRejectsNullKeys() => Assert.Equal("mapping key cannot be null", Fails("yamldecode", S("~: x\n")).Message);

    [Theory]
    [InlineData("{\"a\":\"b\",\"c\":\"d\"}", "\"a\": \"b\"\n\"c\": \"d\"\n")]
    [InlineData("{\"foo\":[1,2,3],\"bar\":\"baz\"}", "\"bar\": \"baz\"\n\"foo\":\n- 1\n- 2\n- 3\n")]
    [InlineData("{\"a\":{\"b\":true,\"c\":null}}", "\"a\":\n  \"b\": true\n  \"c\": null\n")]
    [InlineData("[[1,2],{\"a\":1,\"b\":2},[]]", "- - 1\n  - 2\n- \"a\": 1\n  \"b\": 2\n- []\n")]
    [InlineData("{\"e\":{},\"l\":[]}", "\"e\": {}\n\"l\": []\n")]
    [InlineData("\"hello\"", "\"hello\"\n")]
    [InlineData("1", "1\n...\n")]
    [InlineData("{\"t\":\"a\\tb\"}", "\"t\": \"a\\tb\"\n")]
    [InlineData("{\"s\":\"two\\nlines\"}", "\"s\": |-\n  two\n  lines\n")]
    [InlineData("{\"s\":\"two\\nlines\\n\"}", "\"s\": |\n  two\n  lines\n")]
    [InlineData("[\"x\\ny\"]", "- |-\n  x\n  y\n")]
    public void Encode(string json, string expectedYaml) => Same(S(expectedYaml), Call("yamlencode", J(json)));

    [Fact]
    public void EncodeFoldsLongDoubleQuotedStrings()
    {
        var words = string.Join(' ', Enumerable.Repeat("word", 30));
        var yaml = Call("yamlencode", Object(("k", S(words)))).AsString();
        Assert.Contains("\n  ", yaml, StringComparison.Ordinal);
        Same(Object(("k", S(words))), Call("yamldecode", S(yaml)));
    }

    [Fact]
    public void EncodeOfUnknownIsUnknown() => Same(Unknown(HclType.String), Call("yamlencode", Tuple(Unknown(HclType.String))));

    [Theory]
    [InlineData("{\"a\":[1,\"two\",true,null,{\"b\":\"c d\"}],\"e\":\"multi\\nline\\ntext\",\"f\":\"quote \\\" and \\\\ backslash\"}")]
    [InlineData("[\"\",\" lead\",\"trail \",\"\\u00e9\\u2028x\"]")]
    public void EncodeThenDecodeRoundTrips(string json)
    {
        var value = J(json);
        Assert.Equal(JsonText(value), JsonText(Call("yamldecode", Call("yamlencode", value))));
    }
}
