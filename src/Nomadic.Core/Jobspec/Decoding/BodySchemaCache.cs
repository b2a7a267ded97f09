using System.Collections.Concurrent;
using Nomadic.Hcl;

namespace Nomadic.Core.Jobspec.Decoding;

/// <summary>
/// One <see cref="BodySchema"/> per distinct list of attribute names and block headers. The decoder's call sites
/// pass the same names for every block of a type; sharing the schema saves building it per block, and lets
/// <c>Nomadic.Hcl</c> cache what it derives from a schema (the <c>dynamic</c>-extended copy).
/// </summary>
internal static class BodySchemaCache
{
    private static readonly ConcurrentDictionary<Key, BodySchema> Schemas = new(new KeyComparer());

    public static BodySchema Get(string[] attributes, BlockHeaderSchema[] blocks)
    {
        var key = new Key(attributes, blocks);
        if (Schemas.TryGetValue(key, out var schema))
        {
            return schema;
        }

        var attributeSchemas = new AttributeSchema[attributes.Length];
        for (var i = 0; i < attributes.Length; i++)
        {
            attributeSchemas[i] = new AttributeSchema(attributes[i]);
        }

        // The key keeps the caller's arrays; copy them so a caller reusing its array cannot change a cached key.
        return Schemas.GetOrAdd(new Key([.. attributes], [.. blocks]), new BodySchema { Attributes = attributeSchemas, Blocks = [.. blocks] });
    }

    private readonly record struct Key(string[] Attributes, BlockHeaderSchema[] Blocks);

    private sealed class KeyComparer : IEqualityComparer<Key>
    {
        public bool Equals(Key x, Key y)
        {
            if (x.Attributes.Length != y.Attributes.Length || x.Blocks.Length != y.Blocks.Length)
            {
                return false;
            }

            for (var i = 0; i < x.Attributes.Length; i++)
            {
                if (!string.Equals(x.Attributes[i], y.Attributes[i], StringComparison.Ordinal))
                {
                    return false;
                }
            }

            for (var i = 0; i < x.Blocks.Length; i++)
            {
                if (!SameHeader(x.Blocks[i], y.Blocks[i]))
                {
                    return false;
                }
            }

            return true;
        }

        // Names are short and the lists differ in length and first names: hashing a few characters is enough, and
        // much cheaper than hashing every name on every block read.
        public int GetHashCode(Key key)
        {
            var hash = new HashCode();
            hash.Add(key.Attributes.Length);
            hash.Add(key.Blocks.Length);
            foreach (var name in key.Attributes)
            {
                hash.Add(Sketch(name));
            }

            foreach (var block in key.Blocks)
            {
                hash.Add(Sketch(block.Type));
                hash.Add(block.LabelNames.Count);
            }

            return hash.ToHashCode();
        }

        private static int Sketch(string name) => name.Length == 0 ? 0 : (name.Length << 16) ^ (name[0] << 8) ^ name[^1];

        private static bool SameHeader(BlockHeaderSchema x, BlockHeaderSchema y)
        {
            if (!string.Equals(x.Type, y.Type, StringComparison.Ordinal) || x.LabelNames.Count != y.LabelNames.Count)
            {
                return false;
            }

            for (var i = 0; i < x.LabelNames.Count; i++)
            {
                if (!string.Equals(x.LabelNames[i], y.LabelNames[i], StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
