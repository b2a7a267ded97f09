using Nomadic.Hcl.Values;

namespace Nomadic.Hcl.Tests.Values;

public class HclConvertTests
{
    private static HclValue S(string s) => HclValue.String(s);

    private static HclValue N(string n) => HclValue.Number(HclNumber.Parse(n));

    private static KeyValuePair<string, HclValue> P(string key, HclValue value) => new(key, value);

    private static HclType Obj(params (string Name, HclType Type)[] attributes) =>
        HclType.Object(attributes.ToDictionary(a => a.Name, a => a.Type));

    private static HclType ObjOptional(string[] optional, params (string Name, HclType Type)[] attributes) =>
        HclType.Object(attributes.ToDictionary(a => a.Name, a => a.Type), optional);

    [Theory]
    [MemberData(nameof(Successes))]
    public void Converts(HclValue input, HclType target, HclValue expected)
    {
        Assert.True(HclConvert.TryConvert(input, target, out var result, out var error), error);
        Assert.Equal(expected, result);
        Assert.Equal(expected, HclConvert.Convert(input, target));
    }

    public static TheoryData<HclValue, HclType, HclValue> Successes() => new()
    {
        { N("5"), HclType.String, S("5") },
        { N("-12.50"), HclType.String, S("-12.5") },
        { N("1e21"), HclType.String, S("1000000000000000000000") },
        { N("0.1"), HclType.String, S("0.1") },
        { HclValue.True, HclType.String, S("true") },
        { HclValue.False, HclType.String, S("false") },
        { S("12"), HclType.Number, N("12") },
        { S("-1.5e3"), HclType.Number, N("-1500") },
        { S("true"), HclType.Bool, HclValue.True },
        { S("false"), HclType.Bool, HclValue.False },
        { S("1"), HclType.Bool, HclValue.True },
        { S("0"), HclType.Bool, HclValue.False },
        { S("a"), HclType.String, S("a") },
        { S("a"), HclType.Dynamic, S("a") },
        { HclValue.List([S("a")]), HclType.Dynamic, HclValue.List([S("a")]) },
        { HclValue.Null(HclType.String), HclType.Number, HclValue.Null(HclType.Number) },
        { HclValue.NullDynamic, HclType.List(HclType.String), HclValue.Null(HclType.List(HclType.String)) },
        { HclValue.Unknown(HclType.String), HclType.Number, HclValue.Unknown(HclType.Number) },
        { HclValue.DynamicUnknown, HclType.String, HclValue.Unknown(HclType.String) },
        { HclValue.DynamicUnknown, HclType.Dynamic, HclValue.DynamicUnknown },
        { HclValue.Unknown(HclType.Tuple([HclType.String])), HclType.List(HclType.Dynamic), HclValue.Unknown(HclType.List(HclType.String)) },
        { HclValue.Null(HclType.Tuple([HclType.Number])), HclType.List(HclType.String), HclValue.Null(HclType.List(HclType.String)) },
        { HclValue.Tuple([S("a"), N("1")]), HclType.List(HclType.String), HclValue.List([S("a"), S("1")]) },
        { HclValue.Tuple([S("a"), HclValue.True]), HclType.List(HclType.Dynamic), HclValue.List([S("a"), S("true")]) },
        { HclValue.Tuple([N("1"), N("2")]), HclType.List(HclType.Dynamic), HclValue.List([N("1"), N("2")]) },
        { HclValue.Tuple([S("1"), N("2")]), HclType.List(HclType.Number), HclValue.List([N("1"), N("2")]) },
        { HclValue.EmptyTuple, HclType.List(HclType.String), HclValue.ListEmpty(HclType.String) },
        { HclValue.EmptyTuple, HclType.List(HclType.Dynamic), HclValue.ListEmpty(HclType.Dynamic) },
        { HclValue.EmptyTuple, HclType.Set(HclType.Number), HclValue.SetEmpty(HclType.Number) },
        { HclValue.Tuple([S("b"), S("a"), S("b")]), HclType.Set(HclType.String), HclValue.Set([S("a"), S("b")]) },
        { HclValue.Tuple([N("2"), S("1")]), HclType.Set(HclType.Dynamic), HclValue.Set([S("1"), S("2")]) },
        { HclValue.Tuple([HclValue.NullDynamic, S("a")]), HclType.List(HclType.String), HclValue.List([HclValue.Null(HclType.String), S("a")]) },
        { HclValue.List([S("b"), S("a"), S("b")]), HclType.Set(HclType.String), HclValue.Set([S("a"), S("b")]) },
        { HclValue.Set([S("b"), S("a")]), HclType.List(HclType.String), HclValue.List([S("a"), S("b")]) },
        { HclValue.Set([N("10"), N("9")]), HclType.List(HclType.String), HclValue.List([S("9"), S("10")]) },
        { HclValue.SetEmpty(HclType.Number), HclType.List(HclType.Dynamic), HclValue.ListEmpty(HclType.Number) },
        { HclValue.List([N("1")]), HclType.List(HclType.String), HclValue.List([S("1")]) },
        { HclValue.List([S("1")]), HclType.List(HclType.Dynamic), HclValue.List([S("1")]) },
        { HclValue.Set([HclValue.Unknown(HclType.String), S("a")]), HclType.List(HclType.String), HclValue.Unknown(HclType.List(HclType.String)) },
        { HclValue.Set([HclValue.Unknown(HclType.String)]), HclType.List(HclType.String), HclValue.List([HclValue.Unknown(HclType.String)]) },
        { HclValue.Map([P("a", N("1"))]), HclType.Map(HclType.String), HclValue.Map([P("a", S("1"))]) },
        { HclValue.MapEmpty(HclType.Number), HclType.Map(HclType.String), HclValue.MapEmpty(HclType.String) },
        { HclValue.Object([P("a", S("x")), P("b", N("1"))]), HclType.Map(HclType.String), HclValue.Map([P("a", S("x")), P("b", S("1"))]) },
        { HclValue.Object([P("a", S("x")), P("b", HclValue.True)]), HclType.Map(HclType.Dynamic), HclValue.Map([P("a", S("x")), P("b", S("true"))]) },
        { HclValue.EmptyObject, HclType.Map(HclType.String), HclValue.MapEmpty(HclType.String) },
        { HclValue.Map([P("a", S("1")), P("extra", S("x"))]), Obj(("a", HclType.Number)), HclValue.Object([P("a", N("1"))]) },
        { HclValue.Map([P("a", S("1"))]), ObjOptional(["b"], ("a", HclType.Number), ("b", HclType.Bool)), HclValue.Object([P("a", N("1")), P("b", HclValue.Null(HclType.Bool))]) },
        { HclValue.Object([P("a", N("1")), P("extra", HclValue.True)]), Obj(("a", HclType.String)), HclValue.Object([P("a", S("1"))]) },
        { HclValue.Object([P("a", N("1"))]), ObjOptional(["b"], ("a", HclType.String), ("b", HclType.Number)), HclValue.Object([P("a", S("1")), P("b", HclValue.Null(HclType.Number))]) },
        { HclValue.Object([P("a", HclValue.Object([P("x", N("1"))]))]), ObjOptional(["a"], ("a", ObjOptional(["y"], ("x", HclType.String), ("y", HclType.String)))), HclValue.Object([P("a", HclValue.Object([P("x", S("1")), P("y", HclValue.Null(HclType.String))]))]) },
        { HclValue.EmptyObject, ObjOptional(["a"], ("a", ObjOptional(["y"], ("y", HclType.String)))), HclValue.Object([P("a", HclValue.Null(Obj(("y", HclType.String))))]) },
        { HclValue.Tuple([N("1"), HclValue.True]), HclType.Tuple([HclType.String, HclType.String]), HclValue.Tuple([S("1"), S("true")]) },
        { HclValue.Tuple([N("1")]), HclType.Tuple([HclType.Dynamic]), HclValue.Tuple([N("1")]) },
        { HclValue.Tuple([HclValue.Tuple([S("1")]), HclValue.Tuple([N("2")])]), HclType.List(HclType.List(HclType.Number)), HclValue.List([HclValue.List([N("1")]), HclValue.List([N("2")])]) },
        { HclValue.Tuple([HclValue.Object([P("a", S("x"))]), HclValue.Object([P("a", N("1"))])]), HclType.List(HclType.Dynamic), HclValue.List([HclValue.Object([P("a", S("x"))]), HclValue.Object([P("a", S("1"))])]) },
        { HclValue.Tuple([HclValue.Object([P("a", S("x"))]), HclValue.Object([P("b", S("y"))])]), HclType.List(HclType.Dynamic), HclValue.List([HclValue.Map([P("a", S("x"))]), HclValue.Map([P("b", S("y"))])]) },
        { HclValue.Object([P("a", HclValue.Tuple([S("x")])), P("b", HclValue.Tuple([S("y"), S("z")]))]), HclType.Map(HclType.List(HclType.String)), HclValue.Map([P("a", HclValue.List([S("x")])), P("b", HclValue.List([S("y"), S("z")]))]) },
        { HclValue.List([HclValue.NullDynamic]), HclType.List(HclType.String), HclValue.List([HclValue.Null(HclType.String)]) },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Reports_cty_messages(HclValue input, HclType target, string message, string path)
    {
        Assert.False(HclConvert.TryConvert(input, target, out _, out var error));
        Assert.Equal(message, error);
        var exception = Assert.Throws<HclConversionException>(() => HclConvert.Convert(input, target));
        Assert.Equal(message, exception.Message);
        Assert.Equal(path, exception.Path);
        Assert.IsType<HclValueException>(exception, exactMatch: false);
    }

    public static TheoryData<HclValue, HclType, string, string> Failures() => new()
    {
        { S("foo"), HclType.Number, "a number is required", string.Empty },
        { S("0x10"), HclType.Number, "a number is required", string.Empty },
        { S(" 1"), HclType.Number, "a number is required", string.Empty },
        { S("yes"), HclType.Bool, "a bool is required", string.Empty },
        { S("TRUE"), HclType.Bool, "a bool is required; to convert from string, use lowercase \"true\"", string.Empty },
        { S("False"), HclType.Bool, "a bool is required; to convert from string, use lowercase \"false\"", string.Empty },
        { N("1"), HclType.Bool, "bool required, but have number", string.Empty },
        { HclValue.True, HclType.Number, "number required, but have bool", string.Empty },
        { HclValue.Tuple([S("a")]), HclType.String, "string required, but have tuple", string.Empty },
        { S("a"), HclType.List(HclType.String), "list of string required, but have string", string.Empty },
        { S("a"), HclType.List(HclType.Dynamic), "list of dynamic required, but have string", string.Empty },
        { HclValue.Map([P("a", S("x"))]), HclType.List(HclType.String), "list of string required", string.Empty },
        { HclValue.Object([P("a", S("x"))]), HclType.List(HclType.String), "list of string required", string.Empty },
        { HclValue.Tuple([S("a"), HclValue.Tuple([S("b")])]), HclType.List(HclType.String), "element 1: string required, but have tuple", string.Empty },
        { HclValue.Tuple([N("1"), HclValue.True]), HclType.List(HclType.Dynamic), "all list elements must have the same type", string.Empty },
        { HclValue.Tuple([N("1"), HclValue.True]), HclType.Set(HclType.Dynamic), "all set elements must have the same type", string.Empty },
        { HclValue.Object([P("a", N("1")), P("b", HclValue.True)]), HclType.Map(HclType.Dynamic), "all map elements must have the same type", string.Empty },
        { HclValue.Object([P("x", HclValue.EmptyTuple)]), HclType.Map(HclType.String), "element \"x\": string required, but have tuple", string.Empty },
        { HclValue.List([S("a")]), HclType.Map(HclType.String), "map of string required", string.Empty },
        { HclValue.List([HclValue.True]), HclType.List(HclType.Number), "incorrect list element type: number required, but have bool", string.Empty },
        { HclValue.Object([P("a", N("1"))]), Obj(("a", HclType.String), ("b", HclType.Number)), "attribute \"b\" is required", string.Empty },
        { HclValue.EmptyObject, Obj(("b", HclType.String), ("a", HclType.Number)), "attributes \"a\" and \"b\" are required", string.Empty },
        { HclValue.EmptyObject, Obj(("c", HclType.String), ("b", HclType.String), ("a", HclType.Number)), "attributes \"a\", \"b\", and \"c\" are required", string.Empty },
        { HclValue.Object([P("a", HclValue.True)]), Obj(("a", HclType.Number)), "attribute \"a\": number required, but have bool", string.Empty },
        { HclValue.Tuple([S("a")]), Obj(("a", HclType.String)), "object required, but have tuple", string.Empty },
        { HclValue.List([S("1"), S("x")]), HclType.List(HclType.Number), "a number is required", "[1]" },
        { HclValue.Tuple([S("1"), S("x")]), HclType.Tuple([HclType.Number, HclType.Number]), "a number is required", "[1]" },
        { HclValue.Object([P("port", S("http"))]), Obj(("port", HclType.Number)), "a number is required", ".port" },
        { HclValue.Map([P("k", S("v"))]), HclType.Map(HclType.Bool), "a bool is required", "[\"k\"]" },
        { HclValue.Map([P("a", S("1"))]), Obj(("a", HclType.Number), ("b", HclType.Number)), "map has no element for required attribute \"b\"", string.Empty },
        { HclValue.Map([P("b", HclValue.List([S("x")]))]), ObjOptional(["b"], ("b", HclType.String)), "map element type is incompatible with attribute \"b\": string required, but have list of string", "[\"b\"]" },
        { HclValue.Tuple([HclValue.Object([P("a", S("x"))]), HclValue.Object([P("a", HclValue.Tuple([S("x")]))])]), HclType.List(HclType.Dynamic), "all list elements must have the same type", string.Empty },
    };

    [Fact]
    public void Convertibility_queries()
    {
        Assert.True(HclConvert.CanConvertSafely(HclType.Number, HclType.String));
        Assert.False(HclConvert.CanConvertSafely(HclType.String, HclType.Number));
        Assert.True(HclConvert.CanConvert(HclType.String, HclType.Number));
        Assert.False(HclConvert.CanConvert(HclType.Number, HclType.Bool));
        Assert.False(HclConvert.CanConvertSafely(HclType.List(HclType.String), HclType.Set(HclType.String)));
        Assert.True(HclConvert.CanConvertSafely(HclType.Set(HclType.String), HclType.List(HclType.String)));
        Assert.True(HclConvert.CanConvert(HclType.Map(HclType.String), Obj(("a", HclType.String))));
        Assert.False(HclConvert.CanConvertSafely(HclType.Map(HclType.String), Obj(("a", HclType.String))));
        Assert.Equal("string required, but have tuple", HclConvert.MismatchMessage(HclType.EmptyTuple, HclType.String));
    }
}
