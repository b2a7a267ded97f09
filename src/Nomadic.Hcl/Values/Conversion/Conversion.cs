namespace Nomadic.Hcl.Values.Conversion;

/// <summary>A prepared conversion of values of one type to another (cty's internal <c>conversion</c>).</summary>
/// <param name="value">The value, of the source type (or of a type the dynamic source became).</param>
/// <param name="path">Where in the outermost value this one is; for error reporting.</param>
/// <returns>The converted value.</returns>
/// <exception cref="ConversionFailure">The value cannot be converted.</exception>
internal delegate HclValue Conversion(HclValue value, ConversionPath path);
