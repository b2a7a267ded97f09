namespace Nomadic.Core.Scheduling;

/// <summary>A computed class key with its hash taken once, so grouping many nodes by class does not rehash long keys.</summary>
internal sealed class ClassKey(string value) : IEquatable<ClassKey>
{
    private readonly int _hash = StringComparer.Ordinal.GetHashCode(value);

    public string Value { get; } = value;

    public bool Equals(ClassKey? other) =>
        ReferenceEquals(this, other) || (other is not null && other._hash == _hash && string.Equals(other.Value, Value, StringComparison.Ordinal));

    public override bool Equals(object? obj) => Equals(obj as ClassKey);

    public override int GetHashCode() => _hash;
}
