using Nomadic.Hcl.Values;

namespace Nomadic.Hcl.Tests.Values;

public class HclValueConstructionTests
{
    private static HclValue S(string s) => HclValue.String(s);

    private static HclValue N(long n) => HclValue.Number(n);

    private static KeyValuePair<string, HclValue> P(string key, HclValue value) => new(key, value);

    [Fact]
    public void Primitives()
    {
        Assert.Equal("a", S("a").AsString());
        Assert.Equal(HclType.String, S("a").Type);
        Assert.Equal(HclNumber.Parse("1.5"), HclValue.Number(1.5).AsNumber());
        Assert.Equal(HclNumber.FromInt64(7), N(7).AsNumber());
        Assert.True(HclValue.True.AsBool());
        Assert.False(HclValue.Bool(false).AsBool());
        Assert.Equal(HclValue.True, HclValue.Bool(true));
        Assert.Equal(123, N(123).AsInt32());
        Assert.Equal(123L, N(123).AsInt64());
        Assert.Equal(2.5, HclValue.Number(HclNumber.Parse("2.5")).AsDouble());
        Assert.Equal(new System.Numerics.BigInteger(-2), HclValue.Number(HclNumber.Parse("-2.7")).AsBigInteger());
        Assert.Throws<HclValueException>(() => HclValue.Number(HclNumber.Parse("2.5")).AsInt64());
    }

    [Fact]
    public void Strings_are_normalized_to_nfc()
    {
        var decomposed = S("an\u0303os");
        var precomposed = S("a\u00f1os");
        Assert.Equal(precomposed, decomposed);
        Assert.Equal("a\u00f1os", decomposed.AsString());
        Assert.True(decomposed.EqualTo(precomposed).AsBool());
        Assert.Equal("\uAC00", S("\u1100\u1161").AsString());
        Assert.Equal("\uAC01", S("\u1100\u1161\u11A8").AsString());
        Assert.Equal("\u1E69", S("s\u0323\u0307").AsString());
        Assert.Equal("\u1E69", S("s\u0307\u0323").AsString());
        Assert.Equal("\u212B".Length, S("\u212B").AsString().Length);
        Assert.Equal("\u00C5", S("\u212B").AsString());
    }

    [Fact]
    public void String_length_counts_grapheme_clusters()
    {
        Assert.Equal(4, S("a\u00f1os").StringLength);
        Assert.Equal(4, S("an\u0303os").StringLength);
        Assert.Equal(1, S("\U0001F1E9\U0001F1EA").StringLength);
        Assert.Equal(1, S("\U0001F44D\U0001F3FD").StringLength);
        Assert.Equal(2, S("\r\n!").StringLength);
        Assert.Equal(0, S(string.Empty).StringLength);
    }

    [Fact]
    public void Null_and_unknown()
    {
        Assert.True(HclValue.Null(HclType.String).IsNull);
        Assert.Equal(HclType.String, HclValue.Null(HclType.String).Type);
        Assert.True(HclValue.NullDynamic.IsNull);
        Assert.Equal(HclType.Dynamic, default(HclValue).Type);
        Assert.Equal(HclValue.NullDynamic, HclValue.Null(HclType.Dynamic));
        Assert.False(HclValue.Unknown(HclType.Number).IsKnown);
        Assert.False(HclValue.Unknown(HclType.Number).IsNull);
        Assert.False(HclValue.DynamicUnknown.IsKnown);
        Assert.Equal(HclType.Dynamic, HclValue.DynamicUnknown.Type);
        Assert.Throws<HclValueException>(() => HclValue.Null(HclType.String).AsString());
        Assert.Throws<HclValueException>(() => HclValue.Unknown(HclType.String).AsString());
        Assert.Throws<HclValueException>(() => N(1).AsString());
    }

    [Fact]
    public void Lists_require_one_element_type()
    {
        var list = HclValue.List([S("a"), S("b")]);
        Assert.Equal(HclType.List(HclType.String), list.Type);
        Assert.Equal(2, list.Length);
        Assert.Equal([S("a"), S("b")], list.Elements);
        Assert.Throws<ArgumentException>(() => HclValue.List([S("a"), N(1)]));
        Assert.Throws<ArgumentException>(() => HclValue.List([]));
        Assert.Equal(0, HclValue.ListEmpty(HclType.Number).Length);
        Assert.Equal(HclType.List(HclType.Number), HclValue.ListEmpty(HclType.Number).Type);
        var withNull = HclValue.List([S("a"), HclValue.Null(HclType.String)]);
        Assert.True(withNull.Elements[1].IsNull);
    }

    [Fact]
    public void Sets_deduplicate_and_order_primitives_as_cty()
    {
        Assert.Equal([S("a"), S("b"), S("c")], HclValue.Set([S("b"), S("a"), S("c"), S("a")]).Elements);
        Assert.Equal([N(1), HclValue.Number(1.5), N(2), N(10)], HclValue.Set([N(10), N(2), HclValue.Number(1.5), N(1), N(2)]).Elements);
        Assert.Equal([HclValue.False, HclValue.True], HclValue.Set([HclValue.True, HclValue.False, HclValue.True]).Elements);
        Assert.Equal([S("B"), S("a"), S("\uFF21"), S("\U0001F600")], HclValue.Set([S("\U0001F600"), S("\uFF21"), S("a"), S("B")]).Elements);
        Assert.Equal(1, HclValue.Set([S("an\u0303o"), S("a\u00f1o")]).Length);
        Assert.Equal([N(1)], HclValue.Set([HclValue.Number(HclNumber.Parse("1.0")), N(1)]).Elements);
    }

    [Fact]
    public void Sets_keep_unknowns_after_known_values_and_nulls_last()
    {
        var set = HclValue.Set([HclValue.Null(HclType.String), HclValue.Unknown(HclType.String), S("z"), HclValue.Unknown(HclType.String), S("a"), HclValue.Null(HclType.String)]);
        Assert.Equal(5, set.Length);
        Assert.Equal(S("a"), set.Elements[0]);
        Assert.Equal(S("z"), set.Elements[1]);
        Assert.False(set.Elements[2].IsKnown);
        Assert.False(set.Elements[3].IsKnown);
        Assert.True(set.Elements[4].IsNull);
        Assert.False(set.IsWhollyKnown);
    }

    [Fact]
    public void Sets_of_structures_deduplicate_and_order_deterministically()
    {
        var a = HclValue.List([S("a")]);
        var b = HclValue.List([S("b")]);
        var set = HclValue.Set([b, a, HclValue.List([S("b")])]);
        Assert.Equal([a, b], set.Elements);
        var o1 = HclValue.Object([P("n", N(2))]);
        var o2 = HclValue.Object([P("n", N(10))]);
        Assert.Equal([o2, o1], HclValue.Set([o1, o2, o1]).Elements);
        Assert.Throws<ArgumentException>(() => HclValue.Set([S("a"), N(1)]));
        Assert.Equal(HclType.Set(HclType.Bool), HclValue.SetEmpty(HclType.Bool).Type);
    }

    [Fact]
    public void Maps_and_objects_iterate_in_key_order()
    {
        var map = HclValue.Map([P("b", N(2)), P("a", N(1)), P("\U0001F600", N(4)), P("\uFF21", N(3))]);
        Assert.Equal(["a", "b", "\uFF21", "\U0001F600"], map.Attributes.Keys);
        Assert.Equal(HclType.Map(HclType.Number), map.Type);
        Assert.Throws<ArgumentException>(() => HclValue.Map([P("a", N(1)), P("a", N(2))]));
        Assert.Throws<ArgumentException>(() => HclValue.Map([P("a", N(1)), P("b", S("x"))]));
        Assert.Throws<ArgumentException>(() => HclValue.Map([]));
        Assert.Equal(HclType.Map(HclType.String), HclValue.MapEmpty(HclType.String).Type);

        var obj = HclValue.Object([P("z", S("x")), P("a", N(1))]);
        Assert.Equal(["a", "z"], obj.Attributes.Keys);
        Assert.Equal(HclType.Object(new Dictionary<string, HclType> { ["a"] = HclType.Number, ["z"] = HclType.String }), obj.Type);
        Assert.Equal(HclValue.EmptyObject, HclValue.Object([]));
        Assert.Equal(2, obj.Length);
        Assert.Equal(S("x"), obj.GetAttribute("z"));
        Assert.Throws<ArgumentException>(() => HclValue.Object([P("an\u0303o", N(1)), P("a\u00f1o", N(2))]));
    }

    [Fact]
    public void Tuples_take_their_element_types()
    {
        var tuple = HclValue.Tuple([S("a"), N(1), HclValue.True]);
        Assert.Equal(HclType.Tuple([HclType.String, HclType.Number, HclType.Bool]), tuple.Type);
        Assert.Equal(3, tuple.Length);
        Assert.Equal(HclValue.EmptyTuple, HclValue.Tuple([]));
        Assert.Equal(2, HclValue.Unknown(HclType.Tuple([HclType.String, HclType.String])).Length);
    }

    [Fact]
    public void Wholly_known_looks_inside()
    {
        Assert.True(HclValue.List([S("a")]).IsWhollyKnown);
        Assert.False(HclValue.List([HclValue.Unknown(HclType.String)]).IsWhollyKnown);
        Assert.True(HclValue.List([HclValue.Unknown(HclType.String)]).IsKnown);
        Assert.False(HclValue.Object([P("a", HclValue.Tuple([HclValue.DynamicUnknown]))]).IsWhollyKnown);
        Assert.True(HclValue.Null(HclType.List(HclType.String)).IsWhollyKnown);
    }

    [Fact]
    public void Raw_equality_is_exact()
    {
        Assert.Equal(HclValue.Unknown(HclType.String), HclValue.Unknown(HclType.String));
        Assert.NotEqual(HclValue.Unknown(HclType.String), HclValue.Unknown(HclType.Number));
        Assert.NotEqual(HclValue.Null(HclType.String), HclValue.Null(HclType.Number));
        Assert.NotEqual(HclValue.Null(HclType.String), HclValue.Unknown(HclType.String));
        Assert.True(HclValue.List([N(1)]) == HclValue.List([N(1)]));
        Assert.True(HclValue.List([N(1)]) != HclValue.Tuple([N(1)]));
        Assert.Equal(HclValue.Map([P("a", N(1))]).GetHashCode(), HclValue.Map([P("a", N(1))]).GetHashCode());
        Assert.Equal(HclValue.Number(HclNumber.Parse("1e30")).GetHashCode(), HclValue.Number(HclNumber.Parse("1000000000000000000000000000000")).GetHashCode());
        Assert.True(HclValue.Number(HclNumber.Parse("1e30")).Equals((object)HclValue.Number(HclNumber.Parse("1e30"))));
    }

    [Theory]
    [MemberData(nameof(Renderings))]
    public void Renders_for_debugging(HclValue value, string expected)
    {
        Assert.Equal(expected, value.ToString());
    }

    public static TheoryData<HclValue, string> Renderings() => new()
    {
        { S("a"), "\"a\"" },
        { S("say \"hi\"\n${x}"), "\"say \\\"hi\\\"\\n$${x}\"" },
        { HclValue.Number(1.5), "1.5" },
        { HclValue.True, "true" },
        { HclValue.NullDynamic, "null" },
        { HclValue.Unknown(HclType.String), "unknown(string)" },
        { HclValue.DynamicUnknown, "unknown(any)" },
        { HclValue.List([N(1), N(2)]), "[1, 2]" },
        { HclValue.Object([P("a", N(1)), P("b c", S("x"))]), "{a = 1, \"b c\" = \"x\"}" },
        { HclValue.EmptyTuple, "[]" },
        { HclValue.EmptyObject, "{}" },
    };
}
