using Nomadic.Hcl.Values;

namespace Nomadic.Hcl.Tests.Values;

public class HclTypeTests
{
    private static HclType Obj(params (string Name, HclType Type)[] attributes) =>
        HclType.Object(attributes.ToDictionary(a => a.Name, a => a.Type));

    [Fact]
    public void Types_compare_structurally()
    {
        Assert.Equal(HclType.List(HclType.String), HclType.List(HclType.String));
        Assert.Same(HclType.List(HclType.String), HclType.List(HclType.String));
        Assert.NotEqual(HclType.List(HclType.String), HclType.Set(HclType.String));
        Assert.Equal(HclType.Map(HclType.List(HclType.Number)), HclType.Map(HclType.List(HclType.Number)));
        Assert.True(Obj(("a", HclType.String), ("b", HclType.Number)) == Obj(("b", HclType.Number), ("a", HclType.String)));
        Assert.True(Obj(("a", HclType.String)) != Obj(("a", HclType.Number)));
        Assert.Equal(HclType.Tuple([HclType.String, HclType.Bool]), HclType.Tuple([HclType.String, HclType.Bool]));
        Assert.NotEqual(HclType.Tuple([HclType.String]), HclType.Tuple([HclType.String, HclType.String]));
        Assert.Equal(HclType.EmptyObject, HclType.Object(new Dictionary<string, HclType>()));
        Assert.Equal(HclType.EmptyTuple, HclType.Tuple([]));
        var optional = HclType.Object(new Dictionary<string, HclType> { ["a"] = HclType.String }, ["a"]);
        Assert.NotEqual(Obj(("a", HclType.String)), optional);
        Assert.Equal(Obj(("a", HclType.String)), optional.WithoutOptionalAttributesDeep());
        Assert.Equal(Obj(("a", HclType.String)).GetHashCode(), Obj(("a", HclType.String)).GetHashCode());
    }

    [Fact]
    public void Kinds_and_classification()
    {
        Assert.True(HclType.String.IsPrimitive);
        Assert.True(HclType.Set(HclType.Bool).IsCollection);
        Assert.True(HclType.EmptyTuple.IsStructural);
        Assert.True(HclType.Dynamic.IsDynamic);
        Assert.Equal(HclTypeKind.Map, HclType.Map(HclType.String).Kind);
        Assert.True(HclType.List(Obj(("x", HclType.Dynamic))).HasDynamicTypes);
        Assert.False(HclType.List(Obj(("x", HclType.String))).HasDynamicTypes);
        Assert.Equal(HclType.Number, HclType.List(HclType.Number).ElementType);
        Assert.Throws<InvalidOperationException>(() => HclType.String.ElementType);
        Assert.Throws<InvalidOperationException>(() => HclType.String.TupleElementTypes);
        Assert.Throws<InvalidOperationException>(() => HclType.String.AttributeTypes);
        Assert.Empty(HclType.String.OptionalAttributes);
    }

    [Fact]
    public void Attribute_types_are_ordered_by_name()
    {
        var type = Obj(("b", HclType.String), ("a", HclType.Number), ("C", HclType.Bool));
        Assert.Equal(["C", "a", "b"], type.AttributeTypes.Keys);
        Assert.True(type.HasAttribute("a"));
        Assert.False(type.HasAttribute("z"));
    }

    [Fact]
    public void Optional_attributes_must_exist()
    {
        Assert.Throws<ArgumentException>(() => HclType.Object(new Dictionary<string, HclType> { ["a"] = HclType.String }, ["b"]));
        var type = HclType.Object(new Dictionary<string, HclType> { ["a"] = HclType.String, ["b"] = HclType.Number }, ["b"]);
        Assert.True(type.IsOptionalAttribute("b"));
        Assert.False(type.IsOptionalAttribute("a"));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Friendly_names_match_cty(HclType type, string friendly, string constraint, string expression)
    {
        Assert.Equal(friendly, type.FriendlyName);
        Assert.Equal(constraint, type.FriendlyNameForConstraint);
        Assert.Equal(expression, type.ToString());
    }

    public static TheoryData<HclType, string, string, string> Names() => new()
    {
        { HclType.String, "string", "string", "string" },
        { HclType.Number, "number", "number", "number" },
        { HclType.Bool, "bool", "bool", "bool" },
        { HclType.Dynamic, "dynamic", "any type", "any" },
        { HclType.List(HclType.String), "list of string", "list of string", "list(string)" },
        { HclType.Map(HclType.Number), "map of number", "map of number", "map(number)" },
        { HclType.Set(HclType.Bool), "set of bool", "set of bool", "set(bool)" },
        { HclType.List(HclType.Dynamic), "list of dynamic", "list of any single type", "list(any)" },
        { HclType.List(HclType.Map(HclType.String)), "list of map of string", "list of map of string", "list(map(string))" },
        { HclType.Tuple([HclType.String, HclType.Number]), "tuple", "tuple", "tuple([string, number])" },
        { Obj(("b", HclType.Number), ("a", HclType.String)), "object", "object", "object({a=string, b=number})" },
        { Obj(("my key", HclType.String)), "object", "object", "object({\"my key\"=string})" },
        { HclType.Object(new Dictionary<string, HclType> { ["a"] = HclType.String }, ["a"]), "object", "object", "object({a=optional(string)})" },
        { HclType.EmptyObject, "object", "object", "object({})" },
        { HclType.EmptyTuple, "tuple", "tuple", "tuple([])" },
    };

    [Theory]
    [InlineData("string")]
    [InlineData("number")]
    [InlineData("bool")]
    [InlineData("any")]
    public void Type_keywords_parse(string keyword)
    {
        Assert.True(HclTypeParser.TryParseTypeKeyword(keyword, out var type));
        Assert.Equal(keyword, type.ToString());
    }

    [Fact]
    public void Unknown_type_keywords_do_not_parse()
    {
        Assert.False(HclTypeParser.TryParseTypeKeyword("list", out _));
        Assert.False(HclTypeParser.TryParseTypeKeyword("String", out _));
    }
}
