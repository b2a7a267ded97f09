using Nomadic.Hcl.Values;

namespace Nomadic.Hcl.Tests.Values;

public class HclValueOperationTests
{
    private static readonly HclValue UnknownBool = HclValue.Unknown(HclType.Bool);

    private static HclValue S(string s) => HclValue.String(s);

    private static HclValue N(long n) => HclValue.Number(n);

    private static KeyValuePair<string, HclValue> P(string key, HclValue value) => new(key, value);

    [Theory]
    [MemberData(nameof(EqualityCases))]
    public void EqualTo_matches_cty_Equals(HclValue a, HclValue b, HclValue expected)
    {
        Assert.Equal(expected, a.EqualTo(b));
        Assert.Equal(expected, b.EqualTo(a));
        var negated = expected.IsKnown ? HclValue.Bool(!expected.AsBool()) : UnknownBool;
        Assert.Equal(negated, a.NotEqualTo(b));
    }

    public static TheoryData<HclValue, HclValue, HclValue> EqualityCases() => new()
    {
        { S("a"), S("a"), HclValue.True },
        { S("a"), S("b"), HclValue.False },
        { N(1), HclValue.Number(HclNumber.Parse("1.000")), HclValue.True },
        { S("1"), N(1), HclValue.False },
        { HclValue.True, HclValue.True, HclValue.True },
        { HclValue.Null(HclType.String), HclValue.Null(HclType.Number), HclValue.True },
        { HclValue.NullDynamic, HclValue.Null(HclType.List(HclType.String)), HclValue.True },
        { HclValue.Null(HclType.String), S("a"), HclValue.False },
        { HclValue.NullDynamic, N(0), HclValue.False },
        { HclValue.Unknown(HclType.String), S("a"), UnknownBool },
        { HclValue.Unknown(HclType.String), N(1), HclValue.False },
        { HclValue.DynamicUnknown, S("a"), UnknownBool },
        { HclValue.Unknown(HclType.String), HclValue.Unknown(HclType.String), UnknownBool },
        { HclValue.Unknown(HclType.String), HclValue.Null(HclType.String), UnknownBool },
        { HclValue.List([N(1), N(2)]), HclValue.List([N(1), N(2)]), HclValue.True },
        { HclValue.List([N(1), N(2)]), HclValue.List([N(1), N(3)]), HclValue.False },
        { HclValue.List([N(1)]), HclValue.List([N(1), N(2)]), HclValue.False },
        { HclValue.List([N(1)]), HclValue.Tuple([N(1)]), HclValue.False },
        { HclValue.List([HclValue.Unknown(HclType.Number)]), HclValue.List([N(1)]), UnknownBool },
        { HclValue.List([HclValue.Unknown(HclType.Number), N(1)]), HclValue.List([N(1), N(2)]), UnknownBool },
        { HclValue.Tuple([S("a"), N(1)]), HclValue.Tuple([S("a"), N(1)]), HclValue.True },
        { HclValue.Tuple([HclValue.DynamicUnknown]), HclValue.Tuple([S("a")]), UnknownBool },
        { HclValue.Tuple([HclValue.DynamicUnknown]), HclValue.Tuple([S("a"), S("b")]), HclValue.False },
        { HclValue.Map([P("a", N(1))]), HclValue.Map([P("a", N(1))]), HclValue.True },
        { HclValue.Map([P("a", N(1))]), HclValue.Map([P("b", N(1))]), HclValue.False },
        { HclValue.Object([P("a", N(1))]), HclValue.Object([P("a", N(1))]), HclValue.True },
        { HclValue.Object([P("a", N(1))]), HclValue.Object([P("a", N(2))]), HclValue.False },
        { HclValue.Set([S("a"), S("b")]), HclValue.Set([S("b"), S("a")]), HclValue.True },
        { HclValue.Set([S("a")]), HclValue.Set([S("a"), S("b")]), HclValue.False },
        { HclValue.Set([HclValue.Unknown(HclType.String)]), HclValue.Set([S("a")]), UnknownBool },
        { HclValue.SetEmpty(HclType.String), HclValue.SetEmpty(HclType.String), HclValue.True },
        { HclValue.ListEmpty(HclType.String), HclValue.ListEmpty(HclType.Number), HclValue.False },
    };

    [Fact]
    public void Index_reads_lists_tuples_and_maps()
    {
        var list = HclValue.List([N(10), N(20)]);
        Assert.Equal(N(20), list.Index(N(1)));
        Assert.Throws<HclValueException>(() => list.Index(N(2)));
        Assert.Throws<HclValueException>(() => list.Index(HclValue.Number(1.5)));
        Assert.Throws<HclValueException>(() => list.Index(N(-1)));
        Assert.Throws<HclValueException>(() => list.Index(S("0")));
        Assert.Equal(HclValue.Unknown(HclType.Number), list.Index(HclValue.Unknown(HclType.Number)));
        Assert.Equal(HclValue.Unknown(HclType.Number), list.Index(HclValue.DynamicUnknown));
        Assert.Equal(HclValue.Unknown(HclType.Number), HclValue.Unknown(HclType.List(HclType.Number)).Index(N(0)));
        Assert.Throws<HclValueException>(() => HclValue.Null(HclType.List(HclType.Number)).Index(N(0)));

        var tuple = HclValue.Tuple([S("a"), N(1)]);
        Assert.Equal(N(1), tuple.Index(N(1)));
        Assert.Equal(HclValue.DynamicUnknown, tuple.Index(HclValue.Unknown(HclType.Number)));
        Assert.Equal(HclValue.Unknown(HclType.String), HclValue.Unknown(tuple.Type).Index(N(0)));
        Assert.Throws<HclValueException>(() => tuple.Index(N(5)));

        var map = HclValue.Map([P("a", N(1))]);
        Assert.Equal(N(1), map.Index(S("a")));
        Assert.Throws<HclValueException>(() => map.Index(S("b")));
        Assert.Throws<HclValueException>(() => map.Index(N(0)));
        Assert.Equal(HclValue.Unknown(HclType.Number), map.Index(HclValue.Unknown(HclType.String)));

        Assert.Equal(HclValue.DynamicUnknown, HclValue.DynamicUnknown.Index(N(0)));
        Assert.Throws<HclValueException>(() => S("abc").Index(N(0)));
        Assert.Throws<HclValueException>(() => HclValue.Set([N(1)]).Index(N(0)));
    }

    [Fact]
    public void HasIndex_matches_cty()
    {
        var list = HclValue.List([N(10), N(20)]);
        Assert.Equal(HclValue.True, list.HasIndex(N(1)));
        Assert.Equal(HclValue.False, list.HasIndex(N(2)));
        Assert.Equal(HclValue.False, list.HasIndex(N(-1)));
        Assert.Equal(HclValue.False, list.HasIndex(HclValue.Number(0.5)));
        Assert.Equal(HclValue.False, list.HasIndex(S("0")));
        Assert.Equal(UnknownBool, list.HasIndex(HclValue.Unknown(HclType.Number)));
        Assert.Equal(UnknownBool, list.HasIndex(HclValue.DynamicUnknown));
        Assert.Equal(UnknownBool, HclValue.Unknown(list.Type).HasIndex(N(0)));
        Assert.Equal(HclValue.True, HclValue.Unknown(HclType.Tuple([HclType.String])).HasIndex(N(0)));
        Assert.Equal(HclValue.True, HclValue.Map([P("a", N(1))]).HasIndex(S("a")));
        Assert.Equal(HclValue.False, HclValue.Map([P("a", N(1))]).HasIndex(S("b")));
        Assert.Equal(HclValue.False, HclValue.Map([P("a", N(1))]).HasIndex(N(1)));
        Assert.Equal(UnknownBool, HclValue.DynamicUnknown.HasIndex(N(0)));
    }

    [Fact]
    public void GetAttribute_matches_cty()
    {
        var obj = HclValue.Object([P("name", S("x")), P("a\u00f1o", N(1))]);
        Assert.Equal(S("x"), obj.GetAttribute("name"));
        Assert.Equal(N(1), obj.GetAttribute("an\u0303o"));
        Assert.Throws<HclValueException>(() => obj.GetAttribute("missing"));
        Assert.Equal(HclValue.Unknown(HclType.String), HclValue.Unknown(obj.Type).GetAttribute("name"));
        Assert.Throws<HclValueException>(() => HclValue.Null(obj.Type).GetAttribute("name"));
        Assert.Equal(HclValue.DynamicUnknown, HclValue.DynamicUnknown.GetAttribute("anything"));
        Assert.Throws<HclValueException>(() => HclValue.Map([P("name", S("x"))]).GetAttribute("name"));
    }

    [Fact]
    public void ElementsAsPairs_matches_cty_ElementIterator()
    {
        Assert.Equal([new(N(0), S("a")), new(N(1), S("b"))], HclValue.List([S("a"), S("b")]).ElementsAsPairs());
        Assert.Equal([new(N(0), S("a")), new(N(1), N(2))], HclValue.Tuple([S("a"), N(2)]).ElementsAsPairs());
        Assert.Equal([new(S("a"), N(1)), new(S("b"), N(2))], HclValue.Map([P("b", N(2)), P("a", N(1))]).ElementsAsPairs());
        Assert.Equal([new(S("x"), S("x")), new(S("y"), S("y"))], HclValue.Set([S("y"), S("x")]).ElementsAsPairs());
        Assert.Equal([new(S("k"), HclValue.True)], HclValue.Object([P("k", HclValue.True)]).ElementsAsPairs());
        Assert.Throws<HclValueException>(() => S("a").ElementsAsPairs());
        Assert.Throws<HclValueException>(() => HclValue.Unknown(HclType.List(HclType.String)).ElementsAsPairs());
    }

    [Fact]
    public void Length_and_element_access_require_known_non_null_collections()
    {
        Assert.Throws<HclValueException>(() => HclValue.Unknown(HclType.List(HclType.String)).Length);
        Assert.Throws<HclValueException>(() => HclValue.Null(HclType.Map(HclType.String)).Length);
        Assert.Throws<HclValueException>(() => S("abc").Length);
        Assert.Throws<HclValueException>(() => HclValue.Null(HclType.List(HclType.String)).Elements);
        Assert.Throws<HclValueException>(() => HclValue.List([N(1)]).Attributes);
        Assert.Throws<HclValueException>(() => HclValue.Map([P("a", N(1))]).Elements);
        Assert.Equal(1, HclValue.Null(HclType.Object(new Dictionary<string, HclType> { ["a"] = HclType.String })).Length);
    }
}
