using Nomadic.Hcl.Functions;
using Nomadic.Hcl.Values;

namespace Nomadic.Hcl.Tests.Functions;

/// <summary>Shorthands for calling library functions and building values in tests.</summary>
internal static class Fn
{
    public static IReadOnlyDictionary<string, HclFunction> Lib { get; } = HclStandardLibrary.Create(new HclFunctionOptions { IncludeCtyExtensions = true });

    public static HclValue Call(string name, params HclValue[] args) => Lib[name].Call(args);

    /// <summary>Calls with arguments given as a JSON array (objects become objects, arrays tuples).</summary>
    public static HclValue CallJson(string name, string argsJson) => Call(name, [.. J(argsJson).Elements]);

    public static HclFunctionException Fails(string name, params HclValue[] args) => Assert.Throws<HclFunctionException>(() => Call(name, args));

    public static HclFunctionException FailsJson(string name, string argsJson) => Assert.Throws<HclFunctionException>(() => CallJson(name, argsJson));

    public static HclValue J(string json) => HclJsonValues.FromJson(json);

    public static HclValue S(string s) => HclValue.String(s);

    public static HclValue N(long n) => HclValue.Number(n);

    public static HclValue N(string n) => HclValue.Number(HclNumber.Parse(n));

    public static HclValue Strings(params string[] items) =>
        items.Length == 0 ? HclValue.ListEmpty(HclType.String) : HclValue.List(items.Select(HclValue.String));

    public static HclValue Numbers(params long[] items) =>
        items.Length == 0 ? HclValue.ListEmpty(HclType.Number) : HclValue.List(items.Select(i => HclValue.Number(i)));

    public static HclValue StringSet(params string[] items) =>
        items.Length == 0 ? HclValue.SetEmpty(HclType.String) : HclValue.Set(items.Select(HclValue.String));

    public static HclValue Tuple(params HclValue[] items) => HclValue.Tuple(items);

    public static HclValue Object(params (string Name, HclValue Value)[] attributes) =>
        HclValue.Object(attributes.Select(a => new KeyValuePair<string, HclValue>(a.Name, a.Value)));

    public static HclValue StringMap(params (string Name, string Value)[] entries) =>
        entries.Length == 0 ? HclValue.MapEmpty(HclType.String) : HclValue.Map(entries.Select(a => new KeyValuePair<string, HclValue>(a.Name, HclValue.String(a.Value))));

    public static HclValue Unknown(HclType type) => HclValue.Unknown(type);

    /// <summary>Serializes for compact comparison: JSON with Go escaping.</summary>
    public static string JsonText(HclValue value) => Call("jsonencode", value).AsString();

    public static void Same(HclValue expected, HclValue actual) =>
        Assert.True(expected.RawEquals(actual), $"expected {expected} ({expected.Type}) but got {actual} ({actual.Type})");
}
