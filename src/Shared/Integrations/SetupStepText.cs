namespace Nomadic.Integrations.Http;

/// <summary>The line a setup step prints, as <c>nomad setup vault/consul</c> does (e.g. <c>[✔] Created policy "x".</c>); the status is the step enum's member name.</summary>
internal static class SetupStepText
{
    public static string Describe(string component, string name, string status)
    {
        var capitalized = char.ToUpperInvariant(component[0]) + component[1..];
        return status switch
        {
            "Created" => $"[✔] Created {component} \"{name}\".",
            "AlreadyPresent" => $"[✔] {capitalized} \"{name}\" already exists.",
            "Deleted" => $"[✔] Deleted {component} \"{name}\".",
            "Absent" => $"[✔] {capitalized} \"{name}\" does not exist.",
            "Missing" => $"[ ] Will create {component} \"{name}\".",
            _ => $"[!] {capitalized} \"{name}\" was not created by setup and was kept.",
        };
    }
}
