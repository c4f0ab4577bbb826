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
}

public enum ClusterMode
{
    Embedded,
    Redis,
}
