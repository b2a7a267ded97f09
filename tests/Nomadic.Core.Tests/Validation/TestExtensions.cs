namespace Nomadic.Core.Tests.Validation;

internal static class TestExtensions
{
    public static T Also<T>(this T value, Action<T> change)
    {
        change(value);
        return value;
    }
}
