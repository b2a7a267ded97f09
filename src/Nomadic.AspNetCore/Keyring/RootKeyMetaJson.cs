using System.Text.Json;
using Nomadic.Identity;

namespace Nomadic.AspNetCore;

/// <summary>
/// Writes a signing key as Nomad's <c>RootKeyMeta</c> (<c>api/keyring.go</c>): <c>KeyID</c>, <c>Algorithm</c>, <c>CreateTime</c>
/// (Unix nanoseconds), <c>CreateIndex</c>, <c>ModifyIndex</c>, <c>State</c>.
/// </summary>
internal static class RootKeyMetaJson
{
    private static readonly DateTimeOffset UnixEpoch = DateTimeOffset.UnixEpoch;

    public static void Write(Utf8JsonWriter writer, KeyMetadata key)
    {
        writer.WriteStartObject();
        writer.WriteString("KeyID", key.KeyId);

        // Nomad names the root key's encryption algorithm here; a Nomadic key only signs, so this is its JWS algorithm.
        writer.WriteString("Algorithm", key.PublicKey.Alg);
        writer.WriteNumber("CreateTime", (key.CreateTime.UtcTicks - UnixEpoch.UtcTicks) * 100);
        writer.WriteNumber("CreateIndex", 0);
        writer.WriteNumber("ModifyIndex", 0);
        writer.WriteString("State", StateName(key.State));
        writer.WriteEndObject();
    }

    /// <summary>Nomad's state names; <c>prepublished</c> is Nomad 1.8's, <c>deprecated</c> is a retired key.</summary>
    public static string StateName(KeyState state) => state switch
    {
        KeyState.Active => "active",
        KeyState.Prepublished => "prepublished",
        KeyState.Inactive => "inactive",
        _ => "deprecated",
    };
}
