namespace Spel.Server.Hosting;

/// <summary>The server's own settings (section "Spel" in appsettings or environment variables Spel__...).</summary>
public sealed class SpelOptions
{
    public const string Section = "Spel";

    /// <summary>Where the SQLite file lives in embedded mode; relative paths are under the content root.</summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>The folder of *.yaml decks; empty means the decks shipped next to the server.</summary>
    public string DecksFolder { get; set; } = "";

    /// <summary>
    /// The address tablets use to reach this server (for the QR code), e.g. http://192.168.1.20:5080.
    /// Empty: the address the facilitator's browser used, with "localhost" replaced by this machine's network address.
    /// </summary>
    public string PublicUrl { get; set; } = "";

    /// <summary>"Embedded" (one server, SQLite) or "Redis" (a cluster of servers sharing a Redis).</summary>
    public ClusterMode Cluster { get; set; } = ClusterMode.Embedded;

    /// <summary>The Redis connection string in Redis mode.</summary>
    public string Redis { get; set; } = "127.0.0.1:6379";

    /// <summary>The Orleans cluster id, so several deployments can share one Redis.</summary>
    public string ClusterId { get; set; } = "kleine-kernen-spel";

    public int SiloPort { get; set; } = 11111;

    public int GatewayPort { get; set; } = 30000;

    /// <summary>
    /// Addresses (or networks such as 10.0.0.0/8) of reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are
    /// believed. Empty: none, so every address is the one the connection came from.
    /// </summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>
    /// Codes that let a facilitator create a session on a hosted server. Empty: only the server's own machine
    /// (loopback) may create sessions, which is what a laptop in a village hall needs.
    /// </summary>
    public List<string> FacilitatorCodes { get; set; } = [];

    /// <summary>Wrong join codes, host keys and seat tokens one address may try in a minute before it is stopped.</summary>
    public int GuessesPerMinute { get; set; } = 30;

    /// <summary>Sessions one address may create in an hour.</summary>
    public int SessionsPerHour { get; set; } = 20;

    /// <summary>How long a session and its answers are kept after its last change.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// The key a Prometheus scraper sends to read <c>/metrics</c> (at least 22 characters). Empty: there is no
    /// <c>/metrics</c> endpoint.
    /// </summary>
    public string MetricsKey { get; set; } = "";

    /// <summary>
    /// The key that opens the Orleans dashboard at <c>/admin/orleans</c> (at least 22 characters). Empty: there is no
    /// dashboard.
    /// </summary>
    public string AdminKey { get; set; } = "";

    /// <summary>
    /// The key that opens the deck studio at <c>/decks</c> (at least 22 characters). Empty: one server (embedded mode)
    /// makes a key at first start and keeps it in <c>trainer-key.txt</c> in the data folder; a Redis cluster has no
    /// studio then, because its servers share no folder to keep one key in.
    /// </summary>
    public string TrainerKey { get; set; } = "";
}

public enum ClusterMode
{
    Embedded,
    Redis,
}
