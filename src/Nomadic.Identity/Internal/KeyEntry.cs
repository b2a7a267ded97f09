namespace Nomadic.Identity.Internal;

/// <summary>A stored key: its metadata and its private material.</summary>
internal sealed record KeyEntry(KeyMetadata Metadata, KeyMaterial Material);
