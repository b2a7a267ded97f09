namespace Nomadic.Locks.Http;

/// <summary>
/// Where <see cref="NomadHttpVariableStore"/> finds Nomad (or a Nomadic agent) and how it authenticates.
/// </summary>
public sealed class NomadHttpVariableStoreOptions
{
    /// <summary>The <c>NOMAD_ADDR</c> environment variable.</summary>
    public const string AddressVariable = "NOMAD_ADDR";

    /// <summary>The <c>NOMAD_TOKEN</c> environment variable.</summary>
    public const string TokenVariable = "NOMAD_TOKEN";

    /// <summary>The address used when none is configured anywhere: <c>http://127.0.0.1:4646</c>, Nomad's default.</summary>
    public static readonly Uri DefaultAddress = new("http://127.0.0.1:4646");

    /// <summary>
    /// The HTTP API's address, for example <c>https://nomad.example.com:4646</c>. When <see langword="null"/> (the
    /// default): <c>NOMAD_ADDR</c> if <see cref="UseEnvironment"/>, else the <see cref="HttpClient.BaseAddress"/>,
    /// else <see cref="DefaultAddress"/>.
    /// </summary>
    public Uri? Address { get; set; }

    /// <summary>
    /// The ACL token's secret, sent as <c>X-Nomad-Token</c> and never logged or shown in messages. When
    /// <see langword="null"/> (the default): <c>NOMAD_TOKEN</c> if <see cref="UseEnvironment"/>, else no token.
    /// </summary>
    public string? Token { get; set; }

    /// <summary>Whether <c>NOMAD_ADDR</c> and <c>NOMAD_TOKEN</c> fill in what is not configured. Default <see langword="true"/>.</summary>
    public bool UseEnvironment { get; set; } = true;

    /// <summary>
    /// The <c>wait</c> of each blocking query a watch sends (Nomad caps it at 10 minutes). Default 60 s; keep it below
    /// <see cref="HttpClient.Timeout"/> (100 s by default), or the client gives up before the server answers.
    /// </summary>
    public TimeSpan WatchWait { get; set; } = TimeSpan.FromSeconds(60);
}
