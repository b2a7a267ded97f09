using System.Text.Json.Nodes;

namespace Nomadic.Integrations.Consul;

/// <summary>An ACL binding rule (<c>/v1/acl/binding-rule</c>).</summary>
/// <param name="Id">The ID; empty when creating.</param>
/// <param name="Description">The description.</param>
/// <param name="AuthMethod">The auth method it applies to.</param>
/// <param name="Selector">The bexpr selector over the mapped claims, e.g. <c>"nomad_service" in value</c>.</param>
/// <param name="BindType"><c>service</c>, <c>role</c>, <c>node</c> or <c>policy</c>.</param>
/// <param name="BindName">The name bound, templated with <c>${value.claim}</c>.</param>
public sealed record ConsulBindingRule(string Id, string Description, string AuthMethod, string Selector, string BindType, string BindName);

/// <summary>An ACL policy or role as listed: its ID and name.</summary>
/// <param name="Id">The ID.</param>
/// <param name="Name">The name.</param>
public sealed record ConsulAclEntry(string Id, string Name);

/// <summary>An Enterprise namespace (<c>/v1/namespace</c>).</summary>
/// <param name="Name">The name.</param>
/// <param name="Meta">Its metadata, e.g. <c>created-by = nomad-setup</c>.</param>
public sealed record ConsulNamespace(string Name, IReadOnlyDictionary<string, string> Meta);

/// <summary>An ACL auth method (<c>PUT /v1/acl/auth-method</c>).</summary>
/// <param name="Name">The name.</param>
/// <param name="Type">The type, e.g. <c>jwt</c>.</param>
/// <param name="DisplayName">The display name.</param>
/// <param name="Description">The description.</param>
/// <param name="TokenLocality"><c>local</c> or <c>global</c>.</param>
/// <param name="Config">The type's configuration (for <c>jwt</c>: <c>JWKSURL</c>, <c>JWTSupportedAlgs</c>, <c>BoundAudiences</c>, <c>ClaimMappings</c>).</param>
/// <param name="NamespaceRules">Enterprise namespace rules as <c>(Selector, BindNamespace)</c>; empty for none.</param>
public sealed record ConsulAuthMethod(string Name, string Type, string DisplayName, string Description, string TokenLocality, JsonObject Config, IReadOnlyList<(string Selector, string BindNamespace)> NamespaceRules);
