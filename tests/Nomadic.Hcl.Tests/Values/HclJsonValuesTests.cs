using System.Text.Json;
using Nomadic.Hcl.Values;

namespace Nomadic.Hcl.Tests.Values;

public class HclJsonValuesTests
{
    [Fact]
    public void Decodes_json_with_implied_types()
    {
        var value = HclJsonValues.FromJson("""{"b": [1, "x", true, null], "a": 3.14159265358979323846264338327950288, "c": {}, "d": 1e400}""");
        Assert.Equal(HclTypeKind.Object, value.Type.Kind);
        Assert.Equal(["a", "b", "c", "d"], value.Attributes.Keys);
        Assert.Equal("3.14159265358979323846264338327950288", value.GetAttribute("a").AsNumber().ToString());
        var b = value.GetAttribute("b");
        Assert.Equal(HclType.Tuple([HclType.Number, HclType.String, HclType.Bool, HclType.Dynamic]), b.Type);
        Assert.True(b.Elements[3].IsNull);
        Assert.Equal(HclValue.EmptyObject, value.GetAttribute("c"));
        Assert.Equal("1" + new string('0', 400), value.GetAttribute("d").AsNumber().ToString());
        Assert.Equal(HclValue.NullDynamic, HclJsonValues.FromJson("null"));
        Assert.Equal(HclValue.String("a\u00f1o"), HclJsonValues.FromJson("\"an\\u0303o\""));
    }

    [Fact]
    public void Repeated_keys_are_rejected_as_cty_does()
    {
        var error = Assert.Throws<HclValueException>(() => HclJsonValues.FromJson("""{"a": 1, "a": 2}"""));
        Assert.Equal("duplicate \"a\" property in JSON object", error.Message);
    }

    [Fact]
    public void Out_of_range_numbers_are_reported()
    {
        Assert.Throws<HclValueException>(() => HclJsonValues.FromJson("1e1000000"));
    }

    [Fact]
    public void Encodes_values_simply()
    {
        var value = HclValue.Object(
        [
            new("list", HclValue.List([HclValue.Number(1), HclValue.Number(HclNumber.Parse("0.1"))])),
            new("set", HclValue.Set([HclValue.String("b"), HclValue.String("a")])),
            new("map", HclValue.Map([new("k", HclValue.True)])),
            new("null", HclValue.Null(HclType.String)),
            new("big", HclValue.Number(HclNumber.Parse("1e25"))),
            new("tuple", HclValue.EmptyTuple),
        ]);
        Assert.Equal("""{"big":10000000000000000000000000,"list":[1,0.1],"map":{"k":true},"null":null,"set":["a","b"],"tuple":[]}""", HclJsonValues.ToJsonString(value));
    }

    [Fact]
    public void Unknown_values_cannot_be_encoded()
    {
        var error = Assert.Throws<HclValueException>(() => HclJsonValues.ToJsonString(HclValue.List([HclValue.Unknown(HclType.String)])));
        Assert.Equal("value is not known", error.Message);
    }

    [Fact]
    public void Writes_to_a_caller_supplied_writer()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            HclJsonValues.WriteJson(writer, HclValue.String("x"));
        }

        Assert.Equal("\"x\"", System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void Round_trips_through_json()
    {
        const string json = """{"a":[1,"two",false,null,{"b":-0.5}],"c":"d"}""";
        Assert.Equal(json, HclJsonValues.ToJsonString(HclJsonValues.FromJson(json)));
    }
}
